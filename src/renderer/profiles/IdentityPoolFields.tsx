// The profile form's identity pool fields (under Advanced): the pool that trades the user's ID
// token for AWS credentials, and an optional role to ask it for.
import { KitField, type FormKit } from './FormKit';

/** Identity pool id and role ARN; password and browser profiles only (M2M has no ID token). */
export function IdentityPoolFields({ kit }: { kit: FormKit }) {
  return (
    <>
      <KitField
        kit={kit}
        name="identityPoolId"
        label="Identity pool id, for AWS credentials (optional)"
        placeholder="us-east-1:1a2b3c4d-1234-5678-9abc-def012345678"
        spellCheck={false}
      />
      <KitField
        kit={kit}
        name="roleArn"
        label="Role to ask the identity pool for (optional)"
        placeholder="arn:aws:iam::123456789012:role/Developers"
        spellCheck={false}
      />
    </>
  );
}
