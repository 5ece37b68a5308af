// What the token view and the import preview say: claims named and formatted, the choices an
// import row offers and the sentence an import ends with; and which form field a doctor's
// failure is fixed in, and in what order a report is read.
import { describe, expect, it } from 'vitest';
import { claimLabel, claimText, whenText } from '../../src/renderer/tokens/claim-text';
import {
  changeCount,
  choicesFor,
  outcomeSentence,
  requestChoices,
  type Choice,
} from '../../src/renderer/profiles/import-choices';
import { fieldOfCheck, orderChecks } from '../../src/renderer/profiles/doctor-fields';
import { launchScreen } from '../../src/renderer/screen';

describe('claims', () => {
  it('name the known ones beside their claim, and show custom ones as they are', () => {
    expect(claimLabel('exp')).toBe('Expires (exp)');
    expect(claimLabel('cognito:groups')).toBe('Groups (cognito:groups)');
    expect(claimLabel('custom:team')).toBe('custom:team');
    expect(claimLabel('constructor')).toBe('constructor');
  });

  it('show times as local time with the time left or gone, lists joined', () => {
    const at = Date.UTC(2030, 0, 1);
    expect(whenText(at, at - 65_000)).toBe(`${new Date(at).toLocaleString()} (in 1:05)`);
    expect(whenText(at, at + 3_725_000)).toMatch(/\(1:02:05 ago\)$/);
    expect(claimText({ name: 'exp', value: '1', at }, at)).toMatch(/\(now\)$/);
    expect(claimText({ name: 'cognito:groups', value: '["a","b"]' }, 0)).toBe('a, b');
    expect(claimText({ name: 'x', value: '[1,2]' }, 0)).toBe('[1,2]');
    expect(claimText({ name: 'x', value: '' }, 0)).toBe('—');
  });
});

describe('import choices', () => {
  const items = [
    { name: 'a', status: 'new' as const, detail: '' },
    { name: 'b', status: 'identical' as const, detail: '' },
    { name: 'c', status: 'conflict' as const, detail: '' },
  ];

  it('offer Add/Skip for new, nothing for identical, Skip/Replace/Keep both for a conflict', () => {
    expect(items.map((item) => choicesFor(item).map((c) => c.label))).toEqual([
      ['Add', 'Skip'],
      [],
      ['Skip', 'Replace', 'Keep both'],
    ]);
  });

  it('send only what is not the plain add, and count what changes', () => {
    const chosen = new Map<string, Choice>([['c', 'keep-both']]);
    expect(requestChoices(items, chosen)).toEqual([
      { name: 'b', choice: 'skip' },
      { name: 'c', choice: 'keep-both' },
    ]);
    expect(changeCount(items, chosen)).toBe(2);
    expect(changeCount(items, new Map())).toBe(1);
  });

  it('end with what the import did', () => {
    const outcome = { source: 'profile-export', notes: [], replaced: ['c'] };
    expect(
      outcomeSentence({ ...outcome, added: ['a'], skipped: [{ name: 'b', reason: 'x' }] }),
    ).toBe('Added 1 profile, replaced 1, left 1 as they were.');
    expect(outcomeSentence({ ...outcome, added: [], replaced: [], skipped: [] })).toBe(
      'Added 0 profiles.',
    );
  });
});

describe('doctor report', () => {
  it('opens the field a failure is fixed in, none for what the profile cannot change', () => {
    expect(fieldOfCheck('client')).toBe('clientId');
    expect(fieldOfCheck('flow-user_srp_auth')).toBe('authFlow');
    expect(fieldOfCheck('clock')).toBeNull();
    expect(fieldOfCheck('toString')).toBeNull();
  });

  it('reads failures first and sets the passes apart', () => {
    const check = (id: string, status: 'pass' | 'fail' | 'info' | 'skip') => ({
      id,
      status,
      title: id,
      sentence: '',
    });
    const { shown, passed } = orderChecks([
      check('p1', 'pass'),
      check('i1', 'info'),
      check('f1', 'fail'),
      check('p2', 'pass'),
    ]);
    expect(shown.map((c) => c.id)).toEqual(['f1', 'i1']);
    expect(passed.map((c) => c.id)).toEqual(['p1', 'p2']);
  });
});

describe('launch', () => {
  const profiles = [{ id: 'a' }, { id: 'b' }];
  it('opens on the active profile, else the last one used, else home', () => {
    expect(launchScreen({ profiles, activeId: 'a', lastUsedId: 'b' })).toEqual({
      kind: 'profile',
      id: 'a',
      focusMain: true,
    });
    expect(launchScreen({ profiles, activeId: null, lastUsedId: 'b' })).toMatchObject({ id: 'b' });
    expect(launchScreen({ profiles, activeId: 'gone', lastUsedId: null })).toEqual({
      kind: 'home',
    });
  });
});
