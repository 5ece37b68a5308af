// The tray menu as data: what buildTrayMenu makes from the app's state and the TrayService in
// src/main/app renders with Electron. No Electron types here, so the model is tested in Node.
import type { SessionState } from '../../shared/session';
import type { SignInKind } from '../../shared/sign-in-kinds';
import type { TokenKind } from '../../shared/token-text';

/** What a menu item does when clicked; the service maps each kind to the facade or the window. */
export type TrayAction =
  | { kind: 'copy'; profileId: string; token: TokenKind; format: 'raw' | 'header' }
  /** An identity pool's AWS credentials, as sh export lines. */
  | { kind: 'copy-aws'; profileId: string }
  | { kind: 'refresh'; profileId: string }
  | { kind: 'sign-in'; profileId: string }
  /** An M2M profile: fetch an access token with the app client's credentials. */
  | { kind: 'get-token'; profileId: string }
  | { kind: 'sign-out'; profileId: string }
  | { kind: 'switch'; profileId: string }
  | { kind: 'open' }
  | { kind: 'open-list' }
  | { kind: 'settings' }
  | { kind: 'quit' };

/** One entry of the menu. A 'header' is an info line nobody can click. */
export type TrayItem =
  | { type: 'action'; label: string; action: TrayAction }
  | { type: 'radio'; label: string; checked: boolean; action: TrayAction }
  | { type: 'submenu'; label: string; items: TrayItem[] }
  | { type: 'header'; label: string }
  | { type: 'separator' };

/** A profile as the tray needs it. */
export interface TrayProfile {
  id: string;
  name: string;
  region: string;
  /** The username, or what the profile's kind signs in as ("app client (M2M)"). */
  username: string;
  /** How it signs in; absent means a password. */
  signIn?: SignInKind;
  /** True when it has an identity pool, which gives AWS credentials. */
  hasIdentityPool?: boolean;
}

/** Everything the menu is a function of. */
export interface TrayState {
  profiles: readonly TrayProfile[];
  sessions: ReadonlyMap<string, SessionState>;
  activeProfileId?: string | undefined;
  /** Profile ids, most recently used first. */
  recent: readonly string[];
  keychain: { ok: true } | { ok: false; message: string };
  platform: NodeJS.Platform;
  /** macOS: show the active profile's time left as the tray title. */
  showTitle: boolean;
  now: number;
}

/** The rendered model: the items, the tooltip and (macOS, opt-in) the title. */
export interface TrayMenu {
  items: TrayItem[];
  tooltip: string;
  title: string;
}
