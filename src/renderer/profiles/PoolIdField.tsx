// The user pool id field: the region is read from it; a pasted pool ARN or issuer URL is read as
// the pool id it names; a region Cognito is not in gets "did you mean", with a button to use it.
import { useState } from 'react';
import { poolIdFromPaste } from '../../shared/pool-id';
import { Field } from '../ui/Field';
import { regionHint } from './form-model';
import type { FormKit } from './FormKit';
import { regionAdvice, withRegion } from './region-advice';

/** The pool id input with its hints. */
export function PoolIdField({ kit }: { kit: FormKit }) {
  const [readFrom, setReadFrom] = useState('');
  const poolId = kit.values.userPoolId;
  const region = regionHint(poolId);
  const advice = regionAdvice(poolId.trim());
  let hint = region
    ? `Region: ${region} (read from the pool id)`
    : 'The region is read from the pool id.';
  if (readFrom) hint = `${hint}. Read from the ${readFrom} you pasted.`;
  return (
    <>
      <Field
        label="User pool id"
        name="userPoolId"
        placeholder="eu-west-1_AbC123"
        spellCheck={false}
        value={poolId}
        hint={hint}
        error={kit.errorOf('userPoolId')}
        onBlur={kit.touch('userPoolId')}
        onChange={(e) => {
          const pasted = poolIdFromPaste(e.target.value);
          setReadFrom(pasted?.from ?? '');
          kit.set('userPoolId', pasted?.poolId ?? e.target.value);
        }}
      />
      {advice ? (
        <div className="advice" role="status">
          <span>
            {advice.region} is not a region Cognito is in
            {advice.suggestion ? `; did you mean ${advice.suggestion}?` : '.'}
          </span>
          {advice.suggestion ? (
            <button
              type="button"
              onClick={() => {
                kit.set('userPoolId', withRegion(poolId.trim(), advice.suggestion ?? ''));
              }}
            >
              Use {advice.suggestion}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
