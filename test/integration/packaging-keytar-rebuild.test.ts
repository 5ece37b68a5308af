// keytar must reach the installers built for Electron: `npm run dist` rebuilds it against the
// installed Electron's headers before electron-builder runs. The rebuild itself needs those
// headers from the network, so here its plan is checked with --dry-run instead.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilderConfig, packageJson, REPO } from '../support/builder-config';

const { scripts } = packageJson();

describe('the keytar rebuild', () => {
  it('runs in npm run dist after the build and before electron-builder', () => {
    const steps = (scripts.dist ?? '').split('&&').map((step) => step.trim());
    const rebuild = steps.indexOf('npm run rebuild:keytar');
    expect(rebuild, `npm run dist is: ${scripts.dist ?? ''}`).toBeGreaterThan(
      steps.indexOf('npm run build'),
    );
    expect(steps.indexOf('npm run build')).toBeGreaterThanOrEqual(0);
    expect(steps.at(-1)).toMatch(/^electron-builder\b/);
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
