// The IPC contract: its schemas, the API it derives, and the dispatcher every host shares.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { API_NAMES } from '../support/api-names';
import { AuthError } from '../../src/shared/errors';
import { dispatch, type ContractHandlers } from '../../src/main/handlers/dispatch';
import {
  appInfoSchema,
  bridgeFailure,
  buildTokenManagerApi,
  channels,
  events,
  isChannel,
  type BridgeTransport,
} from '../../src/shared/contract';
import { APP_CSP } from '../../src/shared/csp';
import { handlersWith } from '../support/contract-handlers';

const info = { name: 'Cognito Token Manager', version: '0.1.0', platform: 'linux' };
const quiet = { warn: vi.fn(), error: vi.fn() };
const handlers = (appInfo: ContractHandlers['ctm:app-info']): ContractHandlers =>
  handlersWith({ 'ctm:app-info': appInfo });

describe('schemas', () => {
  it('accept good payloads', () => {
    expect(channels['ctm:app-info'].request.parse({})).toEqual({});
    expect(appInfoSchema.parse(info)).toEqual(info);
    const event = { profileId: 'dev', status: 'signed-in', expiresAt: 1_900_000_000_000 };
    expect(events['ctm:session-changed'].parse(event)).toEqual(event);
  });

  it('reject bad payloads', () => {
    expect(channels['ctm:app-info'].request.safeParse({ extra: 1 }).success).toBe(false);
    expect(channels['ctm:app-info'].request.safeParse('x').success).toBe(false);
    expect(appInfoSchema.safeParse({ ...info, version: '' }).success).toBe(false);
    expect(appInfoSchema.safeParse({ ...info, token: 'eyJ' }).success).toBe(false);
    const event = events['ctm:session-changed'];
    expect(event.safeParse({ profileId: 'dev', status: 'asleep' }).success).toBe(false);
    // A row, never a state: no username crosses with it.
    expect(
      event.safeParse({ profileId: 'dev', status: 'signed-in', username: 'ada' }).success,
    ).toBe(false);
  });

  it('name channels and events with the app prefix', () => {
    for (const name of [...Object.keys(channels), ...Object.keys(events)]) {
      expect(name).toMatch(/^ctm:[a-z0-9-]+$/);
    }
    expect(isChannel('ctm:app-info')).toBe(true);
    expect(isChannel('constructor')).toBe(false);
  });

  it('keep index.html on the same CSP as the code', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    expect(html).toContain(`content="${APP_CSP}"`);
  });
});

describe('buildTokenManagerApi', () => {
  const fakeTransport = () => {
    const unsubscribe = vi.fn();
    const invoke = vi.fn<BridgeTransport['invoke']>(() =>
      Promise.resolve({ ok: true, value: info }),
    );
    const transport: BridgeTransport = { invoke, subscribe: () => unsubscribe };
    return { transport, invoke, unsubscribe };
  };

  it('makes one function per channel and event, named from the contract', () => {
    const api = buildTokenManagerApi(fakeTransport().transport);
    expect(Object.keys(api).sort()).toEqual(API_NAMES);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends {} when an operation is called without a request', async () => {
    const { transport, invoke } = fakeTransport();
    await expect(buildTokenManagerApi(transport).appInfo()).resolves.toEqual({
      ok: true,
      value: info,
    });
    expect(invoke).toHaveBeenCalledWith('ctm:app-info', {});
  });

  it('turns a broken transport into a failure value', async () => {
    const { transport, invoke } = fakeTransport();
    invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(buildTokenManagerApi(transport).appInfo()).resolves.toEqual(bridgeFailure);
  });

  it('returns the transport unsubscribe and refuses non-function listeners', () => {
    const { transport, unsubscribe } = fakeTransport();
    const api = buildTokenManagerApi(transport);
    const stop = api.onSessionChanged(() => undefined);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
    expect(() => api.onSessionChanged('nope' as never)).toThrow('The listener must be a function.');
  });
});

describe('dispatch', () => {
  it('answers a valid request with the parsed response', async () => {
    const result = await dispatch(
      'ctm:app-info',
      {},
      handlers(() => info),
      quiet,
    );
    expect(result).toEqual({ ok: true, value: info });
  });

  it('refuses an invalid request with a sentence naming the field, and logs details', async () => {
    const handler = vi.fn(() => info);
    const result = await dispatch('ctm:app-info', { bogus: 'hunter2' }, handlers(handler), quiet);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'The app refused a malformed ctm:app-info request (request: Unrecognized key: "bogus").',
      },
    });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(handler).not.toHaveBeenCalled();
    expect(quiet.warn).toHaveBeenCalledWith(
      'ipc: ctm:app-info: invalid request (request: Unrecognized key: "bogus")',
    );
    // The value sent is never quoted, in the answer or the log.
    expect(JSON.stringify(quiet.warn.mock.calls)).not.toContain('hunter2');
  });

  it('refuses unknown channels, including inherited names', async () => {
    for (const name of ['ctm:nope', '__proto__', 'toString']) {
      const result = await dispatch(
        name,
        {},
        handlers(() => info),
        quiet,
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('passes AuthError codes and sentences through', async () => {
    const failing = () => {
      throw new AuthError('wrong-credentials', 'Incorrect username or password.');
    };
    await expect(dispatch('ctm:app-info', {}, handlers(failing), quiet)).resolves.toEqual({
      ok: false,
      error: { code: 'wrong-credentials', message: 'Incorrect username or password.' },
    });
  });

  it('hides other errors and contract breaches behind a generic sentence', async () => {
    const crashing = () => {
      throw new Error('secret detail at /home/me/.aws');
    };
    const crash = await dispatch('ctm:app-info', {}, handlers(crashing), quiet);
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crash)).not.toMatch(/secret detail|at \//);
    expect(quiet.error).toHaveBeenCalledWith(
      'ipc: ctm:app-info: handler failed',
      expect.any(Error),
    );

    const leaky = () => ({ ...info, refreshToken: 'eyJ' });
    const breach = await dispatch('ctm:app-info', {}, handlers(leaky), quiet);
    expect(breach).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(breach)).not.toContain('eyJ');
  });
});
