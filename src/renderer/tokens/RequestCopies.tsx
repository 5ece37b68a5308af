// The copies that put a token into a request: an Authorization header line and a curl command.
// Each says which token it carries, chosen here: the ID token by default (what API Gateway's
// Cognito authorizer expects), or the access token (what an OAuth resource server wants).
import { useState } from 'react';

type Kind = 'id' | 'access';

/** The token choice and the two copies; an M2M session has only its access token to offer. */
export function RequestCopies(props: {
  hasIdToken: boolean;
  disabled: boolean;
  onCopy: (kind: Kind, format: 'header' | 'curl', what: string) => void;
}) {
  const [chosen, setChosen] = useState<Kind>('id');
  const kind: Kind = props.hasIdToken ? chosen : 'access';
  const tokenName = kind === 'id' ? 'ID token' : 'access token';
  return (
    <fieldset className="request-copies">
      <legend>Authorization header and curl</legend>
      {props.hasIdToken ? (
        <div className="token-choice" role="radiogroup" aria-label="Token in the header and curl">
          {(['id', 'access'] as const).map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="header-token"
                checked={chosen === option}
                onChange={() => {
                  setChosen(option);
                }}
              />
              {option === 'id' ? 'ID token' : 'Access token'}
            </label>
          ))}
        </div>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          disabled={props.disabled}
          onClick={() => {
            props.onCopy(kind, 'header', `Authorization header with the ${tokenName}`);
          }}
        >
          Copy Authorization header ({tokenName})
        </button>
        <button
          type="button"
          disabled={props.disabled}
          onClick={() => {
            props.onCopy(kind, 'curl', `Curl command with the ${tokenName}`);
          }}
        >
          Copy curl command ({tokenName})
        </button>
      </div>
    </fieldset>
  );
}
