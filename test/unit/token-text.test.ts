import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exportLines, tokenEnvironment } from '../../src/cli/token-format';
import {
  bearerHeader,
  curlLine,
  NO_ID_TOKEN,
  pickToken,
  shellQuote,
  tokenText,
} from '../../src/shared/token-text';
import { ProfileSchema } from '../../src/shared/profile';
import type { TokenSet } from '../../src/shared/auth';

const tokens = {
  idToken: 'id.jwt.value',
  accessToken: 'access.jwt.value',
  refreshToken: 'refresh-secret',
  expiresAt: Date.UTC(2030, 0, 2, 3, 4, 5),
  username: 'ada-internal',
};
const profile = ProfileSchema.parse({
  id: 'p1',
  name: 'dev',
  userPoolId: 'eu-west-1_Pool1',
  clientId: 'client1',
  username: 'ada@example.com',
});

/** What sh makes of the lines: each variable printed back, NUL-separated. */
function evalInSh(lines: string, names: string[]): string[] {
  const script = `${lines}printf '%s\\0' ${names.map((n) => `"$${n}"`).join(' ')}`;
  return execFileSync('sh', ['-c', script], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

describe('shellQuote and exportLines', () => {
  it('single-quotes values and writes each quote as the four-character escape', () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
  });

  it('gives sh back exactly the values, whatever they hold', () => {
    const values = ["it's", '$HOME `id` $(id) "q" \\ *', 'line1\nline2', '', "''"];
    const pairs = values.map((value, i): [string, string] => [`V${i}`, value]);
    expect(
      evalInSh(
        exportLines(pairs),
        pairs.map(([name]) => name),
      ),
    ).toEqual(values);
  });

  it('refuses a name that is not a shell variable name', () => {
    expect(() => exportLines([['BAD-NAME', 'x']])).toThrow(RangeError);
    expect(() => exportLines([['1X', 'x']])).toThrow(RangeError);
  });
});

describe('bearerHeader and pickToken', () => {
  it('is the Authorization header line with the Bearer scheme', () => {
    expect(bearerHeader('abc.def.ghi')).toBe('Authorization: Bearer abc.def.ghi');
  });

  it('picks the id or the access token', () => {
    expect(pickToken(tokens, 'id')).toBe('id.jwt.value');
    expect(pickToken(tokens, 'access')).toBe('access.jwt.value');
  });

  it('has no ID token to pick from an M2M session, and says why', () => {
    const m2m: TokenSet = { ...tokens };
    delete m2m.idToken;
    expect(pickToken(m2m, 'id')).toBeUndefined();
    expect(NO_ID_TOKEN).toMatch(/M2M.*access token/);
  });
});

describe('tokenEnvironment', () => {
  it('exports tokens, expiry and connection in a fixed order, never the refresh token', () => {
    const env = tokenEnvironment(profile, tokens);
    expect(env).toEqual([
      ['COGNITO_ID_TOKEN', 'id.jwt.value'],
      ['COGNITO_ACCESS_TOKEN', 'access.jwt.value'],
      ['COGNITO_TOKEN_EXPIRES_AT', '2030-01-02T03:04:05.000Z'],
      ['COGNITO_USER_POOL_ID', 'eu-west-1_Pool1'],
      ['COGNITO_CLIENT_ID', 'client1'],
      ['COGNITO_REGION', 'eu-west-1'],
      ['COGNITO_USERNAME', 'ada-internal'],
    ]);
    expect(exportLines(env)).not.toContain('refresh-secret');
  });

  it('leaves COGNITO_ID_TOKEN out of an M2M session rather than exporting it empty', () => {
    const m2m: TokenSet = { ...tokens };
    delete m2m.idToken;
    const names = tokenEnvironment(profile, m2m).map(([name]) => name);
    expect(names).not.toContain('COGNITO_ID_TOKEN');
    expect(names).toContain('COGNITO_ACCESS_TOKEN');
  });

  it('falls back to the profile username when the tokens name none', () => {
    const env = new Map(tokenEnvironment(profile, { ...tokens, username: '' }));
    expect(env.get('COGNITO_USERNAME')).toBe('ada@example.com');
  });
});

describe('tokenText', () => {
  it('writes the raw token, a header line, or a curl command a shell runs unchanged', () => {
    expect(tokenText('a.b.c', 'raw')).toBe('a.b.c');
    expect(tokenText('a.b.c', 'header')).toBe('Authorization: Bearer a.b.c');
    expect(tokenText('a.b.c', 'curl')).toBe(curlLine('a.b.c'));
    const printed = execFileSync('sh', ['-c', `set -- ${curlLine("x'y")}; printf %s "$3"`], {
      encoding: 'utf8',
    });
    expect(printed).toBe("Authorization: Bearer x'y");
  });
});
