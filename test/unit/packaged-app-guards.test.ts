// What a packaged app refuses or leaves out: debugging switches on its command line, and any
// DevTools, reload or zoom item in its menus.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../src/main/lifecycle/app-menu';
import { debugSwitchRefusal, refusedDebugSwitches } from '../../src/main/platform/debug-switches';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('debugging switches', () => {
  it('names each refused switch once, in any spelling Chromium reads', () => {
    const argv = [
      '/opt/app/cognito-token-manager',
      '--remote-debugging-port=9222',
      '-inspect',
      '--js-flags=--allow-natives-syntax',
      '--remote-debugging-port=1',
    ];
    expect(refusedDebugSwitches(argv, 'linux')).toEqual([
      'remote-debugging-port',
      'inspect',
      'js-flags',
    ]);
    expect(refusedDebugSwitches(['app.exe', '/remote-debugging-pipe'], 'win32')).toEqual([
      'remote-debugging-pipe',
    ]);
  });

  it('lets ordinary arguments through (a /path is a path outside Windows)', () => {
    expect(
      refusedDebugSwitches(
        ['app', '--started-at-login', '--ozone-platform=x11', '/inspect'],
        'linux',
      ),
    ).toEqual([]);
  });

  it('refuses in one sentence that says why and what to do', () => {
    expect(debugSwitchRefusal(['remote-debugging-port'])).toBe(
      'Cognito Token Manager does not start with --remote-debugging-port: a debugger could read the tokens it holds. Start it without that switch.',
    );
  });
});

describe('the application menu', () => {
  it('is Electron’s default in development', () => {
    expect(appMenuTemplate('linux', false, 'Cognito Token Manager')).toBe('default');
  });

  it('is no menu at all in a packaged Windows or Linux build', () => {
    expect(appMenuTemplate('linux', true, 'Cognito Token Manager')).toBeNull();
    expect(appMenuTemplate('win32', true, 'Cognito Token Manager')).toBeNull();
  });

  it('keeps Edit on macOS (Cmd+C and Cmd+V go through it) and has no DevTools, reload or zoom', () => {
    const menu = appMenuTemplate('darwin', true, 'Cognito Token Manager');
    if (!Array.isArray(menu)) throw new Error('expected a template');
    const all = roles(menu);
    expect(all).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'quit']));
    for (const role of ['toggleDevTools', 'reload', 'forceReload', 'resetZoom', 'viewMenu']) {
      expect(all).not.toContain(role);
    }
  });
});
