// Tokens of signed-in profiles: in memory for speed, mirrored to the keychain so a restart or
// another process (the CLI) can use them without signing in again.
import type { TokenSet } from '../../shared/auth';
import type { SecretVault } from '../secrets/types';
import { tokenSetFromJwts } from '../cognito/jwt';

/** The per-profile token store the session manager reads and writes. */
export class TokenCache {
  private readonly memory = new Map<string, TokenSet>();

  constructor(private readonly vault: SecretVault) {}

  /** The cached tokens of a profile (memory first unless `fromVault`, then the keychain), or null. */
  async load(profileId: string, options: { fromVault?: boolean } = {}): Promise<TokenSet | null> {
    const inMemory = this.memory.get(profileId);
    if (inMemory && !options.fromVault) return inMemory;
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
   * Saves new tokens. The refresh token is written first: with rotation, the old one is already
   * dead, so handing out tokens before the new one is safe would strand the session on a crash.
   */
  async save(profileId: string, tokens: TokenSet): Promise<TokenSet> {
    const previous = this.memory.get(profileId) ?? (await this.load(profileId));
    const refreshToken = tokens.refreshToken ?? previous?.refreshToken;
    if (tokens.refreshToken) await this.vault.set(profileId, 'refresh-token', tokens.refreshToken);
    const merged: TokenSet = { ...tokens, refreshToken };
    this.memory.set(profileId, merged);
    await Promise.all([
      this.vault.set(profileId, 'id-token', tokens.idToken),
      this.vault.set(profileId, 'access-token', tokens.accessToken),
    ]);
    return merged;
  }

  /** Forgets the tokens held in memory only (the keychain is the caller's to clean). */
  forget(profileId: string): void {
    this.memory.delete(profileId);
  }

  /** Forgets every token of a profile, in memory and in the keychain. */
  async clear(profileId: string): Promise<void> {
    this.memory.delete(profileId);
    await Promise.all([
      this.vault.delete(profileId, 'id-token'),
      this.vault.delete(profileId, 'access-token'),
      this.vault.delete(profileId, 'refresh-token'),
    ]);
  }
}

/** A refresh token without usable id/access tokens: already expired, so the next use refreshes. */
function refreshOnly(refreshToken: string): TokenSet {
  return { idToken: '', accessToken: '', refreshToken, expiresAt: 0, username: '' };
}
