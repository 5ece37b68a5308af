// The window: a toolbar, the banners, the profile list on the left and the selected screen on
// the right (a profile, a sign-in, a form, the import or the settings). It opens on the active
// profile (or the last one used), so the everyday copy is one click from launch. A message
// belongs to the screen it was said on: every navigation clears it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from './hooks/use-navigate';
import { useAppData } from './hooks/use-app-data';
import { listFocusTarget, usePendingFocus } from './hooks/use-pending-focus';
import { ProfileDetail } from './profiles/ProfileDetail';
import { ProfileForm } from './profiles/ProfileForm';
import { ProfileList } from './profiles/ProfileList';
import { ImportPanel } from './profiles/ImportPanel';
import { SettingsPanel } from './settings/SettingsPanel';
import { SignIn } from './signin/SignIn';
import { Banners } from './ui/Banners';
import { Toolbar } from './Toolbar';
import { Footer } from './Footer';
import { launchScreen, type Screen } from './screen';
import type { ProfileView } from '../shared/contract-views';

/** The root component. */
export function App() {
  const data = useAppData();
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const [note, setNote] = useState('');
  const [listShown, setListShown] = useState(true);
  const requestFocus = usePendingFocus();
  const selectedId = 'id' in screen ? screen.id : null;
  const profile = data.profiles.find((p) => p.id === selectedId);
  const go = useCallback((next: Screen, message = '') => {
    setNote(message);
    setScreen(next);
  }, []);
  const open = (id: string, focusMain = false) => {
    go({ kind: 'profile', id, focusMain });
  };
  useNavigate(go);
  // After a save: the sign-in ("Add and sign in") or the profile, with what the save could not do.
  const saved = (p: ProfileView, outcome: { signIn: boolean; notice?: string }) => {
    const next: Screen = outcome.signIn
      ? { kind: 'sign-in', id: p.id, auto: true }
      : { kind: 'profile', id: p.id };
    go(next, outcome.notice ?? '');
  };

  // At launch, once: the active profile (or the last one used), its main button focused.
  const launched = useRef(false);
  useEffect(() => {
    if (!data.loaded || launched.current) return;
    launched.current = true;
    setScreen((current) => (current.kind === 'home' ? launchScreen(data) : current));
  }, [data]);

  let main;
  if (screen.kind === 'add') {
    main = (
      <ProfileForm
        defaultRefreshAhead={data.settings?.refreshAheadSeconds}
        onSaved={saved}
        onCancel={() => {
          go({ kind: 'home' });
        }}
      />
    );
  } else if (screen.kind === 'import') {
    main = (
      <ImportPanel
        onDone={(message) => {
          go({ kind: 'home' }, message);
        }}
        onCancel={() => {
          go({ kind: 'home' });
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
          go({ kind: 'home' });
        }}
      />
    );
  } else if (profile && screen.kind === 'edit') {
    main = (
      <ProfileForm
        key={profile.id}
        profile={profile}
        focusField={screen.field}
        onSaved={saved}
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
        auto={screen.auto ?? false}
        onSignedIn={() => {
          open(profile.id, true);
          data.reload();
        }}
        onCancel={() => {
          open(profile.id);
        }}
        onFix={(field) => {
          go({ kind: 'edit', id: profile.id, field });
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
        focusMain={screen.kind === 'profile' && screen.focusMain === true}
        onSignIn={() => {
          go({ kind: 'sign-in', id: profile.id, auto: true });
        }}
        onEdit={(field) => {
          go({ kind: 'edit', id: profile.id, ...(field ? { field } : {}) });
        }}
        onDeleted={(message) => {
          go({ kind: 'home' }, message);
          const gone = profile.id;
          // Once the list has dropped the profile: its current item, or the empty screen's button.
          requestFocus(() =>
            document.querySelector(`[data-profile-id="${CSS.escape(gone)}"]`)
              ? null
              : (listFocusTarget() ?? document.querySelector<HTMLElement>('.empty button.primary')),
          );
        }}
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
              go({ kind: 'add' });
            }}
          >
            Add a profile
          </button>
          <button
            type="button"
            onClick={() => {
              go({ kind: 'import' });
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

  const hasList = data.profiles.length > 0;
  return (
    <div className="shell">
      <Toolbar
        profilesCount={data.profiles.length}
        listShown={hasList ? listShown : null}
        onToggleList={() => {
          setListShown((shown) => !shown);
        }}
        onNavigate={go}
        onSay={setNote}
      />
      <Banners notices={data.notices} />
      {data.error ? (
        <p className="error" role="alert">
          {data.error}
        </p>
      ) : null}
      <div className={listShown ? 'workspace' : 'workspace list-collapsed'}>
        {hasList ? (
          <ProfileList
            profiles={data.profiles}
            sessions={data.sessions}
            activeId={data.activeId}
            selectedId={selectedId}
            onOpen={(id) => {
              open(id);
            }}
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
