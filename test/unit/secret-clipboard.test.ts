import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import {
  ALL_SECRET_MARKERS,
  createSecretClipboard,
} from '../../src/main/clipboard/secret-clipboard';
import type { SecretMarker } from '../../src/main/clipboard/types';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the secret clipboard', () => {
  it('clears the copy after the set seconds when the clipboard still holds it', async () => {
    const port = new MemoryClipboard();
    const clipboard = createSecretClipboard(port);
    await clipboard.copySecret('token-one', 30);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(port.text).toBe('token-one');
    await vi.advanceTimersByTimeAsync(1);
    expect(port.text).toBeNull();
  });

  it('keeps what the user copied since', async () => {
    const port = new MemoryClipboard();
    const clipboard = createSecretClipboard(port);
    await clipboard.copySecret('token-one', 10);
    port.text = 'the user copied this';
    await vi.advanceTimersByTimeAsync(10_000);
    expect(port.text).toBe('the user copied this');
  });

  it('keeps one timer: a newer copy cancels the older one and gets its own', async () => {
    const port = new MemoryClipboard();
    const clipboard = createSecretClipboard(port);
    await clipboard.copySecret('token-one', 10);
    await vi.advanceTimersByTimeAsync(5_000);
    await clipboard.copySecret('token-two', 10);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(port.text).toBe('token-two');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(port.text).toBeNull();
  });

  it('never clears a copy made with Never', async () => {
    const port = new MemoryClipboard();
    const clipboard = createSecretClipboard(port);
    await clipboard.copySecret('token-one', null);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(port.text).toBe('token-one');
  });

  it('on quit clears the copy only if it is unchanged, and leaves no timer behind', async () => {
    const port = new MemoryClipboard();
    const clipboard = createSecretClipboard(port);
    await clipboard.copySecret('token-one', 30);
    expect(await clipboard.clearIfUnchanged()).toEqual({ status: 'cleared' });
    expect(port.text).toBeNull();
    expect(vi.getTimerCount()).toBe(0);

    await clipboard.copySecret('token-two', 30);
    port.text = 'mine';
    expect(await clipboard.clearIfUnchanged()).toEqual({ status: 'changed' });
    expect(port.text).toBe('mine');
    expect(await clipboard.clearIfUnchanged()).toEqual({ status: 'nothing' });
  });

  it('asks for every secret marker, and a refused one still copies and is reported', async () => {
    const port = new MemoryClipboard();
    const refusing = {
      writeSecret: async (text: string, markers: readonly SecretMarker[]) => {
        await port.writeSecret(text, markers);
        return { refused: ['kde-password-hint' as SecretMarker] };
      },
      readText: () => port.readText(),
      clear: () => port.clear(),
    };
    const reported: (readonly SecretMarker[])[] = [];
    const clipboard = createSecretClipboard(refusing, {
      onMarkersRefused: (m) => reported.push(m),
    });
    await clipboard.copySecret('token-one', 30);
    expect(port.markerLog).toEqual([ALL_SECRET_MARKERS]);
    expect(port.text).toBe('token-one');
    expect(reported).toEqual([['kde-password-hint']]);
  });

  // A desktop that drops what an app without focus writes (Wayland compositors do): a port whose
  // writes or clears do nothing, since such a compositor cannot be driven from a test.
  it('a write the desktop dropped is refused in a sentence, and nothing is left to clear', async () => {
    const port = new MemoryClipboard();
    port.text = 'the user copied this';
    const dropping = {
      writeSecret: () => Promise.resolve({ refused: [] }),
      readText: () => port.readText(),
      clear: () => port.clear(),
    };
    const clipboard = createSecretClipboard(dropping);
    const copied = clipboard.copySecret('token-one', 30).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await copied).toMatchObject({
      code: 'clipboard-refused',
      message:
        "Nothing was copied: the desktop did not take the copy. Try again from the app's window.",
    });
    expect(vi.getTimerCount()).toBe(0);
    expect(await clipboard.clearIfUnchanged()).toEqual({ status: 'nothing' });
    expect(port.text).toBe('the user copied this');
  });

  it('a timed clear the desktop ignored is reported, never assumed done', async () => {
    const port = new MemoryClipboard();
    const ignoringClears = {
      writeSecret: port.writeSecret.bind(port),
      readText: port.readText.bind(port),
      clear: () => Promise.resolve(),
    };
    const failures: string[] = [];
    const clipboard = createSecretClipboard(ignoringClears, {
      onClearFailed: (reason) => failures.push(reason),
    });
    await clipboard.copySecret('token-one', 10);
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(port.text).toBe('token-one');
    expect(failures).toEqual(['the clipboard still holds it after the clear']);
  });
});
