// The first screen: the app's name, an empty profile list, and what the app says about itself.
import { useAppInfo, type AppInfoState } from './use-app-info';

const PLATFORM_NAMES: Record<string, string> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
};

function AppInfoLine({ state }: { state: AppInfoState }) {
  switch (state.status) {
    case 'loading':
      return <span data-testid="app-info-loading">Asking the app about itself…</span>;
    case 'failed':
      return (
        <span className="error" role="alert" data-testid="app-info-error">
          {state.message}
        </span>
      );
    case 'ready':
      return (
        <span data-testid="app-info">
          <span data-testid="app-info-name">{state.info.name}</span>{' '}
          <span data-testid="app-info-version">{state.info.version}</span>
          {' · '}
          <span data-testid="app-info-platform">
            {PLATFORM_NAMES[state.info.platform] ?? state.info.platform}
          </span>
        </span>
      );
  }
}

/** The root component. */
export function App() {
  const appInfo = useAppInfo();
  return (
    <div className="shell">
      <header className="masthead">
        <div className="mark" aria-hidden="true" />
        <h1 data-testid="app-name">Cognito Token Manager</h1>
      </header>
      <main className="content">
        <section className="empty" data-testid="profiles-empty" aria-labelledby="profiles-title">
          <h2 id="profiles-title">No profiles yet</h2>
          <p>
            A profile remembers a user pool, an app client and who signs in, so a fresh token is
            always one click away.
          </p>
        </section>
      </main>
      <footer className="status">
        <AppInfoLine state={appInfo} />
      </footer>
    </div>
  );
}
