// amazon-cognito-identity-js 6.3.21's own SRP helper, loaded as an oracle for our SRP code: the
// user SRP (srp.test.ts) and the device SRP (device-srp.test.ts) are proven against it.
import { createRequire } from 'node:module';
import { vi } from 'vitest';

/** identity-js's BigInteger, as far as the tests use it. */
export interface OracleBigInteger {
  toString(radix: number): string;
  modPow(
    e: OracleBigInteger,
    m: OracleBigInteger,
    cb: (err: unknown, value: OracleBigInteger) => void,
  ): OracleBigInteger;
}
/** Its constructor. */
export type OracleBigIntegerClass = new (hex: string, radix: number) => OracleBigInteger;
type Callback<T> = (err: unknown, value: T) => void;
/** AuthenticationHelper, as far as the tests use it. */
export interface OracleHelper {
  N: OracleBigInteger;
  k: OracleBigInteger;
  UValue: OracleBigInteger;
  generateRandomSmallA(): OracleBigInteger;
  getLargeAValue(cb: Callback<OracleBigInteger>): void;
  getPasswordAuthenticationKey(
    ...args: [string, string, OracleBigInteger, OracleBigInteger, Callback<Uint8Array>]
  ): void;
  padHex(value: OracleBigInteger): string;
  generateHashDevice(deviceGroupKey: string, username: string, cb: Callback<null>): void;
  g: OracleBigInteger;
  hash(text: string): string;
  hexHash(hex: string): string;
  getRandomPassword(): string;
  generateRandomString(): string;
  getSaltDevices(): string;
  getVerifierDevices(): string;
}
type Sha256Class = new (secret?: Uint8Array) => {
  update(d: Uint8Array): void;
  digestSync(): Uint8Array;
};

const load = createRequire(import.meta.url);
const lib = (name: string): unknown =>
  (load(`amazon-cognito-identity-js/lib/${name}`) as { default: unknown }).default;
/** AuthenticationHelper. */
export const Helper = lib('AuthenticationHelper') as new (poolName: string) => OracleHelper;
/** BigInteger. */
export const OBig = lib('BigInteger') as OracleBigIntegerClass;
/** DateHelper. */
export const DateHelper = lib('DateHelper') as new () => { getNowString(): string };
// The HMAC CognitoUser signs with, loaded from where amazon-cognito-identity-js finds it.
const { Sha256 } = createRequire(load.resolve('amazon-cognito-identity-js'))(
  '@aws-crypto/sha256-js',
) as { Sha256: Sha256Class };

/** A bigint as identity-js's BigInteger. */
export const big = (v: bigint): OracleBigInteger =>
  new OBig(v < 0n ? `-${(-v).toString(16)}` : v.toString(16), 16);
/** Hex to bigint. */
export const hex = (s: string): bigint => BigInt(`0x${s}`);

/** One SRP sign-in's inputs. */
export interface Case {
  a: string;
  srpB: string;
  salt: string;
  poolName: string;
  userIdForSrp: string;
  password: string;
  secretBlock: string;
  now: Date;
}

/** What amazon-cognito-identity-js computes and sends for one sign-in. */
export function oracle(c: Case): {
  A: string;
  u: string;
  hkdf: string;
  signature: string;
  ts: string;
} {
  const helper = new (class extends Helper {
    override generateRandomSmallA(): OracleBigInteger {
      return new OBig(c.a, 16);
    }
  })(c.poolName);
  let A = '';
  let key: Uint8Array = new Uint8Array();
  helper.getLargeAValue((_e, value) => (A = value.toString(16)));
  const [B, salt] = [new OBig(c.srpB, 16), new OBig(c.salt, 16)];
  helper.getPasswordAuthenticationKey(c.userIdForSrp, c.password, B, salt, (_e, k) => (key = k));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(c.now);
  const ts = new DateHelper().getNowString();
  vi.useRealTimers();
  const mac = new Sha256(key);
  const parts = [c.poolName, c.userIdForSrp].map((s) => Buffer.from(s, 'utf8'));
  mac.update(Buffer.concat([...parts, Buffer.from(c.secretBlock, 'base64'), Buffer.from(ts)]));
  const signature = Buffer.from(mac.digestSync()).toString('base64');
  return {
    A,
    u: helper.UValue.toString(16),
    hkdf: Buffer.from(key).toString('hex'),
    signature,
    ts,
  };
}
