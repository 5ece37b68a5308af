// Chromium's sandbox when the tests start Electron on Linux. As root, Chromium refuses to run
// sandboxed at all, so root gets --no-sandbox (CI containers run as root). Anyone else keeps the
// sandbox: Chromium uses unprivileged user namespaces, or the setuid chrome-sandbox helper. Where
// neither can work (Ubuntu 24.04 restricts user namespaces with AppArmor, and node_modules' helper
// is not setuid root), the specs skip and say what to change; the sandbox is never turned off
// quietly for a normal user.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The switches to launch with, or why the sandbox cannot start here. */
export type SandboxPlan = { args: string[]; reason?: undefined } | { reason: string };

function sysctl(name: string): string | null {
  try {
    return readFileSync(`/proc/sys/kernel/${name}`, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Decides for `binary` on this machine. */
export function sandboxPlan(binary: string): SandboxPlan {
  if (process.platform !== 'linux') return { args: [] };
  if (process.getuid?.() === 0) return { args: ['--no-sandbox'] };
  const userns =
    sysctl('unprivileged_userns_clone') !== '0' &&
    sysctl('apparmor_restrict_unprivileged_userns') !== '1';
  if (userns) return { args: [] };
  const helper = join(dirname(binary), 'chrome-sandbox');
  const stat = existsSync(helper) ? statSync(helper) : null;
  if (stat && stat.uid === 0 && (stat.mode & 0o4000) !== 0) return { args: [] };
  return {
    reason: `Chromium's sandbox cannot start here: unprivileged user namespaces are restricted and ${helper} is not setuid root. Allow them (sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0) or make the helper setuid (sudo chown root:root ${helper} && sudo chmod 4755 ${helper}).`,
  };
}
