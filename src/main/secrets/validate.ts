// Checks at the vault's edge: callers may be plain JavaScript or hand over values from a file.
import { kindLabel } from './keychain-errors';
import { isSecretKind, type SecretKind } from './types';
import { VaultError } from '../../shared/errors';
import { utf8Bytes } from './chunking';

const MAX_PROFILE_ID_LENGTH = 200;

// Control characters would make item names unreadable in keychain tools.
function hasControlChar(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Throws 'invalid-input' unless the profile id is usable in an item name. */
export function assertProfileId(profileId: unknown): asserts profileId is string {
  if (
    typeof profileId !== 'string' ||
    profileId === '' ||
    profileId.length > MAX_PROFILE_ID_LENGTH ||
    hasControlChar(profileId)
  ) {
    throw new VaultError(
      'invalid-input',
      `A profile id must be 1 to ${MAX_PROFILE_ID_LENGTH} characters without control characters.`,
    );
  }
}

/** Throws 'invalid-input' unless the kind is one of SECRET_KINDS. */
export function assertKind(kind: unknown): asserts kind is SecretKind {
  if (!isSecretKind(kind)) {
    throw new VaultError('invalid-input', 'The vault was asked for an unknown kind of secret.');
  }
}

/** Throws unless the value is a non-empty string of at most `maxBytes` UTF-8 bytes. */
export function assertValue(
  value: unknown,
  kind: SecretKind,
  maxBytes: number,
): asserts value is string {
  if (typeof value !== 'string' || value === '') {
    throw new VaultError('invalid-input', `An empty ${kindLabel(kind)} cannot be saved.`);
  }
  const bytes = utf8Bytes(value);
  if (bytes > maxBytes) {
    throw new VaultError(
      'value-too-large',
      `The ${kindLabel(kind)} is ${bytes} bytes, more than the ${maxBytes} bytes the keychain can hold, so it was not saved.`,
    );
  }
}
