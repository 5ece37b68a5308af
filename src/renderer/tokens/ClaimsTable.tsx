// One token's claims as a table a person reads: human times with relative ones beside them.
import type { TokenSummary } from '../../shared/contract-views';
import { countdown } from '../hooks/use-now';

function when(ms: number | undefined, now: number): string {
  if (ms === undefined) return '—';
  const at = new Date(ms).toLocaleString();
  const diff = ms - now;
  const relative = diff >= 0 ? `in ${countdown(diff)}` : `${countdown(-diff)} ago`;
  return `${at} (${relative})`;
}

/** The claims of the ID or access token. */
export function ClaimsTable({
  title,
  token,
  now,
}: {
  title: string;
  token: TokenSummary;
  now: number;
}) {
  const rows: [string, string][] = [
    ['Subject (sub)', token.sub ?? '—'],
    ['Username', token.username ?? '—'],
    ['Email', token.email ?? '—'],
    ['Groups', token.groups.join(', ') || '—'],
    ['Scopes', token.scopes.join(' ') || '—'],
    ['Client', token.clientId ?? '—'],
    ['Token use', token.tokenUse ?? '—'],
    ['Issuer', token.issuer ?? '—'],
    ['Auth time', when(token.authTime, now)],
    ['Issued', when(token.issuedAt, now)],
    ['Expires', when(token.expiresAt, now)],
    ['Token', token.preview],
  ];
  return (
    <table className="claims">
      <caption>{title}</caption>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
