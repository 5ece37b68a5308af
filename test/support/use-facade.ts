// The TokenManager facade as a Vitest rig: each machine is a temporary data folder and an
// in-memory keychain (FakeKeytar: the real one's quirks on demand), managers log nowhere, and the
// strict Cognito double runs beside them when the file gives pools. Everything the rig opened is
// stopped and removed after the file's (or the describe block's) tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { silentLog } from '../../src/main/log/file-log';
import {
  openTokenManager,
  type OpenTokenManagerOptions,
  type TokenManager,
} from '../../src/main/token-manager';
import type { CognitoDouble, DoublePool } from './cognito-double';
import { FakeKeytar } from './fake-keytar';
import { useDouble } from './use-double';

/** How a manager opens; `dir` and the keychain come from its machine. */
export type ManagerOptions = Partial<Omit<OpenTokenManagerOptions, 'dir'>>;

/** One computer: a data folder and a keychain; each `open()` is one more process over them. */
export interface Machine {
  dir: string;
  keytar: FakeKeytar;
  serviceName: string;
  /** A manager over this folder and keychain, as one more process would open it. */
  open(overrides?: ManagerOptions): Promise<TokenManager>;
  /** The keychain accounts (`<profileId>:<kind>`) of one profile, sorted. */
  items(profileId: string): string[];
  /** One keychain item's value, or null. */
  item(profileId: string, kind: string): string | null;
}

/** What `useFacade` gives a test file. */
export interface FacadeRig {
  /** The running double (only when pools were given). */
  double: CognitoDouble;
  /** A fresh machine; `overrides` apply to every manager it opens. */
  machine(overrides?: ManagerOptions): Machine;
  /** A manager on a fresh machine. */
  open(overrides?: ManagerOptions): Promise<{ manager: TokenManager } & Machine>;
}

/**
 * What the rig starts with: the double's pools, and defaults for every manager. Each machine's
 * keychain is an empty FakeKeytar (lock it or make it fail through its fields); a test of a
 * keychain that cannot load passes `loadKeytar` to `open`.
 */
export interface FacadeSetup extends ManagerOptions {
  pools?: DoublePool[] | (() => DoublePool[]);
}

const DEFAULT_SERVICE = 'ctm-facade-test';

/** Registers the hooks (the double's, and the clean-up) and answers the rig. */
export function useFacade(setup: FacadeSetup = {}): FacadeRig {
  const { pools, ...defaults } = setup;
  const double = pools ? useDouble(pools) : withoutDouble();
  const managers: TokenManager[] = [];
  const dirs: string[] = [];
  afterAll(() => {
    for (const manager of managers.splice(0)) manager.stop();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const machine = (overrides: ManagerOptions = {}): Machine => {
    const dir = mkdtempSync(join(tmpdir(), 'ctm-facade-'));
    dirs.push(dir);
    const keytar = new FakeKeytar();
    const options = { serviceName: DEFAULT_SERVICE, ...defaults, ...overrides };
    const serviceName = options.serviceName;
    return {
      dir,
      keytar,
      serviceName,
      async open(more: ManagerOptions = {}) {
        const manager = await openTokenManager({
          log: silentLog(),
          loadKeytar: () => Promise.resolve(keytar),
          ...options,
          ...more,
          dir,
        });
        managers.push(manager);
        return manager;
      },
      items: (profileId) =>
        keytar.accounts(serviceName).filter((account) => account.startsWith(`${profileId}:`)),
      item: (profileId, kind) => keytar.items.get(`${serviceName}/${profileId}:${kind}`) ?? null,
    };
  };

  return {
    double,
    machine,
    async open(overrides = {}) {
      const m = machine(overrides);
      return { ...m, manager: await m.open() };
    },
  };
}

function withoutDouble(): CognitoDouble {
  return new Proxy({} as CognitoDouble, {
    get() {
      throw new Error('useFacade: no double runs without pools');
    },
  });
}
