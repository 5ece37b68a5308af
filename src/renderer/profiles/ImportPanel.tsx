// Import a profile export or an Amplify config, in two steps: the window reads the file (up to
// 1 MB) and main says what importing it would change (nothing is written yet); the preview then
// asks what to do with each profile, and only its Import changes anything. Amplify files name no
// user, so the username of a password profile is asked for here; an OAuth block in the file also
// makes a browser profile, which needs none.
import { useState, type SyntheticEvent } from 'react';
import type { ResponseOf } from '../../shared/contract';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { Field } from '../ui/Field';
import { escapeCancels } from '../ui/form-keys';
import { SubmitOrCancel } from '../ui/Spinner';
import type { ImportFile } from './import-choices';
import { ImportPreview } from './ImportPreview';

const MAX_BYTES = 1024 * 1024;

/** The import screen; `onDone` with a sentence saying what was imported. */
export function ImportPanel({
  onDone,
  onCancel,
}: {
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [preview, setPreview] = useState<{
    request: ImportFile;
    answer: ResponseOf<'ctm:preview-import'>;
  } | null>(null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError('Choose a file to import.');
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError(`${file.name} is larger than 1 MB; a profile or Amplify file is far smaller.`);
      return;
    }
    const request: ImportFile = {
      fileName: file.name.slice(0, 255),
      text: await file.text(),
      ...(username.trim() ? { username: username.trim() } : {}),
      ...(name.trim() ? { name: name.trim() } : {}),
    };
    await action.run(
      () => call((api) => api.previewImport(request)),
      (answer) => {
        setPreview({ request, answer });
      },
    );
  };

  if (preview) {
    return (
      <ImportPreview
        request={preview.request}
        preview={preview.answer}
        onDone={onDone}
        onBack={() => {
          setPreview(null);
        }}
        onCancel={onCancel}
      />
    );
  }
  return (
    <form
      className="panel"
      onSubmit={(e) => void submit(e)}
      onKeyDown={escapeCancels(onCancel)}
      noValidate
      aria-labelledby="import-title"
    >
      <h2 id="import-title">Import profiles</h2>
      <p>
        A profile export from this app, an amplify_outputs.json or an aws-exports file. You see what
        changes before anything does.
      </p>
      <Field
        label="File to import"
        type="file"
        accept=".json,.js,.mjs,.cjs,application/json"
        error={fileError}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setFileError(undefined);
        }}
      />
      <Field
        label="Username (Amplify files name no user)"
        hint="For the password profile; the browser profile an OAuth block makes needs none."
        autoComplete="off"
        value={username}
        onChange={(e) => {
          setUsername(e.target.value);
        }}
      />
      <Field
        label="Profile name (optional, for Amplify files)"
        value={name}
        onChange={(e) => {
          setName(e.target.value);
        }}
      />
      <ErrorLine error={action.error} />
      {action.error?.details?.length ? (
        <ul className="error-details">
          {action.error.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      <SubmitOrCancel pending={action.pending} label="Show what changes" onCancel={onCancel} />
    </form>
  );
}
