// The device SRP against its oracle, amazon-cognito-identity-js 6.3.21: the verifier and salt
// ConfirmDevice carries (AuthenticationHelper.generateHashDevice), and the DEVICE_PASSWORD_VERIFIER
// claim (getPasswordAuthenticationKey with the device group key as the pool name).
import { createDiffieHellman, getDiffieHellman, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deviceVerifier, newDevicePassword } from '../../src/main/cognito/device-verifier';
import { createSrpClient } from '../../src/main/cognito/srp';
import { Helper, OBig, oracle } from '../support/identity-js-oracle';

const b64hex = (hex: string): string => Buffer.from(hex, 'hex').toString('base64');

describe('the device verifier ConfirmDevice sends', () => {
  it('matches generateHashDevice for the password and salt it drew', () => {
    for (let i = 0; i < 4; i += 1) {
      const groupKey = `-${randomBytes(6).toString('base64url')}`;
      const key = `us-east-1_${randomBytes(16).toString('hex')}`;
      const helper = new Helper('unused');
      helper.generateHashDevice(groupKey, key, () => undefined);
      const password = helper.getRandomPassword();
      const salt = helper.getSaltDevices();
      // identity-js's salt is padHex of 16 random bytes; ours takes the same 16 bytes.
      const raw = salt.length > 32 ? salt.slice(-32) : salt;
      expect(deviceVerifier({ groupKey, key, password }, raw)).toEqual({
        PasswordVerifier: b64hex(helper.getVerifierDevices()),
        Salt: b64hex(salt),
      });
    }
  });

  it('puts "00" before a salt with the top bit set, as generateHashDevice computes it', () => {
    // generateHashDevice draws its own salt; its steps, with identity-js's own helpers, on a
    // salt whose top bit is set (half of all draws), pin the padHex rule every time.
    const helper = new Helper('unused');
    const device = { groupKey: '-Grp0', key: 'eu-west-1_dev', password: newDevicePassword() };
    const saltHex = 'f0' + randomBytes(15).toString('hex');
    const salt = helper.padHex(new OBig(saltHex, 16));
    const hashed = helper.hash(`${device.groupKey}${device.key}:${device.password}`);
    let verifier = '';
    helper.g.modPow(new OBig(helper.hexHash(salt + hashed), 16), helper.N, (_e, v) => {
      verifier = helper.padHex(v);
    });
    expect(salt).toBe(`00${saltHex}`);
    expect(deviceVerifier(device, saltHex)).toEqual({
      PasswordVerifier: b64hex(verifier),
      Salt: b64hex(salt),
    });
  });

  it('draws a 40-byte base64 device password, as identity-js does', () => {
    const password = newDevicePassword();
    expect(Buffer.from(password, 'base64')).toHaveLength(40);
    expect(newDevicePassword()).not.toBe(password);
    expect(password).toHaveLength(new Helper('unused').generateRandomString().length);
  });
});

describe('the DEVICE_PASSWORD_VERIFIER claim', () => {
  it('matches identity-js keyed on the device group and device key', () => {
    const server = createDiffieHellman(getDiffieHellman('modp15').getPrime(), 2);
    server.setPrivateKey(randomBytes(32));
    const c = {
      // 256 bits, as createSrpClient draws (identity-js's 1024 only slow its BigInteger down).
      a: randomBytes(32).toString('hex'),
      srpB: server.generateKeys('hex'),
      salt: randomBytes(16).toString('hex'),
      poolName: `-${randomBytes(6).toString('base64url')}`,
      userIdForSrp: `eu-west-1_${randomBytes(16).toString('hex')}`,
      password: newDevicePassword(),
      secretBlock: randomBytes(300).toString('base64'),
      now: new Date(Date.UTC(2026, 0, 14, 9, 5, 7)),
    };
    const expected = oracle(c);
    const ours = createSrpClient(c.a).passwordClaim({ ...c, srpB: c.srpB, salt: c.salt });
    expect(ours).toEqual({ signature: expected.signature, timestamp: expected.ts });
  });
});
