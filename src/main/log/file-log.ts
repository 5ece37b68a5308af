// A small file logger shared by the CLI, the facade, the vault and the sessions: timestamped
// lines in <dataDir>/logs/cognito-token-manager.log. Stacks go here, never to a user; every line
// is scrubbed of the secrets the process has seen and of anything JWT-shaped first.
import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { maskJwtShaped, SecretScrubber, type SecretRegistry } from './scrub';

/** The log's file name inside <dataDir>/logs. */
export const LOG_FILE_NAME = 'cognito-token-manager.log';
/** Above this size the file is rotated to `<name>.1` before the next line. */
const MAX_LOG_BYTES = 1024 * 1024;
/** How deep a chain of causes is written. */
const MAX_CAUSES = 5;

/** Severity of a line; lines below the logger's level are dropped. */
export type LogLevel = 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 };

/** The logger every plain-Node module writes to; it satisfies SessionLog and VaultLogger. */
export interface AppLog {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
  /** Registers a secret as it is read, so no later line can contain it. */
  addSecret(value: string | null | undefined): void;
}

/** Where and how to log; `secrets` lets the CLI share its own registry with the file. */
export interface FileLogOptions {
  /** The data folder; the file goes in its logs/ subfolder. */
  dataDir: string;
  /** Lowest level written (default 'warn', so a successful run never touches the disk). */
  level?: LogLevel;
  secrets?: SecretRegistry;
  now?: () => Date;
}

/** A file logger; `path` is where its lines go. */
export interface FileLog extends AppLog {
  readonly path: string;
  /** Scrubs text as the file would (for messages shown elsewhere). */
  scrub(text: string): string;
}

/** The log file of a data folder. */
export function logFilePath(dataDir: string): string {
  return path.join(dataDir, 'logs', LOG_FILE_NAME);
}

/** Every stack (or message) of an error and its causes, for the log only. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < MAX_CAUSES; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : inspect(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\nCaused by: ');
}

function appendLine(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (size > MAX_LOG_BYTES) fs.renameSync(file, `${file}.1`);
  fs.appendFileSync(file, text, { mode: 0o600 });
}

/** Opens the file logger of a data folder; the folder and file are made on the first line. */
export function createFileLog(options: FileLogOptions): FileLog {
  const file = logFilePath(options.dataDir);
  const secrets = options.secrets ?? new SecretScrubber();
  const minimum = RANK[options.level ?? 'warn'];
  const now = options.now ?? (() => new Date());
  const scrub = (text: string): string => maskJwtShaped(secrets.scrub(text));

  const write = (level: LogLevel, message: string, error?: unknown): void => {
    if (RANK[level] < minimum) return;
    const detail = error === undefined ? '' : `\n${describeError(error)}`;
    const body = scrub(`${message}${detail}`).replace(/\n/g, '\n    ');
    try {
      // Synchronous: a CLI run ends right after its last line and must not lose it.
      appendLine(file, `${now().toISOString()} ${level.toUpperCase()} ${body}\n`);
    } catch {
      // A log that cannot be written must never break the command that logs.
    }
  };

  return {
    path: file,
    scrub,
    info: (message) => {
      write('info', message);
    },
    warn: (message, error) => {
      write('warn', message, error);
    },
    error: (message, error) => {
      write('error', message, error);
    },
    addSecret: (value) => {
      secrets.add(value ?? undefined);
    },
  };
}

/** A logger that writes nothing but still accepts secrets: for tests and tools. */
export function silentLog(): AppLog {
  return {
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    addSecret: () => undefined,
  };
}
