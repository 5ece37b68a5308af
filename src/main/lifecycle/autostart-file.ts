// Launch at login on Linux: writes or removes the XDG autostart entry. Plain Node, so the
// app's setting and its tests share it; macOS and Windows use Electron's login items instead.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { autostartEntry, autostartPath, type AutostartInput } from './autostart-entry';

/** The XDG config folder: $XDG_CONFIG_HOME when absolute, else ~/.config. */
export function xdgConfigHome(env: Readonly<Record<string, string | undefined>>, homedir: string) {
  const xdg = env.XDG_CONFIG_HOME;
  return xdg?.startsWith('/') ? xdg : `${homedir}/.config`;
}

/** Makes the autostart entry match `enabled`; returns what it did, for the log. */
export function syncAutostartFile(
  enabled: boolean,
  configHome: string,
  input: AutostartInput,
): 'written' | 'removed' | 'unchanged' {
  const path = autostartPath(configHome, input.desktopName);
  const wanted = autostartEntry(input);
  const former = (input.formerDesktopNames ?? []).map((name) => autostartPath(configHome, name));
  const removedFormer = former.filter((file) => {
    try {
      readFileSync(file);
    } catch {
      return false;
    }
    rmSync(file, { force: true });
    return true;
  });
  let current: string | null = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = null;
  }
  if (!enabled) {
    if (current === null) return removedFormer.length > 0 ? 'removed' : 'unchanged';
    rmSync(path, { force: true });
    return 'removed';
  }
  if (current === wanted) return removedFormer.length > 0 ? 'written' : 'unchanged';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, wanted, { mode: 0o644 });
  return 'written';
}
