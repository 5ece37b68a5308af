// The profile form's values and their checks, from the same zod schema the store uses, so a
// field error shows while typing and the store never sees a value it would refuse.
import { issueSentences, ProfileInputSchema, regionOfPool } from '../../shared/profile';
import type { ProfileView } from '../../shared/contract-views';

/** The form's fields as typed. */
export interface FormValues {
  name: string;
  userPoolId: string;
  clientId: string;
  authFlow: 'srp' | 'password' | 'choice';
  /** The choice flow's preferred method ('' for none). */
  preferredChallenge: string;
  username: string;
  rememberPassword: boolean;
  endpoint: string;
  refreshAheadSeconds: string;
}

/** Empty values for a new profile. */
export const EMPTY_FORM: FormValues = {
  name: '',
  userPoolId: '',
  clientId: '',
  authFlow: 'srp',
  preferredChallenge: '',
  username: '',
  rememberPassword: false,
  endpoint: '',
  refreshAheadSeconds: '300',
};

/** A stored profile's values in the form. */
export function formValuesOf(profile: ProfileView): FormValues {
  return {
    name: profile.name,
    userPoolId: profile.userPoolId,
    clientId: profile.clientId,
    authFlow: profile.authFlow,
    preferredChallenge: profile.preferredChallenge ?? '',
    username: profile.username,
    rememberPassword: profile.rememberPassword,
    endpoint: profile.endpoint ?? '',
    refreshAheadSeconds: String(profile.refreshAheadSeconds),
  };
}

/** The values as the bridge carries them (empty optional fields left out). */
export function toFields(values: FormValues) {
  const seconds = Number(values.refreshAheadSeconds);
  return {
    name: values.name.trim(),
    userPoolId: values.userPoolId.trim(),
    clientId: values.clientId.trim(),
    authFlow: values.authFlow,
    username: values.username.trim(),
    rememberPassword: values.rememberPassword,
    refreshAheadSeconds: values.refreshAheadSeconds.trim() === '' ? Number.NaN : seconds,
    ...(values.endpoint.trim() === '' ? {} : { endpoint: values.endpoint.trim() }),
    ...(values.authFlow === 'choice' && values.preferredChallenge !== ''
      ? { preferredChallenge: values.preferredChallenge }
      : {}),
  };
}

/** Field → its error sentence, from the store's schema. */
export function validate(values: FormValues): Partial<Record<keyof FormValues, string>> {
  const parsed = ProfileInputSchema.safeParse(toFields(values));
  if (parsed.success) return {};
  const errors: Partial<Record<keyof FormValues, string>> = {};
  parsed.error.issues.forEach((issue, i) => {
    const key = issue.path[0] as keyof FormValues | undefined;
    const sentence = issueSentences(parsed.error)[i] ?? issue.message;
    if (key && !(key in errors)) errors[key] = sentence.replace(/^[\w.[\]]+: /, '');
  });
  return errors;
}

/** The region as read from the pool id, or '' when it names none yet. */
export function regionHint(userPoolId: string): string {
  return regionOfPool(userPoolId.trim());
}
