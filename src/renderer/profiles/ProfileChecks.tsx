// "Check this profile": the doctor's checks as a list, each with its verdict in words (not
// only a symbol), its sentence and, for a failure, the fix.
import { useState } from 'react';
import type { DoctorReportView } from '../../shared/contract-views';
import { call } from '../bridge';
import { useAction } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { Spinner } from '../ui/Spinner';

const VERDICTS = {
  pass: ['✓', 'Passed'],
  fail: ['✗', 'Failed'],
  info: ['i', 'Note'],
  skip: ['–', 'Not checked'],
} as const;

/** The button and, once run, the report. */
export function ProfileChecks({ profileId }: { profileId: string }) {
  const action = useAction();
  const [report, setReport] = useState<DoctorReportView | null>(null);
  return (
    <section className="checks" aria-labelledby="checks-title">
      <h3 id="checks-title">Check this profile</h3>
      <p className="hint">
        Asks Cognito about the pool and the app client with harmless calls: no password is needed or
        sent. For an app client (M2M) profile it fetches one access token and discards it.
      </p>
      <div className="button-row">
        <button
          type="button"
          disabled={action.pending}
          onClick={() => {
            void action.run(() => call((api) => api.checkProfile({ id: profileId })), setReport);
          }}
        >
          {report ? 'Check again' : 'Check this profile'}
        </button>
        {action.pending ? <Spinner label="Checking" /> : null}
      </div>
      <ErrorLine error={action.error} />
      {report ? (
        <>
          <p role="status">
            {report.ok
              ? 'Nothing stops this profile from signing in.'
              : 'This profile cannot sign in until the failed checks are fixed.'}
          </p>
          <ul className="check-list">
            {report.checks.map((check) => {
              const [mark, word] = VERDICTS[check.status];
              return (
                <li key={check.id} className={`check ${check.status}`}>
                  <span className="check-mark" aria-hidden="true">
                    {mark}
                  </span>
                  <span>
                    <strong>{check.title}</strong> <span className="verdict">({word})</span>:{' '}
                    {check.sentence}
                    {check.fix ? <span className="fix"> Fix: {check.fix}</span> : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
