// The floor under `cognito-tokens token`: start Node, load keytar, read one keychain item and
// print it. The bench times it beside the CLI, so the CLI's cost shows above what it cannot skip.
// Usage: node keychain-floor.cjs SERVICE ACCOUNT
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded as the CLI loads it
const keytar = require('keytar');

const [service, account] = process.argv.slice(2);
keytar.getPassword(service, account).then(
  (value) => {
    if (value === null) process.exitCode = 1;
    else process.stdout.write(`${value}\n`);
  },
  (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
);
