// An import's preview and choices, on store data in memory: each profile of a file is new,
// identical or in conflict; a conflict is skipped, replaced or kept beside under a free name,
// and an explicit skip leaves even a new profile out.
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../src/main/profiles/import-preview';
import { emptyStoreData } from '../../src/main/profiles/store-data';
import { applyImport, freeName, parseNewProfile } from '../../src/main/profiles/store-ops';
import { nameKey } from '../../src/shared/profile';

const incoming = (name: string, pool: string, client = 'client1') =>
  parseNewProfile({ name, userPoolId: `eu-west-1_${pool}`, clientId: client, username: 'ada' });

function storeWith(...names: [string, string][]) {
  const data = emptyStoreData();
  let n = 0;
  applyImport(
    data,
    names.map(([name, pool]) => incoming(name, pool)),
    { overwrite: false },
    () => `id-${(n += 1)}`,
  );
  return data;
}

describe('import preview', () => {
  it('tells new, identical and conflicting profiles apart, saying what differs', () => {
    const data = storeWith(['same', 'A'], ['Other', 'B']);
    const items = previewImport(data.profiles, [
      incoming('same', 'A'),
      incoming('other', 'C'),
      incoming('fresh', 'D'),
    ]);
    expect(items).toEqual([
      { name: 'same', status: 'identical', detail: 'pool eu-west-1_A, client client1, user ada' },
      {
        name: 'other',
        status: 'conflict',
        detail: 'here: pool eu-west-1_B; in the file: pool eu-west-1_C',
      },
      { name: 'fresh', status: 'new', detail: 'pool eu-west-1_D, client client1, user ada' },
    ]);
  });
});

describe('import choices', () => {
  it('skips, replaces or keeps both as chosen; an explicit skip leaves a new one out', () => {
    const data = storeWith(['keep', 'A'], ['swap', 'B'], ['twin', 'C']);
    let n = 10;
    const choices = new Map([
      [nameKey('swap'), 'replace' as const],
      [nameKey('twin'), 'keep-both' as const],
      [nameKey('unwanted'), 'skip' as const],
    ]);
    const result = applyImport(
      data,
      [
        incoming('keep', 'A2'),
        incoming('swap', 'B2'),
        incoming('twin', 'C2'),
        incoming('unwanted', 'D'),
        incoming('brand new', 'E'),
      ],
      { overwrite: false, choices },
      () => `id-${(n += 1)}`,
    );
    expect(result.added.map((p) => p.name)).toEqual(['twin (2)', 'brand new']);
    expect(result.replaced.map((r) => r.profile.userPoolId)).toEqual(['eu-west-1_B2']);
    expect(result.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['keep', 'A profile named "keep" already exists; import with overwrite to replace it.'],
      ['unwanted', 'Skipped, as chosen.'],
    ]);
    expect(data.profiles.find((p) => p.name === 'twin')?.userPoolId).toBe('eu-west-1_C');
  });

  it('finds a free name, cut to the 64 characters a name may have', () => {
    const long = 'x'.repeat(64);
    const data = storeWith([long, 'A'], ['team (2)', 'B']);
    expect(freeName(data, 'team')).toBe('team (3)');
    expect(freeName(data, long)).toBe(`${'x'.repeat(60)} (2)`);
  });
});
