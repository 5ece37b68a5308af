// One challenge on its own screen: a new password (with its confirmation and the attributes
// the pool requires), a code, a choice of MFA method, or setting up an authenticator. The form
// checks itself: an empty field says it is needed under it (never the browser's bubble), and the
// cursor goes to the first one to fix.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { SignInStepView } from '../../shared/contract-views';
import type { IpcError } from '../../shared/contract';
import { fieldErrors } from '../hooks/use-action';
import { ErrorLine } from '../ui/ErrorLine';
import { Field } from '../ui/Field';
import { escapeCancels, focusFirstInvalid } from '../ui/form-keys';
import { SubmitOrCancel } from '../ui/Spinner';
import { MfaSetupPanel } from './MfaSetupPanel';
import { NewPasswordFields, useNewPassword } from '../ui/NewPasswordFields';

type Challenge = Extract<SignInStepView, { type: 'challenge' }>;

const TITLES: Record<Challenge['challenge'], string> = {
  NEW_PASSWORD_REQUIRED: 'Choose a new password',
  SMS_MFA: 'Enter the SMS code',
  EMAIL_OTP: 'Enter the email code',
  SOFTWARE_TOKEN_MFA: 'Enter the authenticator code',
  SELECT_MFA_TYPE: 'Choose how to confirm it is you',
  SELECT_CHALLENGE: 'Choose how to sign in',
  SMS_OTP: 'Enter the SMS code',
  MFA_SETUP: 'Set up an authenticator app',
};

const MFA_NAMES: Record<string, string> = {
  SMS_MFA: 'A code by SMS',
  SOFTWARE_TOKEN_MFA: 'A code from an authenticator app',
  EMAIL_OTP: 'A code by email',
  SMS_OTP: 'A code by SMS',
  PASSWORD: 'The password',
  PASSWORD_SRP: 'The password (SRP: it never leaves this computer)',
};

// Cognito refuses a new password with its policy sentence: it belongs under that field.
const PASSWORD_CODES = new Set(['invalid-password']);

/** The form of one challenge; `onAnswer` sends the answers to main. */
export function ChallengeForm(props: {
  /** The profile signing in: "Copy key" asks main to copy its set-up key. */
  profileId: string;
  step: Challenge;
  pending: boolean;
  error: IpcError | null;
  onAnswer: (answers: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const { step, pending, error } = props;
  const [answers, setAnswers] = useState<Record<string, string>>({});
  // NEW_PASSWORD_REQUIRED's new password, typed twice; it goes out as the 'newPassword' answer.
  const newPassword = useNewPassword();
  const asksNewPassword = step.fields.some((f) => f.kind === 'new-password');
  const set = (name: string, value: string) => {
    setAnswers((prev) => ({ ...prev, [name]: value }));
  };
  const passwordError = error && PASSWORD_CODES.has(error.code) ? error.message : undefined;
  const codeError = error && !passwordError ? error.message : undefined;
  // Fields left empty at the last submit: each says it is needed.
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [attempts, setAttempts] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempts > 0 || error) focusFirstInvalid(form.current);
  }, [attempts, error]);
  const needed = (name: string, sentence: string) => (missing.has(name) ? sentence : undefined);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const empty = step.fields.filter(
      (f) =>
        f.kind !== 'new-password' && (f.required || f.kind !== 'attribute') && !answers[f.name],
    );
    setMissing(new Set(empty.map((f) => f.name)));
    const passwordOk = !asksNewPassword || newPassword.check();
    if (!passwordOk || empty.length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    const fields = step.fields.filter((f) => f.kind === 'new-password');
    const typed = Object.fromEntries(fields.map((f) => [f.name, newPassword.value]));
    props.onAnswer({ ...answers, ...typed });
  };

  return (
    <form
      ref={form}
      className="panel"
      onSubmit={submit}
      onKeyDown={escapeCancels(props.onCancel)}
      noValidate
      aria-labelledby="challenge-title"
    >
      <h2 id="challenge-title">{TITLES[step.challenge]}</h2>
      <p>{step.prompt}</p>
      {step.otpauthUri ? (
        <MfaSetupPanel otpauthUri={step.otpauthUri} profileId={props.profileId} />
      ) : null}
      {step.fields.map((field) => {
        const value = answers[field.name] ?? '';
        if (field.kind === 'new-password') {
          return (
            <NewPasswordFields
              key={field.name}
              state={newPassword}
              label={field.label}
              error={passwordError}
              autoFocus
            />
          );
        }
        if (field.kind === 'choice') {
          const unchosen = needed(field.name, 'Choose one of these.');
          return (
            <fieldset
              key={field.name}
              className="choices"
              role="radiogroup"
              aria-invalid={unchosen ? true : undefined}
              aria-describedby={unchosen ? `${field.name}-needed` : undefined}
            >
              <legend>{field.label}</legend>
              {(field.options ?? []).map((option) => (
                <label key={option} className="choice">
                  <input
                    type="radio"
                    name={field.name}
                    value={option}
                    checked={value === option}
                    onChange={() => {
                      set(field.name, option);
                    }}
                  />
                  {MFA_NAMES[option] ?? option}
                </label>
              ))}
              {unchosen ? (
                <p className="field-error" id={`${field.name}-needed`}>
                  {unchosen}
                </p>
              ) : null}
              {step.challenge === 'SELECT_CHALLENGE' && value.startsWith('PASSWORD') ? (
                <Field
                  label="Password"
                  type="password"
                  autoComplete="current-password"
                  hint="Leave it empty if you typed it on the first screen."
                  value={answers.password ?? ''}
                  error={passwordError ?? codeError}
                  onChange={(e) => {
                    set('password', e.target.value);
                  }}
                />
              ) : null}
            </fieldset>
          );
        }
        if (field.kind === 'code') {
          return (
            <Field
              key={field.name}
              label={field.label}
              autoComplete="one-time-code"
              inputMode="numeric"
              autoFocus={!step.otpauthUri}
              value={value}
              error={needed(field.name, 'Enter the code.') ?? codeError}
              onChange={(e) => {
                set(field.name, e.target.value.trim());
              }}
            />
          );
        }
        return (
          <Field
            key={field.name}
            label={field.required ? field.label : `${field.label} (optional)`}
            value={value}
            error={
              needed(field.name, `${field.label} is needed.`) ?? fieldErrors(error, field.name)[0]
            }
            onChange={(e) => {
              set(field.name, e.target.value);
            }}
          />
        );
      })}
      {error && !passwordError && !step.fields.some((f) => f.kind === 'code') ? (
        <ErrorLine error={error} />
      ) : null}
      <SubmitOrCancel pending={pending} label="Continue" onCancel={props.onCancel} />
    </form>
  );
}
