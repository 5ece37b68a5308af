// The import's preview: each profile of the file is new, identical to the stored one of its name,
// or in conflict with it (same name, another pool or client…). A new one is added or skipped; a
// conflict is skipped, replaced, or kept beside the stored one under a new name. Nothing changes
// until Import.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { ResponseOf } from '../../shared/contract';
import type { ImportPreviewItem } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { escapeCancels } from '../ui/form-keys';
import { SubmitButton } from '../ui/Spinner';
import {
  changeCount,
  choicesFor,
  defaultChoice,
  outcomeSentence,
  requestChoices,
  type Choice,
  type ImportFile,
} from './import-choices';

const STATUS_WORDS: Record<ImportPreviewItem['status'], string> = {
  new: 'new',
  identical: 'already here, identical',
  conflict: 'name taken by a different profile',
};

/** The preview and its choices; `onDone` with what the import did. */
export function ImportPreview(props: {
  request: ImportFile;
  preview: ResponseOf<'ctm:preview-import'>;
  onDone: (message: string) => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { items, notes } = props.preview;
  const [chosen, setChosen] = useState<ReadonlyMap<string, Choice>>(new Map());
  const action = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const count = changeCount(items, chosen);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const choices = requestChoices(items, chosen);
    void action.run(
      () => call((api) => api.importProfiles({ ...props.request, choices })),
      (outcome) => {
        props.onDone(outcomeSentence(outcome));
      },
    );
  };
  return (
    <form
      className="panel import-preview"
      onSubmit={submit}
      onKeyDown={escapeCancels(props.onCancel)}
      noValidate
      aria-labelledby="preview-title"
    >
      <h2 id="preview-title" tabIndex={-1} ref={heading}>
        What importing {props.request.fileName} changes
      </h2>
      <p>Nothing has changed yet: choose what to do with each profile, then Import.</p>
      <ul className="preview-list">
        {items.map((item) => (
          <PreviewRow
            key={item.name}
            item={item}
            choice={chosen.get(item.name) ?? defaultChoice(item)}
            onChoose={(choice) => {
              setChosen((prev) => new Map(prev).set(item.name, choice));
            }}
          />
        ))}
      </ul>
      {notes.map((note) => (
        <p key={note} className="hint">
          {note}
        </p>
      ))}
      <ErrorLine error={action.error} />
      <div className="button-row form-actions">
        <SubmitButton pending={action.pending}>
          {count === 0
            ? 'Import nothing'
            : `Import ${count} ${count === 1 ? 'profile' : 'profiles'}`}
        </SubmitButton>
        <button type="button" onClick={props.onBack}>
          Back
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function PreviewRow(props: {
  item: ImportPreviewItem;
  choice: Choice;
  onChoose: (choice: Choice) => void;
}) {
  const { item } = props;
  const options = choicesFor(item);
  return (
    <li className={`preview-item ${item.status}`}>
      <fieldset>
        <legend>
          {item.name} <span className="status-word">({STATUS_WORDS[item.status]})</span>
        </legend>
        <p className="hint">{item.detail}</p>
        {options.length === 0 ? (
          <p className="hint">Nothing to do.</p>
        ) : (
          <div className="choice-row">
            {options.map(({ choice, label }) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name={`import-${item.name}`}
                  checked={props.choice === choice}
                  onChange={() => {
                    props.onChoose(choice);
                  }}
                />
                {label}
              </label>
            ))}
          </div>
        )}
      </fieldset>
    </li>
  );
}
