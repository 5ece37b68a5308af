// The Wayland clipboard port against a real compositor (sway, headless) with the real wl-copy
// and wl-paste: a copy is read back from the compositor, the timed clear empties it, a clear that
// cannot happen is reported, and the token never appears in a process's argv.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretClipboard } from '../../src/main/clipboard/secret-clipboard';
import { createWlClipboard } from '../../src/main/clipboard/wl-clipboard';
import {
  startWaylandSession,
  waylandSessionUnavailable,
  type WaylandSession,
} from '../support/wayland-session';

const unavailable = waylandSessionUnavailable(['wl-copy', 'wl-paste']);
if (unavailable) console.log(`Wayland clipboard tests skipped: ${unavailable}`);

const TOKEN = 'eyJraWQiOiJ3YXlsYW5kIn0.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLXdheWxhbmQ';

/** What another app would paste now, read by a separate wl-paste run. */
function pasted(env: NodeJS.ProcessEnv): string {
  const run = spawnSync('wl-paste', ['--no-newline'], { env, encoding: 'utf8', timeout: 5_000 });
  return run.status === 0 ? run.stdout : '';
}

function argvOfEveryProcess(): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        return '';
      }
    });
}

describe.skipIf(unavailable !== null)('the Wayland clipboard through wl-clipboard', () => {
  let session: WaylandSession;
  const port = () =>
    createWlClipboard({
      wlCopy: 'wl-copy',
      wlPaste: 'wl-paste',
      env: session.env,
      sensitive: false,
    });
  /** The secret clipboard over the port, its clear timer fired by hand, its failures kept. */
  const timedClipboard = () => {
    const failures: string[] = [];
    const timer: { fire?: () => void } = {};
    const clipboard = createSecretClipboard(port(), {
      setTimer: (fn) => (timer.fire = fn),
      clearTimer: () => undefined,
      onClearFailed: (reason) => failures.push(reason),
    });
    return { clipboard, failures, fire: () => timer.fire?.() };
  };

  beforeAll(async () => {
    session = await startWaylandSession({ tray: false });
  }, 30_000);
  afterAll(async () => {
    await session.stop();
  });

  it('copies through the compositor, checked by reading it back, never through argv', async () => {
    const clipboard = createSecretClipboard(port());
    await clipboard.copySecret(TOKEN, null);
    expect(pasted(session.env)).toBe(TOKEN);
    expect(argvOfEveryProcess().filter((argv) => argv.includes(TOKEN))).toEqual([]);
  });

  it('says the KDE history hint was not offered when this wl-copy lacks --sensitive', async () => {
    expect(await port().writeSecret(TOKEN, ['kde-password-hint'])).toEqual({
      refused: ['kde-password-hint'],
    });
  });

  it('the timed clear empties what other apps would paste, and keeps a newer copy of the user', async () => {
    const { clipboard, failures, fire } = timedClipboard();
    await clipboard.copySecret(TOKEN, 30);
    fire();
    await expect.poll(() => pasted(session.env)).toBe('');

    await clipboard.copySecret(TOKEN, 30);
    // wl-copy's server keeps any pipe open for as long as it owns the clipboard: no pipes here.
    spawnSync('wl-copy', ['the user copied this'], { env: session.env, stdio: 'ignore' });
    expect(await clipboard.clearIfUnchanged()).toEqual({ status: 'changed' });
    expect(pasted(session.env)).toBe('the user copied this');
    expect(failures).toEqual([]);
  });

  it('when the compositor is gone, the copy is refused in a sentence and a pending clear is reported', async () => {
    const { clipboard, failures, fire } = timedClipboard();
    await clipboard.copySecret(TOKEN, 30);
    await session.stopCompositor();
    fire();
    await expect.poll(() => failures.length).toBe(1);
    expect(failures[0]).toMatch(/^wl-paste failed: /);
    expect(failures[0]).not.toContain(TOKEN);

    const refused = await clipboard.copySecret(TOKEN, 30).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'clipboard-refused' });
    expect((refused as Error).message).toMatch(
      /^Nothing was copied: wl-copy failed: .+\. Try again from the app's window\.$/,
    );
    expect((refused as Error).message).not.toContain(TOKEN);
  });
});
