// RFC 6238 TOTP (SHA-1, 6 digits, 30 s) and RFC 4648 base32, the kind Cognito's TOTP MFA uses.
import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const STEP_SECONDS = 30;

/** Base32 without padding, as Cognito's SecretCode. */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET.charAt((value << (5 - bits)) & 31);
  return out;
}

/** Decodes base32 (case-insensitive, padding ignored); undefined on a foreign character. */
export function base32Decode(text: string): Buffer | undefined {
  const clean = text.toUpperCase().replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return undefined;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** A fresh 32-byte secret in base32 (52 characters, like Cognito's). */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(32));
}

/** The 6-digit code of one time step. */
export function totpAt(secret: Buffer, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0xf;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/** The time step a code belongs to, allowing one step of clock skew either way; undefined if none. */
export function matchTotp(secretBase32: string, code: string, nowMs: number): number | undefined {
  const secret = base32Decode(secretBase32);
  if (!secret || !/^\d{6}$/.test(code)) return undefined;
  const current = Math.floor(nowMs / 1000 / STEP_SECONDS);
  for (const step of [current - 1, current, current + 1]) {
    if (totpAt(secret, step) === code) return step;
  }
  return undefined;
}
