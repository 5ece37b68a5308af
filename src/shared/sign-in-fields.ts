// The fields the two OAuth kinds add (managed-login domain, scopes, loopback redirect URI,
// identity provider) and the cross-field rules of the three kinds. Pure zod, no Node: the
// store, the IPC contract, the importers and the form share them.
import * as z from 'zod';
import { between, describeValue, expected, PRINTABLE, text } from './field-text';
import {
  DEFAULT_BROWSER_SCOPES,
  DEFAULT_REDIRECT_URI,
  fieldsUnusedBy,
  isLoopbackHost,
  KIND_FIELDS,
  MAX_SCOPES,
  SIGN_IN_KIND_WORDS,
  SIGN_IN_KINDS,
  type SignInKind,
} from './sign-in-kinds';

/** An example domain, for sentences and placeholders. */
export const EXAMPLE_DOMAIN = 'https://myapp.auth.eu-west-1.amazoncognito.com';
const DOMAIN_WHAT = `the managed login's domain (such as ${EXAMPLE_DOMAIN})`;
const CREDENTIALS_IN_URL =
  'must not contain a user name or password (they would be stored in plain text).';

function parseUrl(value: string): URL | null {
  // Without a scheme, new URL() would read "myapp.auth…" as a relative or odd URL.
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The managed-login domain as an origin (no trailing slash), or the sentence saying what is wrong. */
export function domainOrigin(value: string): { origin: string } | { problem: string } {
  const quoted = describeValue(value);
  const url = parseUrl(value);
  if (!url) {
    const hint = value.includes('://') ? '' : '; write it with https://';
    return { problem: `${quoted} is not ${DOMAIN_WHAT}${hint}.` };
  }
  if (url.username || url.password) return { problem: CREDENTIALS_IN_URL };
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      problem: `${quoted} is not an https URL; the managed login is only reached over https (http is only for an emulator on this computer).`,
    };
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return {
      problem: `${quoted} has a path or query; give the domain only, such as ${EXAMPLE_DOMAIN}.`,
    };
  }
  return { origin: url.origin };
}

/** Schema of the managed-login domain: https (http only on loopback), normalised to its origin. */
export const domainField = z
  .string({ error: expected(DOMAIN_WHAT) })
  .trim()
  .transform((value, ctx) => {
    const checked = domainOrigin(value);
    if ('origin' in checked) return checked.origin;
    ctx.addIssue({ code: 'custom', message: checked.problem, input: value });
    return z.NEVER;
  });

/** The sentence saying what is wrong with a redirect URI, or null when it will do. */
export function redirectUriProblem(value: string): string | null {
  const quoted = describeValue(value);
  const url = parseUrl(value);
  const what = `a loopback redirect URI (such as ${DEFAULT_REDIRECT_URI})`;
  if (!url) return `${quoted} is not ${what}.`;
  if (url.username || url.password) return CREDENTIALS_IN_URL;
  // RFC 8252 §7.3: the app listens on loopback over plain http, on a port it names.
  if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname)) {
    return `${quoted} is not ${what}: this app can only listen on http://localhost or 127.0.0.1.`;
  }
  if (url.port === '') {
    return `${quoted} names no port; add one (such as :8976) and register the same URI as a callback URL of the app client.`;
  }
  if (url.hash !== '') return `${quoted} has a #fragment, which a redirect URI must not have.`;
  return null;
}

/** Schema of the redirect URI: http on a loopback host with an explicit port, kept as typed. */
export const redirectUriField = z
  .string({ error: expected(`a loopback redirect URI (such as ${DEFAULT_REDIRECT_URI})`) })
  .trim()
  .superRefine((value, ctx) => {
    const problem = redirectUriProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

// RFC 6749 §3.3 scope-token: printable ASCII without space, " or \.
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]{1,256}$/;
const scopeError = expected(
  'an OAuth scope (1 to 256 characters without spaces or quotes, such as openid or orders/read)',
);
/** Schema of the scope list: at most 50 scope tokens. */
export const scopesField = z
  .array(z.string({ error: scopeError }).trim().regex(SCOPE_TOKEN, { error: scopeError }), {
    error: expected('a list of OAuth scopes'),
  })
  .max(MAX_SCOPES, {
    error: ({ input }) =>
      `lists ${Array.isArray(input) ? input.length : 'too many'} scopes; at most ${MAX_SCOPES} are allowed.`,
  });

/** Schema of the identity provider the managed login goes straight to (e.g. Google). */
export const identityProviderField = text(
  'an identity provider name of 1 to 128 characters (such as Google)',
  (v) => between(1, 128)(v) && PRINTABLE.test(v),
);

/** Schema of the sign-in kind. */
export const signInField = z.enum(SIGN_IN_KINDS, {
  error: expected('"password", "browser" or "client-credentials"'),
});

/** What the cross-field checks read of a profile. */
export interface SignInParts {
  signIn: SignInKind;
  domain?: string | undefined;
  hasClientSecret: boolean;
  username?: string | undefined;
  [key: string]: unknown;
}

type AddIssue = (issue: z.core.$ZodRawIssue) => void;

/**
 * Adds one issue per field the profile's kind needs but lacks, or has but does not use. It may
 * see a partly parsed profile: a bad kind is left to its own sentence, and a field that already
 * has one gets no second.
 */
export function checkSignInKind(
  p: SignInParts,
  ctx: { addIssue: AddIssue; issues?: readonly { path?: readonly PropertyKey[] }[] },
): void {
  const issue = (path: string, message: string) => {
    if (ctx.issues?.some((i) => i.path?.[0] === path)) return;
    ctx.addIssue({ code: 'custom', path: [path], message, input: p[path] });
  };
  const kind = p.signIn;
  if (!(SIGN_IN_KINDS as readonly unknown[]).includes(kind)) return;
  if (kind === 'password' && p.username === undefined) {
    issue('username', 'is missing; a password profile signs in as a user, so give the username.');
  }
  if (kind !== 'password' && p.domain === undefined) {
    issue(
      'domain',
      `is missing; a ${SIGN_IN_KIND_WORDS[kind]} profile signs in through the managed login, so give its domain (such as ${EXAMPLE_DOMAIN}).`,
    );
  }
  if (kind === 'client-credentials' && !p.hasClientSecret) {
    issue(
      'hasClientSecret',
      'is missing: an app client that signs in with client credentials (M2M) always has a client secret, so give it.',
    );
  }
  for (const key of fieldsUnusedBy(kind)) {
    if (p[key] === undefined || p[key] === KIND_FIELDS[key].unset) continue;
    issue(key, `is not used by ${SIGN_IN_KIND_WORDS[kind]} profiles; leave it out.`);
  }
}

/** A browser profile gets the default scopes and redirect URI; an empty scope list means none. */
export function fillSignInDefaults<
  T extends { signIn: SignInKind; scopes?: string[] | undefined; redirectUri?: string | undefined },
>(p: T): T {
  const { scopes, ...rest } = p;
  const filled = (scopes?.length ? { ...rest, scopes } : rest) as T;
  if (p.signIn !== 'browser') return filled;
  return {
    ...filled,
    scopes: filled.scopes ?? [...DEFAULT_BROWSER_SCOPES],
    redirectUri: filled.redirectUri ?? DEFAULT_REDIRECT_URI,
  };
}
