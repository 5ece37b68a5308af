// One token's claims as a table a person reads, every claim the token carries (custom ones
// included), then its decoded header and payload as they are, with a copy of the payload.
import type { TokenSummary } from '../../shared/contract-views';
import { claimLabel, claimText } from './claim-text';
import { DecodedToken } from './DecodedToken';

/** The claims of the ID or access token; `onCopyPayload` asks main to copy the payload. */
export function ClaimsTable({
  title,
  token,
  now,
  onCopyPayload,
  copyDisabled,
}: {
  title: string;
  token: TokenSummary;
  now: number;
  onCopyPayload: () => void;
  copyDisabled: boolean;
}) {
  return (
    <div className="claims-block">
      <table className="claims">
        <caption>{title}</caption>
        <tbody>
          {token.claims.map((claim) => (
            <tr key={claim.name}>
              <th scope="row">{claimLabel(claim.name)}</th>
              <td>{claimText(claim, now)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Token</th>
            <td>{token.preview}</td>
          </tr>
        </tbody>
      </table>
      <DecodedToken
        title={title}
        token={token}
        onCopyPayload={onCopyPayload}
        copyDisabled={copyDisabled}
      />
    </div>
  );
}
