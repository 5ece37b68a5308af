// An older Node on PATH than the one that ran `npm ci` (after `.ci/run` on a Node 20 machine,
// say): the CLI used to die with exit 139 and no word, loading a keytar built for Node 24, and
// `npm ci` itself printed some sixty lines of engine warnings and went on.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAtLeast, MINIMUM_NODE } from '../../src/main/platform/node-version';
import { CLI_ENTRY, ensureCliBuilt } from '../support/run-cli';

/** An installed Node older than the minimum (Debian 12's own is 20), or why there is none. */
function findOldNode(): { path: string; version: string } | { reason: string } {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(path)) continue;
    const version = spawnSync(path, ['-p', 'process.versions.node'], {
      encoding: 'utf8',
    }).stdout.trim();
    if (version && !isAtLeast(version, MINIMUM_NODE)) return { path, version };
  }
  return {
    reason: `no Node older than ${MINIMUM_NODE} is installed at /usr/bin or /usr/local/bin`,
  };
}

const oldNode = findOldNode();
if ('reason' in oldNode) console.log(`old-Node CLI test skipped: ${oldNode.reason}`);

describe.skipIf('reason' in oldNode)('the CLI on a Node older than 22.12', () => {
  beforeAll(ensureCliBuilt, 180_000);

  it('refuses at once with one sentence, never a crash, before touching the keychain', () => {
    if ('reason' in oldNode) return;
    const run = spawnSync(oldNode.path, [CLI_ENTRY, 'status'], {
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin' },
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `cognito-tokens needs Node ${MINIMUM_NODE} or newer (Node 24 recommended), and this is Node ${oldNode.version}: install a newer Node, or put it first on PATH.\n`,
    );
  });

  it('npm ci refuses at once, naming the Node it needs, before installing anything', () => {
    if ('reason' in oldNode) return;
    const dir = mkdtempSync(join(tmpdir(), 'ctm-old-npm-'));
    try {
      for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
        copyFileSync(join(__dirname, '..', '..', file), join(dir, file));
      }
      const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
        cwd: dir,
        encoding: 'utf8',
        // The old Node first on PATH, as in the shell the issue describes.
        env: { PATH: `${dirname(oldNode.path)}:/usr/bin:/bin`, HOME: dir },
        timeout: 60_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('EBADENGINE');
      expect(run.stderr).toMatch(/Required: \{"node":">=22\.12"\}/);
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
