// "Check this profile": the doctor's report, what is wrong first. Each failure says its fix and
// has a "Fix" button that opens the profile form at the field to change; the passes are folded
// into one line. Every verdict is in words, not only a symbol.
import { useEffect, useRef, useState } from 'react';
import type { DoctorReportView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { Spinner } from '../ui/Spinner';
import { fieldOfCheck, orderChecks } from './doctor-fields';

const VERDICTS = {
  pass: ['✓', 'Passed'],
  fail: ['✗', 'Failed'],
  info: ['i', 'Note'],
  skip: ['–', 'Not checked'],
} as const;

type Check = DoctorReportView['checks'][number];

/** The button and, once run, the report; `onFix(field)` opens the form at that field. */
export function ProfileChecks({
  profileId,
  onFix,
  runAtOnce = false,
}: {
  profileId: string;
  onFix: (field: string) => void;
  /** Run the checks as soon as it is shown (offered after a failed sign-in). */
  runAtOnce?: boolean;
}) {
  const action = useAction();
  const [report, setReport] = useState<DoctorReportView | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const run = () => {
    void action.run(() => call((api) => api.checkProfile({ id: profileId })), setReport);
  };
  const started = useRef(false);
  useEffect(() => {
    if (!runAtOnce || started.current) return;
    started.current = true;
    run();
  });
  useEffect(() => {
    if (report && runAtOnce) summary.current?.focus();
  }, [report, runAtOnce]);
  const { shown, passed } = orderChecks(report?.checks ?? []);
  return (
    <section className="checks" aria-labelledby="checks-title">
      <h3 id="checks-title">Check this profile</h3>
      <p className="hint">
        Asks Cognito about the pool and the app client with harmless calls: no password is needed or
        sent. For an app client (M2M) profile it fetches one access token and discards it.
      </p>
      <div className="button-row">
        <button type="button" disabled={action.pending} onClick={run}>
          {report ? 'Check again' : 'Check this profile'}
        </button>
        {action.pending ? <Spinner label="Checking" /> : null}
      </div>
      <ErrorLine error={action.error} />
      {report ? (
        <>
          <p role="status" tabIndex={-1} ref={summary}>
            {report.ok
              ? 'Nothing stops this profile from signing in.'
              : 'This profile cannot sign in until the failed checks are fixed.'}
          </p>
          <ul className="check-list">
            {shown.map((check) => (
              <CheckItem key={check.id} check={check} onFix={onFix} />
            ))}
          </ul>
          {passed.length > 0 ? (
            <details className="passed">
              <summary>
                {passed.length} {passed.length === 1 ? 'check' : 'checks'} passed
              </summary>
              <ul className="check-list">
                {passed.map((check) => (
                  <CheckItem key={check.id} check={check} onFix={onFix} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function CheckItem({ check, onFix }: { check: Check; onFix: (field: string) => void }) {
  const [mark, word] = VERDICTS[check.status];
  const field = check.status === 'fail' ? fieldOfCheck(check.id) : null;
  return (
    <li className={`check ${check.status}`}>
      <span className="check-mark" aria-hidden="true">
        {mark}
      </span>
      <span className="check-text">
        <strong>{check.title}</strong> <span className="verdict">({word})</span>: {check.sentence}
        {check.fix ? <span className="fix"> Fix: {check.fix}</span> : null}
      </span>
      {field ? (
        <button
          type="button"
          className="fix-button"
          aria-label={`Fix ${check.title}`}
          onClick={() => {
            onFix(field);
          }}
        >
          Fix
        </button>
      ) : null}
    </li>
  );
}
