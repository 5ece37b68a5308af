// The import preview's choices and what the import then says, as pure functions: a conflict
// (a stored profile has the name) is skipped unless the person says otherwise; a new profile is
// added unless skipped; an identical one needs nothing.
import type { ResponseOf } from '../../shared/contract';
import type { ImportPreviewItem } from '../../shared/contract-views';

/** The file as it is sent to main, for the preview and then the import. */
export interface ImportFile {
  fileName: string;
  text: string;
  username?: string;
  name?: string;
}

/** What the person chose for one profile of the file. */
export type Choice = 'add' | 'skip' | 'replace' | 'keep-both';

/** The choices a row offers, with their visible labels; identical rows offer none. */
export function choicesFor(item: ImportPreviewItem): readonly { choice: Choice; label: string }[] {
  if (item.status === 'new') {
    return [
      { choice: 'add', label: 'Add' },
      { choice: 'skip', label: 'Skip' },
    ];
  }
  if (item.status === 'identical') return [];
  return [
    { choice: 'skip', label: 'Skip' },
    { choice: 'replace', label: 'Replace' },
    { choice: 'keep-both', label: 'Keep both' },
  ];
}

/** The safe default: add what is new, leave every stored profile as it is. */
export function defaultChoice(item: ImportPreviewItem): Choice {
  return item.status === 'new' ? 'add' : 'skip';
}

/** The choices as the import request carries them (a new profile's "add" needs no word). */
export function requestChoices(
  items: readonly ImportPreviewItem[],
  chosen: ReadonlyMap<string, Choice>,
): { name: string; choice: 'skip' | 'replace' | 'keep-both' }[] {
  return items.flatMap((item) => {
    const choice = chosen.get(item.name) ?? defaultChoice(item);
    return choice === 'add' ? [] : [{ name: item.name, choice }];
  });
}

/** How many profiles the import will change. */
export function changeCount(
  items: readonly ImportPreviewItem[],
  chosen: ReadonlyMap<string, Choice>,
): number {
  return items.filter((item) => (chosen.get(item.name) ?? defaultChoice(item)) !== 'skip').length;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What the import did, in one or two sentences. */
export function outcomeSentence(outcome: ResponseOf<'ctm:import-profiles'>): string {
  const parts = [`Added ${plural(outcome.added.length, 'profile')}`];
  if (outcome.replaced.length > 0) parts.push(`replaced ${outcome.replaced.length}`);
  if (outcome.skipped.length > 0) parts.push(`left ${outcome.skipped.length} as they were`);
  const notes = outcome.notes.join(' ');
  return `${parts.join(', ')}.${notes ? ` ${notes}` : ''}`;
}
