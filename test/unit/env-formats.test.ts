import { describe, expect, it } from 'vitest';
import { formatVariables, parseEnvFormat } from '../../src/cli/env-formats';
import { sessionVariables } from '../../src/cli/session-variables';
import { CliError } from '../../src/cli/cli-error';
import { ProfileSchema } from '../../src/shared/profile';

const jwt = (claims: Record<string, unknown>) =>
  `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const tokens = {
  idToken: jwt({ sub: '1111-2222', email: 'ada@example.com', 'cognito:username': '1111-2222' }),
  accessToken: 'access.jwt.value',
  refreshToken: 'refresh-secret',
  expiresAt: Date.UTC(2030, 0, 2, 3, 4, 5),
  username: '1111-2222',
};
const base = { name: 'dev', userPoolId: 'eu-west-1_Pool1', clientId: 'client1' };

describe('sessionVariables', () => {
  it('names the user as typed and the sub apart, never the refresh token', () => {
    const profile = ProfileSchema.parse({ ...base, id: 'p1', username: 'ada' });
    const variables = new Map(sessionVariables(profile, tokens));
    expect(variables.get('COGNITO_USERNAME')).toBe('ada');
    expect(variables.get('COGNITO_SUB')).toBe('1111-2222');
    expect(variables.get('COGNITO_PROFILE')).toBe('dev');
    expect([...variables.values()]).not.toContain('refresh-secret');
    expect(variables.has('AWS_ACCESS_KEY_ID')).toBe(false);
  });

  it("names a browser user by the ID token's email, and adds AWS credentials with their region", () => {
    const profile = ProfileSchema.parse({
      ...base,
      id: 'p2',
      signIn: 'browser',
      domain: 'https://myapp.auth.eu-west-1.amazoncognito.com',
    });
    const aws = {
      accessKeyId: 'ASIA1',
      secretAccessKey: 's',
      sessionToken: 't',
      expiration: 0,
      region: 'eu-west-1',
    };
    const variables = new Map(sessionVariables(profile, tokens, aws));
    expect(variables.get('COGNITO_USERNAME')).toBe('ada@example.com');
    expect(variables.get('AWS_REGION')).toBe('eu-west-1');
    expect(variables.get('AWS_CREDENTIAL_EXPIRATION')).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('formatVariables', () => {
  const variables = [
    ['A', "it's"],
    ['B', 'plain'],
  ] as const;

  it('quotes each format so nothing expands', () => {
    expect(formatVariables(variables, 'fish')).toBe("set -gx A 'it\\'s'\nset -gx B 'plain'\n");
    expect(formatVariables(variables, 'powershell')).toBe("$Env:A = 'it''s'\n$Env:B = 'plain'\n");
    expect(formatVariables(variables, 'dotenv')).toBe(`A="it's"\nB='plain'\n`);
    expect(formatVariables(variables, 'cmd')).toBe(`set "A=it's"\r\nset "B=plain"\r\n`);
    expect(JSON.parse(formatVariables(variables, 'json'))).toEqual({ A: "it's", B: 'plain' });
  });

  it('refuses what cmd cannot keep literal, and an unknown format, in one sentence', () => {
    expect(() => formatVariables([['A', '50%']], 'cmd')).toThrow(/--format powershell/);
    expect(() => parseEnvFormat('csh')).toThrow(CliError);
    expect(parseEnvFormat(undefined)).toBe('sh');
  });
});

describe('identity pool fields', () => {
  const poolId = 'us-east-1:1a2b3c4d-1234-5678-9abc-def012345678';

  it('takes REGION:GUID and an IAM role ARN, and a role only with a pool', () => {
    const ok = ProfileSchema.safeParse({
      ...base,
      id: 'p',
      username: 'a',
      identityPoolId: poolId,
      roleArn: 'arn:aws:iam::123456789012:role/Dev',
    });
    expect(ok.success).toBe(true);
    const bad = ProfileSchema.safeParse({
      ...base,
      id: 'p',
      username: 'a',
      identityPoolId: 'us-east-1_x',
      roleArn: 'role/Dev',
    });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(['identityPoolId', 'roleArn']);
    const lonely = ProfileSchema.safeParse({
      ...base,
      id: 'p',
      username: 'a',
      roleArn: 'arn:aws:iam::123456789012:role/Dev',
    });
    expect(lonely.error?.issues[0]?.message).toMatch(/only used with an identity pool/);
  });

  it('refuses an identity pool on an M2M profile, which has no ID token', () => {
    const m2m = ProfileSchema.safeParse({
      ...base,
      id: 'p',
      signIn: 'client-credentials',
      hasClientSecret: true,
      domain: 'https://myapp.auth.eu-west-1.amazoncognito.com',
      identityPoolId: poolId,
    });
    expect(m2m.error?.issues[0]?.path).toEqual(['identityPoolId']);
  });
});
