// The profile form asks for the client secret again when an edit moves the profile to another
// domain, endpoint, pool or client: main removes a stored secret on such a save unless a new one
// comes with it. Which edits count is decided here, beside the form's other rules.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../src/shared/contract-views';
import { formValuesOf, secretBindingMoves } from '../../src/renderer/profiles/form-model';

const bot: ProfileView = {
  id: 'p1',
  name: 'bot',
  userPoolId: 'eu-west-1_AbC123',
  region: 'eu-west-1',
  clientId: 'botclient1',
  hasClientSecret: true,
  authFlow: 'srp',
  signIn: 'client-credentials',
  domain: 'https://myapp.auth.eu-west-1.amazoncognito.com',
  refreshAheadSeconds: 300,
  rememberPassword: false,
  refreshRotation: false,
};

describe('secretBindingMoves', () => {
  const values = formValuesOf(bot);

  it('is empty for the profile as stored, and for changes that leave the host alone', () => {
    expect(secretBindingMoves(values, bot)).toEqual([]);
    expect(secretBindingMoves({ ...values, name: 'other', scopes: 'a/b' }, bot)).toEqual([]);
    expect(secretBindingMoves({ ...values, domain: `${bot.domain ?? ''}/` }, bot)).toEqual([]);
  });

  it('names each of the domain, endpoint, pool and client that changes', () => {
    expect(secretBindingMoves({ ...values, domain: 'https://elsewhere.example' }, bot)).toEqual([
      'domain',
    ]);
    expect(
      secretBindingMoves(
        { ...values, endpoint: 'http://127.0.0.1:9229', userPoolId: 'eu-west-1_Other1' },
        bot,
      ),
    ).toEqual(['endpoint', 'user pool']);
    expect(secretBindingMoves({ ...values, clientId: 'another1' }, bot)).toEqual(['app client']);
  });

  it('counts a switch to the password kind, which drops the domain', () => {
    expect(secretBindingMoves({ ...values, signIn: 'password', username: 'ada' }, bot)).toEqual([
      'domain',
    ]);
  });
});
