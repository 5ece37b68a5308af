// Whether the electron specs can run on this machine, and if not, the true reason: no binary
// (and what the download step said), a sandbox that cannot start, or a missing X server or
// keyring for the private environment.
import { findElectronBinary } from './electron-binary';
import { electronEnvironmentUnavailable } from './electron-env';
import { sandboxPlan } from './electron-sandbox';

/** The binary to launch, or why the electron specs skip. */
export type ElectronTarget =
  { binary: string; reason?: undefined } | { binary?: undefined; reason: string };

/** Decides once per spec file; prints the reason when it skips, so the run's output says it. */
export function electronTarget(spec: string): ElectronTarget {
  const found = findElectronBinary();
  let reason = found.reason;
  if (found.path !== undefined) {
    reason = sandboxPlan(found.path).reason ?? electronEnvironmentUnavailable() ?? undefined;
  }
  if (reason !== undefined) {
    console.log(`Electron e2e (${spec}) skipped: ${reason}`);
    return { reason };
  }
  return { binary: found.path ?? '' };
}
