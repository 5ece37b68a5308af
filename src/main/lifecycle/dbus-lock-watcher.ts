// Hears screen locks and sleep on Linux by running dbus-monitor (one per bus) and parsing what it
// prints: no D-Bus library, nothing native to build or bundle, and dbus-monitor ships with D-Bus
// itself. It fails soft: no program, no bus, or a bus that goes away each become one sentence
// for the log, never an exception.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import {
  createSignalParser,
  login1SessionPath,
  sessionBusRules,
  systemBusRules,
} from './lock-signals';
import type { LockEvent } from './lock-wipe';

/** The two buses lock signals come on. */
export type BusKind = 'session' | 'system';

/** What the watcher is told and whom it tells. */
export interface LockWatcherOptions {
  onEvent(event: LockEvent, bus: BusKind): void;
  /** One sentence for the log when a bus cannot be watched (or stops being watched). */
  onUnavailable(sentence: string, bus: BusKind): void;
  /** Called once per bus when its monitor is listening. */
  onReady?(bus: BusKind): void;
  /** A bus address per kind instead of the default buses (tests use private ones). */
  addresses?: Partial<Record<BusKind, string>>;
  /** Which buses to watch (default both). */
  buses?: readonly BusKind[];
  /** Default process.env: DBUS_SESSION_BUS_ADDRESS and XDG_SESSION_ID are read from it. */
  env?: NodeJS.ProcessEnv;
  /** Default 'dbus-monitor'. */
  command?: string;
}

/** A running watcher. */
export interface LockWatcher {
  /** Stops every monitor; no more events or sentences after it. */
  stop(): void;
}

const WHY_WATCH: Record<BusKind, string> = {
  session: 'screen locks',
  system: 'sleep and session locks',
};

/** Starts one dbus-monitor per bus; see LockWatcherOptions. Never throws. */
export function watchLockSignals(options: LockWatcherOptions): LockWatcher {
  const env = options.env ?? process.env;
  const sessionId = env.XDG_SESSION_ID;
  const sessionPath = sessionId ? login1SessionPath(sessionId) : undefined;
  const stops = (options.buses ?? ['session', 'system']).map((bus) =>
    monitor(bus, bus === 'session' ? sessionBusRules() : systemBusRules(sessionPath), {
      ...options,
      env,
      sessionPath,
    }),
  );
  return {
    stop() {
      for (const stop of stops) stop();
    },
  };
}

function monitor(
  bus: BusKind,
  rules: string[],
  options: LockWatcherOptions & { env: NodeJS.ProcessEnv; sessionPath: string | undefined },
): () => void {
  const command = options.command ?? 'dbus-monitor';
  const address = options.addresses?.[bus];
  const target = address === undefined ? [`--${bus}`] : ['--address', address];
  let stopped = false;
  let told = false;
  const unavailable = (detail: string) => {
    if (stopped || told) return;
    told = true;
    options.onUnavailable(`Cannot watch the ${bus} bus for ${WHY_WATCH[bus]}: ${detail}`, bus);
  };
  // Without DISPLAY, libdbus cannot autolaunch a stray session bus of its own when there is none.
  const env = { ...options.env };
  delete env.DISPLAY;
  let child: ChildProcessByStdio<null, Readable, Readable>;
  try {
    child = spawn(command, [...target, ...rules], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    unavailable(`${command} could not start (${error instanceof Error ? error.message : ''}).`);
    return () => undefined;
  }
  let stderr = '';
  let ready = false;
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(0, 2_000);
  });
  const parse = createSignalParser((event) => {
    if (!stopped) options.onEvent(event, bus);
  }, options.sessionPath);
  createInterface({ input: child.stdout }).on('line', (line) => {
    // Its first line is its own connection's NameAcquired: from then on it is listening.
    if (!ready && !stopped) {
      ready = true;
      options.onReady?.(bus);
    }
    parse(line);
  });
  child.once('error', (error: NodeJS.ErrnoException) => {
    unavailable(
      error.code === 'ENOENT'
        ? `${command} is not installed (Debian and Ubuntu: dbus-bin; Fedora: dbus-tools).`
        : `${command} failed to start (${error.code ?? error.message}).`,
    );
  });
  child.once('exit', (code, signal) => {
    const said = stderr.trim().split('\n')[0]?.slice(0, 200) ?? '';
    const how = signal ? `was stopped by ${signal}` : `exited with code ${String(code)}`;
    unavailable(`${command} ${how}${said ? `: ${said}` : '.'}`);
  });
  return () => {
    stopped = true;
    child.kill('SIGTERM');
  };
}
