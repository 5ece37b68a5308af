// The text of `cognito-tokens login --help`.

/** login's usage, flags and examples. */
export const LOGIN_HELP = `Usage: cognito-tokens login [PROFILE] [flags]
       cognito-tokens login --pool-id ID --client-id ID --username NAME [flags]

With a saved PROFILE (or the active one when none is named): signs it in, answers
any challenge (new password, MFA), and keeps the tokens in the OS keychain for
token, env and status. Nothing goes to stdout unless --output or --print asks.
A remembered password (profiles add --remember-password) is used when no
--password-env is given. Of the Connection and Who flags, only --timeout applies.
When the user pool tracks devices, this computer is confirmed as the user's device
and its device key and password go to the keychain (refreshes need the key).
  --remember-device          in a pool where users opt in, remember this computer:
                             later sign-ins here skip MFA (pools that always
                             remember devices do so without it)

A browser profile (profiles add --sign-in browser) signs in through the managed
login: a one-use listener starts on the profile's redirect URI, the sign-in page
opens in your browser, and the tokens come back to this computer only. With
--no-browser the address is printed on stderr for you to open. An M2M profile
(--sign-in client-credentials) fetches an access token with its client secret.

With --pool-id (stateless): signs in to any user pool, prints the tokens on
stdout, and saves nothing. Prompts and messages go to stderr.

Connection
  --pool-id ID               user pool id, e.g. us-east-2_AbC123 (required)
  --client-id ID             app client id (required)
  --region REGION            must match the pool id's region (optional)
  --endpoint URL             another Cognito endpoint: https, or plain http only on this
                             computer (an emulator), e.g. http://127.0.0.1:9229
  --timeout SECONDS          per-request timeout (default 10)
  --flow srp|password|choice SRP (default), USER_PASSWORD_AUTH, or choice (USER_AUTH:
                             pick an email or SMS code, or the password, from what the
                             pool offers; no password is asked unless you pick it)
  --preferred-challenge M    with --flow choice: EMAIL_OTP, SMS_OTP, PASSWORD or
                             PASSWORD_SRP, asked for up front (skips the choice)

Who
  --username NAME            user name, or an email/phone alias (required)

Secrets (never on the command line: each -env flag takes a variable NAME)
  --password-env VAR         read the password from $VAR (else a hidden prompt)
  --client-secret-env VAR    the app client has a secret; read it from $VAR
  --client-secret-prompt     the app client has a secret; ask for it (hidden)

Challenges (for scripts; in a terminal you are asked instead)
  --new-password-env VAR     new password when Cognito requires a change
  --attribute NAME=VALUE     a user attribute Cognito asks for (repeatable)
  --mfa-code-env VAR         the MFA or sign-in code (authenticator, SMS or email)
  --mfa-type TYPE            SOFTWARE_TOKEN_MFA, SMS_MFA or EMAIL_OTP, when asked to choose
  --show-setup-uri           print an authenticator's setup key (it holds the secret) even
                             when stderr is not a terminal; at a terminal it is always shown

Output
  --output json              idToken, accessToken, refreshToken, expiresAt, username
                             (the default of the stateless form)
  --print id|access|refresh  just that token and a newline

Browser profiles
  --no-browser               print the sign-in address instead of opening a browser

Exit codes: 0 signed in, 2 bad input, 3 rejected by Cognito, 4 network or service
failure, 1 unexpected error, 130 cancelled.
Set COGNITO_TOKENS_DEBUG=1 to print details of unexpected errors.

Examples
  cognito-tokens login dev
  CT_PW=... cognito-tokens login dev --password-env CT_PW --new-password-env CT_NEW
  cognito-tokens login --pool-id us-east-2_AbC123 --client-id 1example23 --username ada
  CT_PW=... cognito-tokens login --pool-id us-east-2_AbC123 --client-id 1example23 \\
      --username ada --password-env CT_PW --print id
`;
