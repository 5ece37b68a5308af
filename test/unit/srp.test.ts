// SRP against its oracles: the shared vector and amazon-cognito-identity-js's own helper.
import { createDiffieHellman, createHash, getDiffieHellman, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as srp from '../../src/main/cognito/srp';
import { type Case, DateHelper, Helper, big, hex, oracle } from '../support/identity-js-oracle';
import { bigIntPowN, modPowN, modexpKind } from '../../src/main/cognito/srp-math';

const N = srp.SRP_N;

// Seeded so a failure can be replayed: SRP_TEST_SEED=<seed> npx vitest run test/unit/srp.test.ts
const SEED = process.env.SRP_TEST_SEED ?? randomBytes(6).toString('hex');
let counter = 0;
function bytes(n: number): Buffer {
  const blocks = Array.from({ length: Math.ceil(n / 32) }, () =>
    createHash('sha256')
      .update(`${SEED}:${String(counter++)}`)
      .digest(),
  );
  return Buffer.concat(blocks).subarray(0, n);
}
const int = (max: number): number => bytes(4).readUInt32BE() % max;
function pick<T>(list: readonly T[]): T {
  const item = list[int(list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}
// ASCII, Latin-1, Greek, combining marks, Arabic, CJK, emoji (outside the BMP).
const BLOCKS = [
  [0x20, 0x7e],
  [0xa1, 0xff],
  [0x391, 0x3c9],
  [0x300, 0x36f],
  [0x600, 0x6ff],
  [0x4e00, 0x9fff],
  [0x1f600, 0x1f64f],
] as const;
const text = (len: number): string =>
  Array.from({ length: len }, () => {
    const [lo, hi] = pick(BLOCKS);
    return String.fromCodePoint(lo + int(hi - lo + 1));
  }).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// One server for every case: each sets its own private key. Creating a DiffieHellman over a
// given prime makes OpenSSL test that prime first, which takes about a CPU second each time.
const server = createDiffieHellman(getDiffieHellman('modp15').getPrime(), 2);

function makeCase(i: number): Case {
  const a = bytes(i % 6 === 5 ? 20 : 128);
  if (i % 6 === 4) a[0] = 0; // a with a leading zero byte
  server.setPrivateKey(bytes(32));
  const B = server.generateKeys('hex');
  const salt = bytes(16);
  if (i % 4 === 0) salt[0] = (salt[0] ?? 0) | 0x80; // high bit: "negative" to Java
  if (i % 4 === 1) salt.set([0, 0x80 | (salt[1] ?? 0)]); // leading zero byte, then high bit
  if (i % 4 === 2) salt[0] = ((salt[0] ?? 0) & 0x0f) | 0x01; // "0x": sent as odd-length hex
  const saltHex = salt.toString('hex').slice(i % 4 === 2 ? 1 : 0);
  return {
    a: a.toString('hex'),
    srpB: [B, B.padStart(770, '0'), B.toUpperCase()][i % 3] ?? B,
    salt: saltHex,
    poolName: Array.from({ length: 9 }, () => ALNUM.charAt(int(ALNUM.length))).join(''),
    userIdForSrp: i % 2 === 0 ? bytes(16).toString('hex') : text(1 + int(20)),
    password: text(1 + int(30)) + (i % 7 === 3 ? '\ud800' : ''), // a lone surrogate too
    secretBlock: bytes(100 + int(900)).toString('base64'),
    now: new Date(bytes(4).readUInt32BE() * 1000),
  };
}
const CASES = Array.from({ length: 25 }, (_, i) => makeCase(i));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.doUnmock('../../src/main/cognito/srp-hash');
  vi.doUnmock('../../src/main/cognito/srp-math');
  vi.resetModules();
});

describe('the shared vector (fixtures/srp-vector.json)', () => {
  const file = fileURLToPath(new URL('../fixtures/srp-vector.json', import.meta.url));
  const v = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const get = (key: string): string => v[key] ?? '';
  const poolName = get('poolId').split('_')[1] ?? '';
  const input = { poolName, userIdForSrp: get('userIdForSrp'), password: get('password') };

  it('reproduces A, k, u, the HKDF key and the signature', () => {
    expect(srp.createSrpClient(get('a')).srpA).toBe(get('A'));
    expect(srp.SRP_K.toString(16)).toBe(get('k'));
    expect(srp.computeU(hex(get('A')), hex(get('B'))).toString(16)).toBe(get('u'));
    const key = {
      ...input,
      a: hex(get('a')),
      A: hex(get('A')),
      B: hex(get('B')),
      salt: hex(get('salt')),
    };
    expect(srp.computeHkdfKey(key).toString('hex')).toBe(get('hkdf'));
    const claim = srp.createSrpClient(get('a')).passwordClaim({
      ...input,
      srpB: get('B'),
      salt: get('salt'),
      secretBlock: get('secretBlock'),
      now: new Date('2019-01-01T06:06:09Z'),
    });
    expect(claim).toEqual({ signature: get('sig'), timestamp: get('ts') });
  });
});

describe(`agreement with amazon-cognito-identity-js (seed ${SEED})`, () => {
  it('uses the same N, g and k', () => {
    const helper = new Helper('pool');
    expect(N.toString(16)).toBe(helper.N.toString(16));
    expect(srp.SRP_K.toString(16)).toBe(helper.k.toString(16));
    expect(srp.SRP_G).toBe(2n);
  });

  it('pads hex exactly like AuthenticationHelper.padHex, negative numbers included', () => {
    const helper = new Helper('pool');
    const edges = [0n, 1n, 0x7fn, 0x80n, 0xffn, 0x100n, 0x7fffn, 0x8000n, 0xffffn, 0x800000n, N];
    const randoms = Array.from({ length: 40 }, () => hex(bytes(1 + int(48)).toString('hex')));
    for (const value of [...edges, ...randoms].flatMap((n) => [n, -n])) {
      expect(srp.padHex(value), value.toString(16)).toBe(helper.padHex(big(value)));
    }
  });

  it.each(CASES.map((c, i) => [i, c] as const))(
    'sign-in %i gives its A, u, key and signature',
    (_i, c) => {
      const expected = oracle(c);
      const client = srp.createSrpClient(c.a);
      expect(client.srpA).toBe(expected.A);
      const [A, B, salt] = [hex(expected.A), hex(c.srpB), hex(c.salt)];
      expect(srp.computeU(A, B).toString(16)).toBe(expected.u);
      const keyInput = { ...c, a: hex(c.a), A, B, salt };
      expect(srp.computeHkdfKey(keyInput).toString('hex')).toBe(expected.hkdf);
      expect(client.passwordClaim(c)).toEqual({
        signature: expected.signature,
        timestamp: expected.ts,
      });
    },
  );

  it('matches BigInteger.modPow at the edges OpenSSL refuses and for huge exponents', () => {
    const r = hex(bytes(383).toString('hex'));
    const small = [0n, 1n, 2n, 3n, hex(bytes(8).toString('hex'))];
    const pairs = [0n, 1n, 2n, N - 2n, N - 1n, N, N + 3n, -5n, r].flatMap((b) =>
      small.map((e) => [b, e]),
    );
    pairs.push([r, N - 1n], [r, N + 1n], [N - 1n, N], [0n, N + 1n]);
    for (const [b = 0n, e = 0n] of pairs) {
      const want = big(b)
        .modPow(big(e), big(N), () => undefined)
        .toString(16);
      expect(modPowN(b, e).toString(16), `${b.toString(16)}^${e.toString(16)}`).toBe(want);
    }
    expect(() => modPowN(2n, -1n)).toThrow(RangeError);
  });

  it('runs on OpenSSL through the named group (no safe-prime check), and its BigInt fallback agrees', () => {
    // createDiffieHellman(N, 2) would spend about 1.5 s checking N on OpenSSL 3.5 (Node 24).
    expect(modexpKind()).toBe('openssl');
    const r = hex(bytes(383).toString('hex'));
    for (const [b, e] of [
      [2n, hex(bytes(128).toString('hex'))],
      [r, hex(bytes(384).toString('hex'))],
      [r, 65537n],
    ] as const) {
      expect(bigIntPowN(b, e)).toBe(modPowN(b, e));
    }
  });
});

describe('formatSrpTimestamp', () => {
  const at = (iso: string): Date => new Date(iso);
  const table: [string, string][] = [
    ['2018-12-31T23:59:59Z', 'Mon Dec 31 23:59:59 UTC 2018'],
    ['2019-01-01T00:00:00Z', 'Tue Jan 1 00:00:00 UTC 2019'],
    ['2019-01-01T06:06:09Z', 'Tue Jan 1 06:06:09 UTC 2019'],
    ['2021-10-31T23:05:07Z', 'Sun Oct 31 23:05:07 UTC 2021'],
    ['2024-02-29T12:00:00Z', 'Thu Feb 29 12:00:00 UTC 2024'],
  ];

  it.each(table)('%s is %s, as DateHelper says', (iso, want) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(iso));
    expect(new DateHelper().getNowString()).toBe(want);
    vi.useRealTimers();
    expect(srp.formatSrpTimestamp(at(iso))).toBe(want);
  });

  it('reads only UTC getters and English names, whatever the zone or locale', () => {
    // Local-time getters and locale formatting lie here, as they would in another zone/locale.
    for (const getter of [
      'getDay',
      'getDate',
      'getMonth',
      'getFullYear',
      'getHours',
      'getMinutes',
    ] as const) {
      vi.spyOn(Date.prototype, getter).mockReturnValue(3);
    }
    vi.spyOn(Date.prototype, 'toLocaleString').mockReturnValue('mar. 1 janv.');
    expect(srp.formatSrpTimestamp(at('2019-01-01T00:00:00+14:00'))).toBe(
      'Mon Dec 31 10:00:00 UTC 2018',
    );
  });

  it('uses the current time when no date is given, and refuses an invalid one', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2030-07-04T09:08:07Z'));
    const c = CASES[0] ?? makeCase(0);
    const claim = srp.createSrpClient(c.a).passwordClaim({ ...c, now: undefined });
    expect(claim.timestamp).toBe('Thu Jul 4 09:08:07 UTC 2030');
    expect(() => srp.formatSrpTimestamp(new Date(NaN))).toThrow(RangeError);
  });
});

describe('refusals', () => {
  const c = CASES[1] ?? makeCase(1);
  const invalid = {
    code: 'unexpected-response',
    message: 'Cognito sent an invalid SRP challenge; try signing in again.',
  };

  const badB = {
    '0': '0',
    N: N.toString(16),
    '2N': (2n * N).toString(16),
    empty: '',
    'not hex': 'xyz',
    '-1': '-1',
  };
  it.each(Object.entries(badB))('B = %s', (_label, srpB) => {
    const claim = (): unknown => srp.createSrpClient(c.a).passwordClaim({ ...c, srpB });
    expect(claim).toThrow(expect.objectContaining({ name: 'AuthError', ...invalid }));
    expect(claim).not.toThrow(c.password);
  });

  it('a salt that is not hex', () => {
    expect(() => srp.createSrpClient(c.a).passwordClaim({ ...c, salt: '0x12' })).toThrow(
      invalid.message,
    );
  });

  it('u = 0', async () => {
    vi.doMock(import('../../src/main/cognito/srp-hash'), async (original) => ({
      ...(await original()),
      computeU: () => 0n,
    }));
    const fresh = await import('../../src/main/cognito/srp');
    expect(() => fresh.createSrpClient(c.a).passwordClaim(c)).toThrow(
      expect.objectContaining(invalid),
    );
  });

  it('A mod N = 0: a random a is drawn again, a fixed one is refused', async () => {
    const real = await import('../../src/main/cognito/srp-math');
    const modPow = vi.fn(real.modPowN).mockReturnValueOnce(0n).mockReturnValueOnce(N);
    vi.doMock(import('../../src/main/cognito/srp-math'), () => ({ ...real, modPowN: modPow }));
    const fresh = await import('../../src/main/cognito/srp');
    const A = hex(fresh.createSrpClient().srpA);
    expect(modPow).toHaveBeenCalledTimes(3);
    expect(A > 1n && A < N).toBe(true);
    modPow.mockReturnValueOnce(0n);
    expect(() => fresh.createSrpClient('abcd')).toThrow(RangeError);
    expect(() => srp.createSrpClient('not hex')).toThrow(TypeError);
  });
});
