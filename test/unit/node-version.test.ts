import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAtLeast, MINIMUM_NODE, nodeTooOld } from '../../src/main/platform/node-version';

describe('the Node version gate', () => {
  it("matches package.json's engines, which npm ci enforces (.npmrc engine-strict)", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(`>=${MINIMUM_NODE}`).toMatch(
      new RegExp(`^${pkg.engines.node.replace('.', '\\.')}(\\.0)?$`),
    );
    expect(readFileSync(join(__dirname, '..', '..', '.npmrc'), 'utf8')).toMatch(
      /^engine-strict=true$/m,
    );
  });

  it('compares versions part by part, not as text', () => {
    expect(isAtLeast('v22.12.0', '22.12.0')).toBe(true);
    expect(isAtLeast('22.9.0', '22.12.0')).toBe(false);
    expect(isAtLeast('24.0.0', '22.12.0')).toBe(true);
    expect(isAtLeast('20.20.2', '22.12.0')).toBe(false);
    expect(isAtLeast('22.12.1', '22.12.0')).toBe(true);
  });

  it('refuses an old Node in one sentence naming both versions, and lets a new one pass', () => {
    expect(nodeTooOld('v20.20.2', 'cognito-tokens')).toBe(
      'cognito-tokens needs Node 22.12.0 or newer (Node 24 recommended), and this is Node 20.20.2: install a newer Node, or put it first on PATH.',
    );
    expect(nodeTooOld('24.22.3', 'cognito-tokens')).toBeNull();
  });
});
