// The three ways a profile signs in and which kind uses which field. No zod and no Node, so
// the CLI's light paths (status, the quick token reader) can name a kind without loading it.

/** Password (SRP, plain or choice), the managed login in a browser, or app client credentials (M2M). */
export const SIGN_IN_KINDS = ['password', 'browser', 'client-credentials'] as const;
/** How a profile signs in. */
export type SignInKind = (typeof SIGN_IN_KINDS)[number];

/** The scopes a browser profile asks for when none are given. */
export const DEFAULT_BROWSER_SCOPES: readonly string[] = ['openid', 'email', 'profile'];
/** Where the managed login sends the browser back when a browser profile names nowhere else. */
export const DEFAULT_REDIRECT_URI = 'http://localhost:8976/callback';
/** The most scopes one profile may ask for. */
export const MAX_SCOPES = 50;

/** How each kind reads in a sentence ("… is not used by <kind> profiles"). */
export const SIGN_IN_KIND_WORDS: Readonly<Record<SignInKind, string>> = {
  password: 'password',
  browser: 'browser',
  'client-credentials': 'client-credentials (M2M)',
};

/** True for a host name that can only mean this computer: localhost, 127.0.0.0/8 or [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return octets !== null && octets.slice(1).every((o) => Number(o) <= 255);
}

/**
 * The sentence saying why an http(s) endpoint will not carry secrets, or null when it will: it
 * is https, or plain http to this computer only (an emulator). Zod-free for the CLI's light paths.
 */
export function endpointProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' || isLoopbackHost(url.hostname)) return null;
  const quoted = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return `${quoted} is plain http to another computer, which would carry passwords, codes and tokens unencrypted: use https (plain http is only for an emulator on this computer: localhost, 127.0.0.1 or [::1]).`;
}

/**
 * Fields only some kinds use, and each one's value that means "not set". A field another kind
 * uses is refused rather than ignored: a stored value nobody uses would mislead whoever reads it
 * (the form, an export, the tray's "remember password").
 */
export const KIND_FIELDS = {
  username: { usedBy: ['password', 'browser'], unset: undefined },
  authFlow: { usedBy: ['password'], unset: 'srp' },
  preferredChallenge: { usedBy: ['password'], unset: undefined },
  rememberPassword: { usedBy: ['password'], unset: false },
  scopes: { usedBy: ['browser', 'client-credentials'], unset: undefined },
  redirectUri: { usedBy: ['browser'], unset: undefined },
  identityProvider: { usedBy: ['browser'], unset: undefined },
  // An identity pool trades an ID token for AWS credentials: M2M sessions have none.
  identityPoolId: { usedBy: ['password', 'browser'], unset: undefined },
  roleArn: { usedBy: ['password', 'browser'], unset: undefined },
} as const satisfies Record<string, { usedBy: readonly SignInKind[]; unset: unknown }>;

/** The fields of KIND_FIELDS that `kind` does not use. */
export function fieldsUnusedBy(kind: SignInKind): (keyof typeof KIND_FIELDS)[] {
  return (Object.keys(KIND_FIELDS) as (keyof typeof KIND_FIELDS)[]).filter(
    (key) => !(KIND_FIELDS[key].usedBy as readonly SignInKind[]).includes(kind),
  );
}

/** Who a profile signs in as, for lists and labels: its username, else what its kind means. */
export function profileUserText(p: { signIn: SignInKind; username?: string | undefined }): string {
  if (p.username !== undefined) return p.username;
  if (p.signIn === 'client-credentials') return 'app client (M2M)';
  return p.signIn === 'browser' ? 'signs in with the browser' : 'no username';
}
