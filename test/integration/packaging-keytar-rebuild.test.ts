// keytar reaches the installers as `npm ci` built it: it is an N-API module, and `npm run dist`
// only checks that Electron's N-API covers the build (packaging-keytar-napi.test.ts). The
// optional rebuild against Electron's headers (npm run rebuild:keytar) needs them from the
// network, so here its plan is checked with --dry-run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilderConfig, packageJson, REPO } from '../support/builder-config';

const { scripts } = packageJson();

describe('the keytar rebuild', () => {
  it('is not part of npm run dist, which needs no compiler: it checks the N-API build instead', () => {
    const steps = (scripts.dist ?? '').split('&&').map((step) => step.trim());
    expect(steps, `npm run dist is: ${scripts.dist ?? ''}`).toEqual([
      'npm run build',
      'node scripts/keytar-napi-check.mjs',
      'electron-builder',
    ]);
    expect(scripts['rebuild:keytar']).toBe('node scripts/rebuild-keytar.mjs');
  });

  it('is the only rebuild: electron-builder ships node_modules as the step left them', () => {
    expect(loadBuilderConfig().npmRebuild).toBe(false);
  });

  it('builds only keytar, from source, for the installed Electron, whatever nodedir npm has', () => {
    const out = execFileSync(process.execPath, ['scripts/rebuild-keytar.mjs', '--dry-run'], {
      cwd: REPO,
      encoding: 'utf8',
      // A nodedir would make node-gyp build against that Node's headers, not Electron's.
      env: { ...process.env, npm_config_nodedir: '/nowhere', NPM_CONFIG_NODEDIR: '/nowhere' },
    });
    const electron = JSON.parse(
      readFileSync(join(REPO, 'node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    expect(JSON.parse(out)).toEqual({
      buildPath: REPO,
      electronVersion: electron.version,
      onlyModules: ['keytar'],
      force: true,
      buildFromSource: true,
      nodedirLeft: [],
    });
  });

  it("is named in the README's release steps", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const releasing = readme.split(/^## /m).find((section) => section.startsWith('Releasing'));
    expect(releasing, 'README has a "Releasing" section').toBeDefined();
    expect(releasing).toContain('npm run rebuild:keytar');
  });
});
