// Tokens of signed-in profiles: in memory for speed, mirrored to the keychain so a restart or
// another process (the CLI) can use them without signing in again.
import type { TokenSet } from '../../shared/auth';
import type { SecretVault } from '../secrets/types';
import { tokenSetFromJwts } from '../cognito/jwt';

/** The per-profile token store the session manager reads and writes. */
export class TokenCache {
  private readonly memory = new Map<string, TokenSet>();

  /** `log` hears of keychain writes that failed (the tokens then live in memory only). */
  constructor(
    private readonly vault: SecretVault,
    private readonly log?: { warn(message: string, error?: unknown): void },
  ) {}

  /** The cached tokens of a profile (memory first unless `fromVault`, then the keychain), or null. */
  async load(profileId: string, options: { fromVault?: boolean } = {}): Promise<TokenSet | null> {
    const inMemory = this.memory.get(profileId);
    // Memory is trusted only while the keychain still holds the same refresh token: another
    // process (the CLI) may have signed out, signed in again or re-pointed the profile.
    if (inMemory && !options.fromVault) {
      const stored = await this.vault.get(profileId, 'refresh-token');
      if (stored === (inMemory.refreshToken ?? null)) return inMemory;
      this.memory.delete(profileId);
    }
    const [idToken, accessToken, refreshToken] = await Promise.all([
      this.vault.get(profileId, 'id-token'),
      this.vault.get(profileId, 'access-token'),
      this.vault.get(profileId, 'refresh-token'),
    ]);
    if (!idToken || !accessToken) {
      return refreshToken ? refreshOnly(refreshToken) : null;
    }
    const tokens = tokenSetFromJwts({
      idToken,
      accessToken,
      refreshToken: refreshToken ?? undefined,
    });
    if (!tokens) return refreshToken ? refreshOnly(refreshToken) : null;
    this.memory.set(profileId, tokens);
    return tokens;
  }

  /**
   * Saves new tokens: in memory first, so a keychain that fails (locked on screen lock) cannot
   * lose a rotated refresh token whose predecessor is already spent; then the refresh token to
   * the keychain before the others, so another process never finds new tokens with a dead one.
   */
  async save(profileId: string, tokens: TokenSet): Promise<TokenSet> {
    const previous = this.memory.get(profileId) ?? (await this.load(profileId));
    const refreshToken = tokens.refreshToken ?? previous?.refreshToken;
    const merged: TokenSet = { ...tokens, refreshToken };
    this.memory.set(profileId, merged);
    try {
      if (tokens.refreshToken)
        await this.vault.set(profileId, 'refresh-token', tokens.refreshToken);
      await Promise.all([
        this.vault.set(profileId, 'id-token', tokens.idToken),
        this.vault.set(profileId, 'access-token', tokens.accessToken),
      ]);
    } catch (error) {
      this.log?.warn(
        `Tokens of profile ${profileId} are kept in memory only: the keychain refused them.`,
        error,
      );
    }
    return merged;
  }

  /** The tokens held in memory, without reading the keychain. */
  peek(profileId: string): TokenSet | undefined {
    return this.memory.get(profileId);
  }

  /** Forgets the tokens held in memory only (the keychain is the caller's to clean). */
  forget(profileId: string): void {
    this.memory.delete(profileId);
  }

  /**
   * Forgets every token of a profile, in memory and in the keychain; tries each item, then throws
   * the first failure (a locked keyring), so as much as can go does.
   */
  async clear(profileId: string): Promise<void> {
    this.memory.delete(profileId);
    const results = await Promise.allSettled(
      TOKEN_KINDS.map((kind) => this.vault.delete(profileId, kind)),
    );
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** The keychain items that make up a session. */
export const TOKEN_KINDS = ['id-token', 'access-token', 'refresh-token'] as const;

/** A refresh token without usable id/access tokens: already expired, so the next use refreshes. */
function refreshOnly(refreshToken: string): TokenSet {
  return { idToken: '', accessToken: '', refreshToken, expiresAt: 0, username: '' };
}
