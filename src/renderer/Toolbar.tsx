// The top bar: the app's name, and the actions that are not about one profile.
import type { Screen } from './screen';
import { call } from './bridge';
import { useAction } from './hooks/use-action';
import { ErrorLine } from './ui/ErrorLine';

// The export is a download of the text main wrote: no ids, no secrets.
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** The app's toolbar. */
export function Toolbar({
  profilesCount,
  onNavigate,
}: {
  profilesCount: number;
  onNavigate: (screen: Screen) => void;
}) {
  const action = useAction();
  return (
    <header className="masthead">
      <div className="mark" aria-hidden="true" />
      <h1>Cognito Token Manager</h1>
      <div className="button-row toolbar" role="toolbar" aria-label="App">
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
                download(file.fileName, file.text);
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
