// Builds the vault from today's source and runs it in child processes (vault-runner.mjs) with a
// chosen environment: libsecret binds to the first bus a process uses, so each scenario gets
// its own process. Bundling here (not using dist/) means tests never run a stale build.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sourceDir = join(repoRoot, 'src', 'main', 'secrets');
const childScript = fileURLToPath(new URL('./vault-runner.mjs', import.meta.url));

/** The vault's modules bundled to CommonJS in a temp folder, keytar left to require(). */
export interface VaultBuild {
  modulePath: string;
  cleanup(): Promise<void>;
}

/** What vault-runner.mjs uses, from the files that hold it (the room has no front door). */
const ENTRY = `
export { MemoryVaultIndex } from '${sourceDir}/memory-index';
export { openVault } from '${sourceDir}/open-vault';
export { probeKeychain } from '${sourceDir}/probe';
export { KeytarVault } from '${sourceDir}/keytar-vault';
export { loadKeytar } from '${sourceDir}/keytar-loader';
`;

/**
 * Bundles the vault (and what it imports from other rooms) into a temp folder, keytar external.
 * With `withKeytar: false` the folder has no route to node_modules, so loading keytar fails for
 * real (the 'keytar-missing' case).
 */
export async function buildVault(options: { withKeytar?: boolean } = {}): Promise<VaultBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'ctm-vault-build-'));
  await writeFile(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  await writeFile(join(dir, 'entry.ts'), ENTRY);
  await build({
    cwd: repoRoot,
    input: join(dir, 'entry.ts'),
    platform: 'node',
    external: ['keytar'],
    logLevel: 'warn',
    output: { file: join(dir, 'index.js'), format: 'cjs' },
  });
  if (options.withKeytar ?? true) {
    await mkdir(join(dir, 'node_modules'));
    await symlink(join(repoRoot, 'node_modules', 'keytar'), join(dir, 'node_modules', 'keytar'));
  }
  return {
    modulePath: join(dir, 'index.js'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** One operation for the child; see vault-runner.mjs. */
export type VaultStep =
  | { op: 'open' | 'probe' | 'keytar' }
  | { op: 'get' | 'delete'; profileId: string; kind: string }
  | { op: 'set'; profileId: string; kind: string; value: string }
  | { op: 'deleteAll'; profileId: string }
  | { op: 'raw-get' | 'raw-delete'; account: string }
  | { op: 'raw-set'; account: string; value: string };

const stepResult = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ name: z.string(), code: z.string().nullable(), message: z.string() }),
  }),
]);
const childReply = z.object({
  results: z.array(stepResult),
  index: z.array(z.object({ profileId: z.string(), kind: z.string() })),
  logs: z.array(z.string()),
});

/** One step's outcome: its value, or the error it threw (name, VaultError code, message). */
export type StepResult = z.infer<typeof stepResult>;

/** What the child reports, plus its stderr (GLib warnings land there). */
export type ChildReply = z.infer<typeof childReply> & { stderr: string };

/** What to run: the build, the environment (from the harness) and the steps, in one process. */
export interface ChildRequest {
  build: VaultBuild;
  env: NodeJS.ProcessEnv;
  serviceName: string;
  steps: VaultStep[];
  chunkBytes?: number;
  index?: { profileId: string; kind: string }[];
}

/** Runs the steps in a fresh Node process; rejects if the process crashes or times out. */
export function runVaultChild(request: ChildRequest, timeoutMs = 30_000): Promise<ChildReply> {
  const { build, env, ...rest } = request;
  const child = spawn(process.execPath, [childScript], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(JSON.stringify({ modulePath: build.modulePath, ...rest }));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const lastLine = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || lastLine === '') {
        reject(new Error(`vault child ended with code ${code} signal ${signal}: ${stderr}`));
        return;
      }
      resolve({ ...childReply.parse(JSON.parse(lastLine)), stderr });
    });
  });
}

/** One profile's keychain items of the given kinds, read raw in a fresh process (null: absent). */
export async function rawKeychainItems(
  request: Omit<ChildRequest, 'steps'>,
  profileId: string,
  kinds: readonly string[],
): Promise<(string | null)[]> {
  const reply = await runVaultChild({
    ...request,
    steps: kinds.map((kind) => ({ op: 'raw-get' as const, account: `${profileId}:${kind}` })),
  });
  return reply.results.map((result) => (result.ok ? (result.value as string | null) : 'error'));
}
