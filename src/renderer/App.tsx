// The window: a toolbar, the banners, the profile list on the left and the selected screen on
// the right (a profile, a sign-in, a form, the import or the settings).
import { useCallback, useState } from 'react';
import { useNavigate } from './hooks/use-navigate';
import { useAppData } from './hooks/use-app-data';
import { ProfileDetail } from './profiles/ProfileDetail';
import { ProfileForm } from './profiles/ProfileForm';
import { ProfileList } from './profiles/ProfileList';
import { ImportPanel } from './profiles/ImportPanel';
import { SettingsPanel } from './settings/SettingsPanel';
import { SignIn } from './signin/SignIn';
import { Banners } from './ui/Banners';
import { Toolbar } from './Toolbar';
import { Footer } from './Footer';
import type { Screen } from './screen';

/** The root component. */
export function App() {
  const data = useAppData();
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const [note, setNote] = useState('');
  const selectedId = 'id' in screen ? screen.id : null;
  const profile = data.profiles.find((p) => p.id === selectedId);
  const home = (message = '') => {
    setNote(message);
    setScreen({ kind: 'home' });
  };
  const open = (id: string) => {
    setNote('');
    setScreen({ kind: 'profile', id });
  };
  const go = useCallback((next: Screen) => {
    setNote('');
    setScreen(next);
  }, []);
  useNavigate(go);

  let main;
  if (screen.kind === 'add') {
    main = (
      <ProfileForm
        defaultRefreshAhead={data.settings?.refreshAheadSeconds}
        onSaved={(p) => {
          open(p.id);
        }}
        onCancel={() => {
          home();
        }}
      />
    );
  } else if (screen.kind === 'import') {
    main = (
      <ImportPanel
        onDone={home}
        onCancel={() => {
          home();
        }}
      />
    );
  } else if (screen.kind === 'settings' && data.settings) {
    main = (
      <SettingsPanel
        settings={data.settings}
        desktop={{
          shortcut: data.notices?.shortcut,
          tray: data.notices?.tray,
          clipboard: data.notices?.clipboard,
        }}
        onClose={() => {
          home();
        }}
      />
    );
  } else if (profile && screen.kind === 'edit') {
    main = (
      <ProfileForm
        key={profile.id}
        profile={profile}
        onSaved={(p, notice) => {
          open(p.id);
          if (notice) setNote(notice);
        }}
        onCancel={() => {
          open(profile.id);
        }}
      />
    );
  } else if (profile && screen.kind === 'sign-in') {
    main = (
      <SignIn
        key={profile.id}
        profile={profile}
        onSignedIn={() => {
          open(profile.id);
          data.reload();
        }}
        onCancel={() => {
          open(profile.id);
        }}
      />
    );
  } else if (profile) {
    main = (
      <ProfileDetail
        key={profile.id}
        profile={profile}
        row={data.sessions.get(profile.id)}
        active={profile.id === data.activeId}
        onSignIn={() => {
          setScreen({ kind: 'sign-in', id: profile.id });
        }}
        onEdit={() => {
          setScreen({ kind: 'edit', id: profile.id });
        }}
        onDeleted={home}
      />
    );
  } else if (data.loaded && data.profiles.length === 0 && !data.error) {
    main = (
      <section className="empty" aria-labelledby="profiles-title">
        <h2 id="profiles-title">No profiles yet</h2>
        <p>
          A profile remembers a user pool, an app client and who signs in, so a fresh token is
          always one click away.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setScreen({ kind: 'add' });
            }}
          >
            Add a profile
          </button>
          <button
            type="button"
            onClick={() => {
              setScreen({ kind: 'import' });
            }}
          >
            Import a file
          </button>
        </div>
      </section>
    );
  } else {
    main = data.profiles.length > 0 ? <p className="hint">Choose a profile on the left.</p> : null;
  }

  return (
    <div className="shell">
      <Toolbar profilesCount={data.profiles.length} onNavigate={setScreen} />
      <Banners notices={data.notices} />
      {data.error ? (
        <p className="error" role="alert">
          {data.error}
        </p>
      ) : null}
      <div className="workspace">
        {data.profiles.length > 0 ? (
          <ProfileList
            profiles={data.profiles}
            sessions={data.sessions}
            activeId={data.activeId}
            selectedId={selectedId}
            onOpen={open}
          />
        ) : null}
        <main className="content">
          {note ? (
            <p className="note" role="status">
              {note}
            </p>
          ) : null}
          {main}
        </main>
      </div>
      <Footer info={data.info} />
    </div>
  );
}
