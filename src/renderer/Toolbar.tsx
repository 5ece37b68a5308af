// The top bar: the app's name, and the actions that are not about one profile. In a small window
// it slims down (the name is left to screen readers) and offers to fold the profile list away.
import { PRODUCT_NAME } from '../shared/product';
import type { Screen } from './screen';
import { call } from './bridge';
import { useAction } from './hooks/use-action';
import { ErrorLine } from './ui/ErrorLine';

/** The app's toolbar; `listShown` is null when there is no list to fold. */
export function Toolbar({
  profilesCount,
  listShown,
  onToggleList,
  onNavigate,
  onSay,
}: {
  profilesCount: number;
  listShown: boolean | null;
  onToggleList: () => void;
  onNavigate: (screen: Screen) => void;
  /** Says something on the current screen (where the export went). */
  onSay: (message: string) => void;
}) {
  const action = useAction();
  return (
    <header className="masthead">
      <div className="mark" aria-hidden="true" />
      <h1>{PRODUCT_NAME}</h1>
      <div className="button-row toolbar" role="toolbar" aria-label="App">
        {listShown === null ? null : (
          <button
            type="button"
            className="list-toggle"
            aria-expanded={listShown}
            aria-controls="profile-list"
            onClick={onToggleList}
          >
            Profiles
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            onNavigate({ kind: 'add' });
          }}
        >
          Add profile
        </button>
        <button
          type="button"
          onClick={() => {
            onNavigate({ kind: 'import' });
          }}
        >
          Import
        </button>
        <button
          type="button"
          disabled={profilesCount === 0 || action.pending}
          onClick={() => {
            void action.run(
              () => call((api) => api.exportProfiles({})),
              (file) => {
                const what = `${file.count} ${file.count === 1 ? 'profile' : 'profiles'}`;
                onSay(`Exported ${what} (no secrets) to ${file.path}.`);
              },
            );
          }}
        >
          Export
        </button>
        <button
          type="button"
          onClick={() => {
            onNavigate({ kind: 'settings' });
          }}
        >
          Settings
        </button>
      </div>
      <ErrorLine error={action.error} />
    </header>
  );
}
