// The app's one file log: the token manager registers every secret it handles with it, so IPC
// errors, security refusals and start-up failures written here come out masked. Nothing in the
// app room writes to the console but through tell(), which masks the same way.
import { createFileLog, type FileLog } from '../log/file-log';
import { resolveDataDir } from '../profiles/data-dir';

let log: FileLog | undefined;

/** The app's file log in the data folder, made on first use. */
export function appLog(): FileLog {
  log ??= createFileLog({ dataDir: resolveDataDir() });
  return log;
}

/**
 * A line for the terminal that started the app (the Electron e2e read some), scrubbed like the
 * log: a secret the process handled never reaches stdout or stderr.
 */
export function tell(line: string, stream: 'log' | 'warn' | 'error' = 'log'): void {
  console[stream](appLog().scrub(line));
}

/** Logs a failure the user must hear of, and names the log on stderr (no details, no secrets). */
export function reportFailure(message: string, error: unknown): void {
  appLog().error(message, error);
  tell(`${message}; the details are in ${appLog().path}`, 'error');
}
