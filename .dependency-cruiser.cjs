// The rooms of the house, checked on every `npm test` (scripts/run-tests.mjs runs depcruise with
// this file). Each rule's name is what a violation prints; ARCHITECTURE.md says why each holds.

// Rooms with a front door: from outside the room, only its index.ts. The other rooms of src/main
// have none, and no index.ts (a test checks): the CLI's quick paths must load one file of theirs
// without the rest. main/app/index.ts is the app's entry, not a door.
const DOORS = ['oauth', 'identity', 'token-manager'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...DOORS.map((room) => ({
      name: `${room}-only-through-its-door`,
      comment: `From outside src/main/${room}, import only its index.ts: the door says what the room offers.`,
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/main/${room}/` },
      to: { path: `^src/main/${room}/`, pathNot: `^src/main/${room}/index\\.ts$` },
    })),
    {
      name: 'electron-only-in-app-and-preload',
      comment:
        'Everything else runs in plain Node (CLI, preview host, tests); type-only imports are fine.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(main/app|preload)/' },
      to: { path: '^(node_modules/)?electron(/|$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-imports-only-shared',
      comment: 'src/shared is loaded by every process: no Node, DOM or Electron code of ours.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'renderer-imports-only-shared',
      comment: 'The sandboxed renderer talks to main through window.tokenManager only.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '^src/', pathNot: '^src/(renderer|shared)/' },
    },
    {
      name: 'cli-never-imports-app',
      comment: 'The CLI runs in plain Node; src/main/app needs Electron.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/main/app/' },
    },
    {
      name: 'main-never-imports-cli',
      comment: 'The CLI is built on main, not the other way round.',
      severity: 'error',
      from: { path: '^src/main/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'engine-stands-alone',
      comment:
        'The Cognito engine, Cognito Identity and the OAuth library know nothing of profiles, the keychain, sessions or the facade.',
      severity: 'error',
      from: { path: '^src/main/(cognito|oauth|identity)/' },
      to: {
        path: '^src/main/(profiles|secrets|sessions|token-manager|handlers|clipboard|tray|log)/',
      },
    },
    {
      name: 'no-preview-code-in-release',
      comment: 'The preview host is for development and tests: nothing the app ships imports it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/preview/' },
      to: { path: '^src/preview/' },
    },
    {
      name: 'src-never-imports-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|e2e|scripts)/' },
    },
    {
      name: 'no-cycles',
      comment: 'Type-only cycles count too: they hide a missing room.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
