// What every kind's sign-in screen is given (password, browser, M2M).
import type { ProfileView } from '../../shared/contract-views';

/** The props of a sign-in screen. */
export interface SignInProps {
  profile: ProfileView;
  /** Start at once when nothing needs typing (a remembered password, M2M, the browser). */
  auto: boolean;
  onSignedIn: () => void;
  onCancel: () => void;
  /** Opens the profile form at a field (the doctor's "Fix"). */
  onFix: (field: string) => void;
}
