// The installers' configuration, checked where no Electron binary exists: electron-builder.yml
// against electron-builder's own JSON schema, every file it names, the tray images, keytar's
// unpacking and the exact fuse list the packaged binary gets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { load } from 'js-yaml';
import { PRODUCT_NAME } from '../../src/shared/product';
import { APP_ID, DESKTOP_NAME, isReverseDnsId } from '../../src/main/platform/app-identity';
import { describe, expect, it } from 'vitest';
import { loadBuilderConfig, packageJson, REPO, schemaErrors } from '../support/builder-config';

const config = loadBuilderConfig();
const pkg = packageJson();

// The tray images `npm run icon` draws: the macOS template pair, Linux's coloured pair, Windows'.
const TRAY_IMAGES = [
  'trayTemplate.png',
  'trayTemplate@2x.png',
  'tray.png',
  'tray@2x.png',
  'tray.ico',
];

/** Every source file under a folder (the tray images the app asks for are named in them). */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('electron-builder.yml', () => {
  it("matches electron-builder's own schema", () => {
    const raw = load(readFileSync(join(REPO, 'electron-builder.yml'), 'utf8'));
    expect(schemaErrors(raw)).toEqual([]);
  });

  it('would be caught by the schema with a misspelt fuse or a wrong type', () => {
    const fuses = { ...config.electronFuses, runAsNodes: false };
    expect(schemaErrors({ ...config, electronFuses: fuses })).toContain(
      '/electronFuses must NOT have additional properties',
    );
    expect(schemaErrors({ ...config, asar: 'yes' }).length).toBeGreaterThan(0);
  });

  it("names the app with one reverse-DNS id: the appId, the Windows AUMID and Linux's desktop file", () => {
    // The Windows installer's shortcuts carry appId as their AppUserModelID; main sets the same.
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(pkg.productName);
    // The one name the code uses for the product is the one the installers show.
    expect(pkg.productName).toBe(PRODUCT_NAME);
    // Electron uses desktopName as the Wayland app id, GNOME's shortcut portal matches it to the
    // installed .desktop file, and syncDesktopName names that file after it.
    expect(pkg.desktopName).toBe(`${DESKTOP_NAME}.desktop`);
    expect(isReverseDnsId(DESKTOP_NAME)).toBe(true);
    expect(isReverseDnsId('cognito-token-manager')).toBe(false);
    expect(config.linux?.syncDesktopName).toBe(true);
  });

  it("ships a deb for Ubuntu 24.04, whose install script adds the AppArmor profile Chromium's sandbox needs there", () => {
    expect(config.linux?.target).toContain('deb');
    // electron-builder's own after-install template (AppImages cannot carry it: README).
    const afterInstall = readFileSync(
      join(REPO, 'node_modules', 'app-builder-lib', 'templates', 'linux', 'after-install.tpl'),
      'utf8',
    );
    expect(afterInstall).toContain('/etc/apparmor.d/');
    expect(afterInstall).toContain('apparmor_parser --replace');
  });

  it('builds an AppImage and a deb, a hardened-runtime dmg and an nsis installer', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.win?.target).toBe('nsis');
  });

  it('names only files that exist', () => {
    const named = [
      config.mac?.icon,
      config.mac?.entitlements,
      config.mac?.entitlementsInherit,
      config.win?.icon,
      config.nsis?.installerIcon,
      config.nsis?.uninstallerIcon,
    ];
    for (const file of named) {
      expect(file, 'every icon and entitlements file is named').toEqual(expect.any(String));
      expect(existsSync(join(REPO, file ?? '')), `${file ?? ''} exists`).toBe(true);
    }
    // Linux takes a folder of PNGs whose names carry their sizes; it needs a 512 px one.
    const linuxIcons = join(REPO, config.linux?.icon ?? '');
    expect(readdirSync(linuxIcons)).toContain('512x512.png');
    for (const name of readdirSync(linuxIcons)) expect(name).toMatch(/^(\d+)x\1\.png$/);
  });

  it('allows the JIT the hardened runtime would refuse V8, and nothing else', () => {
    const plist = readFileSync(join(REPO, config.mac?.entitlements ?? ''), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });

  it('ships build/tray outside the asar as <resources>/tray, with every tray image', () => {
    expect(config.extraResources).toEqual([{ from: 'build/tray', to: 'tray' }]);
    expect(readdirSync(join(REPO, 'build/tray')).sort()).toEqual([...TRAY_IMAGES].sort());
  });

  it('has every tray image the main process names', () => {
    const pattern = /['"`/]((?:tray|trayTemplate)(?:@\dx)?\.(?:png|ico))['"`]/g;
    const named = sources(join(REPO, 'src/main')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1] ?? ''),
    );
    for (const name of named) expect(TRAY_IMAGES, `${name}, named in src/main`).toContain(name);
  });

  it("packs the app into an asar and leaves keytar's native module beside it", () => {
    expect(config.asar).toBe(true);
    const unpack = [config.asarUnpack ?? []].flat();
    const keytarNode = 'node_modules/keytar/build/Release/keytar.node';
    expect(unpack.some((pattern) => matchesGlob(keytarNode, pattern))).toBe(true);
    // Nothing else is unpacked: the rest stays under the asar's integrity check.
    expect(unpack.some((pattern) => matchesGlob('out/main/index.js', pattern))).toBe(false);
  });

  it('flips exactly these fuses in the packaged binary', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      // Flipping fuses breaks the ad-hoc signature an unsigned arm64 macOS build needs to launch;
      // @electron/fuses signs it ad hoc again (a real identity signs over it afterwards).
      resetAdHocDarwinSignature: true,
    });
  });
});
