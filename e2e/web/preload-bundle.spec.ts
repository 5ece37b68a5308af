// The built preload must load in Electron's sandbox, where require() knows only 'electron' and
// a few Node builtins: run the bundle in a bare VM context and see what it asks for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, test } from '@playwright/test';
import { REPO_ROOT } from '../support/repo';

test('the preload bundle is one CommonJS file that needs only electron', () => {
  const code = readFileSync(join(REPO_ROOT, 'out', 'preload', 'index.js'), 'utf8');
  const required: string[] = [];
  const exposed: Record<string, unknown> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: { invoke: () => Promise.resolve(undefined), on: () => undefined },
  };
  const module = { exports: {} };
  runInNewContext(code, {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    },
  });
  expect(required).toEqual(['electron']);
  expect(Object.keys(exposed)).toEqual(['tokenManager']);
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
});
