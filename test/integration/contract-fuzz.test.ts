// Every channel, sent what an untrusted page might send: wrong types, missing and extra fields,
// megabyte strings and __proto__ keys. Each gets a validation error as a value; the store file
// and the keychain stay byte for byte the same; main keeps answering. The handlers are the real
// ones over a real TokenManager (the keychain an in-memory keytar, whose items are compared).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../../src/main/clipboard/secret-clipboard';
import { createContractHandlers } from '../../src/main/handlers/create-handlers';
import { dispatch, type ContractHandlers } from '../../src/main/handlers/dispatch';
import { createFileLog } from '../../src/main/log/file-log';
import type { TokenManager } from '../../src/main/token-manager';
import { channelNames, type Channel } from '../../src/shared/contract';
import type { FakeKeytar } from '../support/fake-keytar';
import { useFacade } from '../support/use-facade';

// One valid request per channel: the fuzzer breaks each of its fields in turn.
const VALID: Record<Channel, Record<string, unknown>> = {
  'ctm:app-info': {},
  'ctm:list-profiles': {},
  'ctm:add-profile': {
    profile: { name: 'x', userPoolId: 'eu-west-1_Abc', clientId: 'abc', username: 'ada' },
    clientSecret: 'shh-secret',
  },
  'ctm:edit-profile': { id: 'p1', changes: { name: 'y' }, clientSecret: 'new-secret' },
  'ctm:remove-profile': { id: 'p1' },
  'ctm:preview-import': { fileName: 'a.json', text: '{}', username: 'ada' },
  'ctm:import-profiles': {
    fileName: 'a.json',
    text: '{}',
    username: 'ada',
    choices: [{ name: 'kept', choice: 'keep-both' }],
  },
  'ctm:export-profiles': { ids: ['p1'] },
  'ctm:set-active-profile': { id: 'p1' },
  'ctm:session-rows': {},
  'ctm:has-remembered-password': { id: 'p1' },
  'ctm:sign-in': { id: 'p1', password: 'Pass-word-1' },
  'ctm:respond-to-challenge': { id: 'p1', answers: { code: '123456' } },
  'ctm:cancel-sign-in': { id: 'p1' },
  'ctm:start-browser-sign-in': { id: 'p1' },
  'ctm:wait-browser-sign-in': { id: 'p1' },
  'ctm:copy-sign-in-link': { id: 'p1' },
  'ctm:remember-device': { id: 'p1' },
  'ctm:forgot-password': { id: 'p1' },
  'ctm:confirm-forgot-password': { id: 'p1', code: '123456', newPassword: 'New-pass-1' },
  'ctm:change-password': { id: 'p1', currentPassword: 'Old-pass-1', newPassword: 'New-pass-1' },
  'ctm:refresh-now': { id: 'p1' },
  'ctm:sign-out': { id: 'p1', everywhere: true },
  'ctm:token-view': { id: 'p1' },
  'ctm:copy-token': { id: 'p1', kind: 'id', format: 'raw' },
  'ctm:copy-setup-key': { id: 'p1' },
  'ctm:get-settings': {},
  'ctm:change-settings': { clipboardClearSeconds: 30 },
  'ctm:notices': {},
  'ctm:check-profile': { id: 'p1' },
  'ctm:aws-credentials-view': { id: 'p1' },
  'ctm:copy-aws-credentials': { id: 'p1' },
};

const MEGABYTES = 'x'.repeat(2 * 1024 * 1024);

/** Payloads that must all be refused, each with a label for the failure message. */
function brokenPayloads(valid: Record<string, unknown>): [string, unknown][] {
  const cases: [string, unknown][] = [
    ['a number', 7],
    ['a string', 'hello'],
    ['null', null],
    ['a list', [valid]],
    ['an extra field', { ...valid, extra: 1 }],
    [
      'a __proto__ key',
      JSON.parse(
        `{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`.replace(', }', '}'),
      ),
    ],
  ];
  for (const [key, value] of Object.entries(valid)) {
    const swapped = typeof value === 'string' ? 12 : typeof value === 'boolean' ? 'yes' : 'wrong';
    cases.push([`${key} of the wrong type`, { ...valid, [key]: swapped }]);
    if (typeof value === 'string')
      cases.push([`${key} a megabyte long`, { ...valid, [key]: MEGABYTES }]);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      cases.push([
        `${key} with a megabyte key`,
        { ...valid, [key]: { ...value, [MEGABYTES]: 'x' } },
      ]);
      cases.push([
        `${key} with a __proto__ key`,
        { ...valid, [key]: JSON.parse('{"__proto__": {"polluted": true}}') as unknown },
      ]);
    }
  }
  // A required field left out (optional ones may be left out, so only those a valid call needs).
  if ('id' in valid) {
    const rest = { ...valid };
    delete rest.id;
    cases.push(['id missing', rest]);
  }
  return cases;
}

const facade = useFacade();
let dir: string;
let keytar: FakeKeytar;
let manager: TokenManager;
let handlers: ContractHandlers;
const quiet = { warn: () => undefined, error: () => undefined };

beforeAll(async () => {
  const machine = facade.machine();
  ({ dir, keytar } = machine);
  manager = await machine.open({ log: createFileLog({ dataDir: dir }) });
  await manager.addProfile(
    { name: 'kept', userPoolId: 'eu-west-1_Kept1', clientId: 'keptclient', username: 'ada' },
    { clientSecret: 'kept-client-secret' },
  );
  handlers = createContractHandlers({
    manager,
    clipboard: createSecretClipboard(new MemoryClipboard()),
    facts: { version: '0.1.0', platform: 'linux' },
    emit: () => undefined,
    openSignInPage: () => Promise.resolve(),
    exportFolder: () => join(dir, 'exports'),
  });
});

describe('contract fuzz', () => {
  it.each(channelNames)(
    '%s refuses every malformed request and changes nothing',
    async (channel) => {
      const storeBefore = readFileSync(join(dir, 'profiles.json'));
      const keychainBefore = JSON.stringify([...keytar.items]);
      for (const [label, payload] of brokenPayloads(VALID[channel])) {
        const result = await dispatch(channel, payload, handlers, quiet);
        expect(result, `${channel} with ${label}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-request' },
        });
        if (!result.ok) expect(result.error.message.length, 'one short sentence').toBeLessThan(600);
      }
      expect(readFileSync(join(dir, 'profiles.json')).equals(storeBefore)).toBe(true);
      expect(JSON.stringify([...keytar.items])).toBe(keychainBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await dispatch('ctm:list-profiles', {}, handlers, quiet)).toMatchObject({ ok: true });
    },
  );

  it.each([
    ['endpoint', { endpoint: 'http://127.0.0.1:9' }],
    ['user pool', { userPoolId: 'eu-west-1_Moved1' }],
    ['app client', { clientId: 'movedclient' }],
  ])('an edit of the %s without a new secret removes the client secret', async (words, changes) => {
    const kept = manager.listProfiles().find((p) => p.name === 'kept');
    if (!kept) throw new Error('the kept profile is gone');
    const secretValues = () => [...keytar.items.values()];
    expect(secretValues()).toContain('kept-client-secret');
    const result = await dispatch('ctm:edit-profile', { id: kept.id, changes }, handlers, quiet);
    expect(result).toMatchObject({
      ok: true,
      value: { profile: { hasClientSecret: true, clientSecretDropped: `its ${words} changed` } },
    });
    expect(secretValues()).not.toContain('kept-client-secret');
    // Back as it was, with the secret given again by the same edit.
    const back = { endpoint: null, userPoolId: 'eu-west-1_Kept1', clientId: 'keptclient' };
    await dispatch(
      'ctm:edit-profile',
      { id: kept.id, changes: back, clientSecret: 'kept-client-secret' },
      handlers,
      quiet,
    );
    expect(secretValues()).toContain('kept-client-secret');
    expect(manager.droppedClientSecret(kept.id)).toBeUndefined();
  });

  it('refuses calls on names that are not channels, prototype names included', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'ctm:nope', '']) {
      expect(await dispatch(name, {}, handlers, quiet)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });
});
