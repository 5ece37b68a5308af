// The browser and M2M checks fit the window's contract however long the profile's values are:
// 50 scopes of 256 characters, a long redirect URI and domain are cut, never refused by the schema.
import { describe, expect, it } from 'vitest';
import { DoctorCheckSchema } from '../../src/shared/contract-views';
import { clientCredentialsCheck } from '../../src/main/doctor/client-credentials-check';
import { domainCheck, redirectUriCheck } from '../../src/main/doctor/managed-login-checks';

const scopes = Array.from({ length: 50 }, (_, i) => `api/${String(i).padStart(252, 'x')}`);
const uri = `http://localhost:8976/${'c'.repeat(900)}`;
const domain = `https://${'d'.repeat(200)}.auth.eu-west-1.amazoncognito.com`;

describe('the managed-login checks', () => {
  it('fit the contract with the longest values a profile may hold', () => {
    const checks = [
      clientCredentialsCheck(
        { kind: 'refused', error: 'invalid_scope', status: 400 },
        true,
        scopes,
      ),
      clientCredentialsCheck({ kind: 'issued' }, true, scopes),
      redirectUriCheck({ kind: 'redirect-mismatch' }, uri, scopes),
      redirectUriCheck({ kind: 'request-refused', error: 'invalid_scope' }, uri, scopes),
      domainCheck(domain, { kind: 'not-managed-login', status: 404 }),
      domainCheck(domain, { kind: 'unreachable', detail: 'e'.repeat(200) }),
    ];
    for (const check of checks) expect(DoctorCheckSchema.safeParse(check).success).toBe(true);
    expect(checks[2]?.fix).toMatch(
      /^Add http:\/\/localhost:8976\/c+… to the app client's callback URLs/,
    );
  });
});
