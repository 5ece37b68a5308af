// Remembered devices (device tracking) against the strict Cognito double: a sign-in confirms the
// device Cognito hands out, refreshes send its key, a remembered device answers the device SRP
// instead of MFA, and a device Cognito forgot is replaced by a new one.
import { hostname } from 'node:os';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  type CognitoEngine,
  type DeviceStore,
  type RememberedDevice,
  createCognitoEngine,
} from '../../src/main/cognito/engine-module';
import type { DoubleUser } from '../support/cognito-double/types';
import { CODE, authError, bodiesOf, tokensOf } from '../support/engine-double-fixture';
import { useDouble } from '../support/use-double';

const ALWAYS = 'eu-west-1_DevAlways';
const OPT_IN = 'eu-west-1_DevOptIn';
const phone = { attributes: { phone_number: '+15555550123' } };
const sms = (username: string): DoubleUser => ({
  username,
  password: 'Dev-Pass12',
  ...phone,
  mfa: { sms: true },
});
const plain = (username: string): DoubleUser => ({ username, password: 'Dev-Pass12' });

const double = useDouble([
  {
    userPoolId: ALWAYS,
    deviceTracking: 'always',
    fixedCode: CODE,
    clients: [
      { clientId: 'always-public' },
      { clientId: 'always-password', flows: ['USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH'] },
      {
        clientId: 'always-rotating',
        clientSecret: 'rotating-secret-1234',
        refreshRotation: true,
      },
    ],
    users: [plain('ann'), plain('rob'), sms('mia'), sms('kim'), plain('pat'), plain('lou')],
  },
  {
    userPoolId: OPT_IN,
    deviceTracking: 'opt-in',
    fixedCode: CODE,
    clients: [{ clientId: 'optin-public' }],
    users: [sms('oli'), sms('ida'), sms('eve')],
  },
]);

/** A DeviceStore in memory, as the keychain one behaves. */
function memoryStore(): DeviceStore & { held: RememberedDevice | null } {
  return {
    held: null,
    load() {
      return Promise.resolve(this.held);
    },
    save(device) {
      this.held = { ...device };
      return Promise.resolve();
    },
    forget() {
      this.held = null;
      return Promise.resolve();
    },
  };
}

function engineWith(clientId: string, devices?: DeviceStore, secret?: string): CognitoEngine {
  const poolId = clientId.startsWith('optin') ? OPT_IN : ALWAYS;
  return createCognitoEngine(
    { userPoolId: poolId, clientId, endpoint: double.endpoint, clientSecret: secret },
    { retryBaseDelayMs: 5, ...(devices ? { devices } : {}) },
  );
}

const signIn = (engine: CognitoEngine, username: string, rememberDevice?: boolean) =>
  engine.signIn({ flow: 'srp', username, password: 'Dev-Pass12', rememberDevice });
const challengeNames = () =>
  bodiesOf(double, 'RespondToAuthChallenge').map((body) => body.ChallengeName);

describe('a pool that always remembers devices', () => {
  it('refreshes the tokens of a fresh sign-in (issue 10: the first refresh failed)', async () => {
    const engine = engineWith('always-public', memoryStore());
    const tokens = tokensOf((await signIn(engine, 'lou')).step);
    const fresh = await engine.refresh({
      refreshToken: tokens.refreshToken ?? '',
      username: 'lou',
    });
    expect(fresh.username).toBe('lou');
  });

  it('confirms the new device, so the refresh token works (with DEVICE_KEY)', async () => {
    const store = memoryStore();
    const engine = engineWith('always-public', store);
    const conversation = await signIn(engine, 'ann');
    const tokens = tokensOf(conversation.step);
    expect(conversation.device).toBe('remembered');
    const [device] = double.devices(ALWAYS, 'ann');
    expect(device).toMatchObject({ confirmed: true, remembered: true });
    expect(device?.name).toBe(`Cognito Token Manager on ${hostname()}`);
    expect(store.held).toMatchObject({ key: device?.key, groupKey: device?.groupKey });
    expect(store.held?.password).toMatch(/^[A-Za-z0-9+/]{52}[A-Za-z0-9+/=]{4}$/);

    const fresh = await engine.refresh({
      refreshToken: tokens.refreshToken ?? '',
      username: 'ann',
    });
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    const refresh = bodiesOf(double, 'InitiateAuth').at(-1);
    expect(refresh?.AuthParameters).toMatchObject({ DEVICE_KEY: device?.key });
  });

  it('refuses the refresh without the device key, as Cognito does (the issue)', async () => {
    const conversation = await signIn(engineWith('always-public', memoryStore()), 'rob');
    const refreshToken = tokensOf(conversation.step).refreshToken ?? '';
    const keyless = engineWith('always-public');
    const error = await authError(double, keyless.refresh({ refreshToken, username: 'rob' }));
    expect(error.code).toBe('refresh-token-invalid');
  });

  it('sends DeviceKey to GetTokensFromRefreshToken for a rotating client', async () => {
    const store = memoryStore();
    const engine = engineWith('always-rotating', store, 'rotating-secret-1234');
    const tokens = tokensOf((await signIn(engine, 'pat')).step);
    const fresh = await engine.refresh({
      refreshToken: tokens.refreshToken ?? '',
      username: 'pat',
      rotation: true,
    });
    expect(fresh.refreshToken).toBeTruthy();
    expect(bodiesOf(double, 'GetTokensFromRefreshToken').at(-1)).toMatchObject({
      DeviceKey: store.held?.key,
    });
  });

  it('answers DEVICE_SRP_AUTH on the next sign-in and skips MFA', async () => {
    const store = memoryStore();
    const engine = engineWith('always-public', store);
    const first = await signIn(engine, 'mia');
    expect(first.step).toMatchObject({ type: 'challenge', challenge: 'SMS_MFA' });
    tokensOf(await first.respond({ code: CODE }));
    const key = store.held?.key;

    const before = double.requests.length;
    const second = await signIn(engine, 'mia');
    expect(second.step.type).toBe('signed-in');
    expect(second.device).toBe('remembered');
    const names = double.requests.slice(before).map((r) => r.body.ChallengeName ?? r.operation);
    expect(names).toEqual([
      'InitiateAuth',
      'PASSWORD_VERIFIER',
      'DEVICE_SRP_AUTH',
      'DEVICE_PASSWORD_VERIFIER',
    ]);
    expect(bodiesOf(double, 'InitiateAuth').at(-1)?.AuthParameters).toMatchObject({
      DEVICE_KEY: key,
    });
    expect(store.held?.key).toBe(key);
    expect(double.devices(ALWAYS, 'mia')).toHaveLength(1);
  });

  it('signs in as a new device when Cognito forgot the old one (SRP and password flows)', async () => {
    for (const [clientId, username, flow] of [
      ['always-public', 'kim', 'srp'],
      ['always-password', 'lou', 'password'],
    ] as const) {
      const store = memoryStore();
      const engine = engineWith(clientId, store);
      const first = await engine.signIn({ flow, username, password: 'Dev-Pass12' });
      if (first.step.type === 'challenge') await first.respond({ code: CODE });
      const old = store.held?.key;
      expect(old).toBeTruthy();
      double.devices(ALWAYS, username).splice(0);

      const again = await engine.signIn({ flow, username, password: 'Dev-Pass12' });
      const step =
        again.step.type === 'challenge' ? await again.respond({ code: CODE }) : again.step;
      const tokens = tokensOf(step);
      expect(store.held?.key).toBeTruthy();
      expect(store.held?.key).not.toBe(old);
      expect(double.devices(ALWAYS, username).map((d) => d.key)).toEqual([store.held?.key]);
      await engine.refresh({ refreshToken: tokens.refreshToken ?? '', username });
    }
  });

  it('signs in as a new device when Cognito refuses the device proof (not a wrong password)', async () => {
    const store = memoryStore();
    const engine = engineWith('always-public', store);
    tokensOf((await signIn(engine, 'rob')).step);
    const old = store.held?.key;
    if (store.held) store.held.password = 'not-the-device-password';
    const again = await signIn(engine, 'rob');
    expect(again.step.type).toBe('signed-in');
    // The refused proof, then the sign-in again from the start, as a new device.
    expect(challengeNames().slice(-3)).toEqual([
      'DEVICE_SRP_AUTH',
      'DEVICE_PASSWORD_VERIFIER',
      'PASSWORD_VERIFIER',
    ]);
    const refused = double.requests.findLast(
      (r) => r.body.ChallengeName === 'DEVICE_PASSWORD_VERIFIER',
    );
    expect(refused?.errorType).toBe('NotAuthorizedException');
    expect(store.held?.key).toBeTruthy();
    expect(store.held?.key).not.toBe(old);
  });

  it('forgets the device at Cognito with a live access token, and locally either way', async () => {
    const store = memoryStore();
    const engine = engineWith('always-public', store);
    const tokens = tokensOf((await signIn(engine, 'ann')).step);
    const key = store.held?.key;
    const outcome = await engine.forgetDevice(tokens.accessToken);
    expect(outcome).toEqual({ held: true, forgottenAtCognito: true });
    expect(store.held).toBeNull();
    expect(bodiesOf(double, 'ForgetDevice').at(-1)).toMatchObject({ DeviceKey: key });
    expect(double.devices(ALWAYS, 'ann').map((d) => d.key)).not.toContain(key);

    tokensOf((await signIn(engine, 'ann')).step);
    const count = bodiesOf(double, 'ForgetDevice').length;
    const offline = await engine.forgetDevice(undefined);
    expect(offline).toEqual({ held: true, forgottenAtCognito: false });
    expect(store.held).toBeNull();
    expect(bodiesOf(double, 'ForgetDevice')).toHaveLength(count);
    expect(await engine.forgetDevice(tokens.accessToken)).toEqual({
      held: false,
      forgottenAtCognito: false,
    });
  });

  it('keeps the device password out of errors and the conversation', async () => {
    const store = memoryStore();
    const engine = engineWith('always-public', store);
    const conversation = await signIn(engine, 'ann');
    const password = store.held?.password ?? 'missing';
    expect(inspect(conversation, { depth: 5 })).not.toContain(password);
    expect(JSON.stringify(conversation.step)).not.toContain(password);
    // Never on the wire: Cognito only ever sees the verifier and SRP proofs.
    expect(JSON.stringify(double.requests)).not.toContain(password);
    double.faults.serverErrorFor = 'RespondToAuthChallenge';
    try {
      const error = await authError(double, signIn(engine, 'ann'));
      expect(`${error.message} ${inspect(error)}`).not.toContain(password);
    } finally {
      delete double.faults.serverErrorFor;
    }
  });
});

describe('a pool where users opt in to remembering devices', () => {
  it('tracks the device without remembering it unless asked: MFA stays', async () => {
    const store = memoryStore();
    const engine = engineWith('optin-public', store);
    const first = await signIn(engine, 'oli');
    const tokens = tokensOf(await first.respond({ code: CODE }));
    expect(first.device).toBe('not-remembered');
    expect(double.devices(OPT_IN, 'oli')).toMatchObject([{ confirmed: true, remembered: false }]);
    expect(bodiesOf(double, 'UpdateDeviceStatus')).toHaveLength(0);
    await engine.refresh({ refreshToken: tokens.refreshToken ?? '', username: 'oli' });

    const second = await signIn(engine, 'oli');
    expect(second.step).toMatchObject({ type: 'challenge', challenge: 'SMS_MFA' });
    await second.respond({ code: CODE });
    // The same device, not a new one per sign-in.
    expect(double.devices(OPT_IN, 'oli')).toHaveLength(1);
  });

  it('remembers the device when asked, and the next sign-in skips MFA', async () => {
    const store = memoryStore();
    const engine = engineWith('optin-public', store);
    const first = await signIn(engine, 'ida', true);
    await first.respond({ code: CODE });
    expect(first.device).toBe('remembered');
    expect(bodiesOf(double, 'UpdateDeviceStatus').at(-1)).toMatchObject({
      DeviceKey: store.held?.key,
      DeviceRememberedStatus: 'remembered',
    });
    const second = await signIn(engine, 'ida');
    expect(second.step.type).toBe('signed-in');
    expect(challengeNames().at(-1)).toBe('DEVICE_PASSWORD_VERIFIER');
  });

  it('remembers a device already tracked when a later sign-in asks', async () => {
    const store = memoryStore();
    const engine = engineWith('optin-public', store);
    await (await signIn(engine, 'eve')).respond({ code: CODE });
    const later = await signIn(engine, 'eve', true);
    await later.respond({ code: CODE });
    expect(later.device).toBe('remembered');
    expect(double.devices(OPT_IN, 'eve')).toMatchObject([{ remembered: true }]);
    expect((await signIn(engine, 'eve')).step.type).toBe('signed-in');
  });
});
