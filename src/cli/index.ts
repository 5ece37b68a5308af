#!/usr/bin/env node
// Entry point of the cognito-tokens binary: real process streams, the command table, exit code.
// First: refuse a Node older than package.json's engines before anything else loads.
import './require-node';
import { COMMANDS } from './commands/command-table';
import { processIo } from './io';
import { DEBUG_ENV } from './report-error';
import { runCli } from './run';

// Runtime warnings (such as the AWS SDK's notice about Node 20) read like errors to a user and
// clutter a script's stderr: Node's printer is dropped, and they show only when debugging.
process.removeAllListeners('warning');
if (process.env[DEBUG_ENV] === '1') {
  process.on('warning', (warning) => process.stderr.write(`${warning.message}\n`));
}

// exitCode, not process.exit(): a pending write to a piped stdout would be cut short.
void runCli(process.argv.slice(2), processIo(), COMMANDS).then((code) => {
  process.exitCode = code;
});
