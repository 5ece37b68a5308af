import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  bearerHeader,
  curlLine,
  NO_ID_TOKEN,
  pickToken,
  shellQuote,
  tokenText,
} from '../../src/shared/token-text';
import type { TokenSet } from '../../src/shared/auth';

const tokens = {
  idToken: 'id.jwt.value',
  accessToken: 'access.jwt.value',
  refreshToken: 'refresh-secret',
  expiresAt: Date.UTC(2030, 0, 2, 3, 4, 5),
  username: 'ada-internal',
};

describe('shellQuote', () => {
  it('single-quotes values and writes each quote as the four-character escape', () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
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
