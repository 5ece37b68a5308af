// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const electronOnlyInApp = {
  paths: [
    {
      name: 'electron',
      message:
        'Only src/main/app/ and src/preload/ may load electron; use `import type` elsewhere.',
      allowTypeImports: true,
    },
  ],
};

/** The `private` and `protected` keywords, refused for ECMAScript #fields. */
const onePrivateStyle = [
  {
    selector:
      ':matches(PropertyDefinition, MethodDefinition, AccessorProperty, TSParameterProperty)[accessibility=/^(private|protected)$/]',
    message: 'Use an ECMAScript #field or #method, not the private or protected keyword.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      '.tmp',
      '.cognito',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', electronOnlyInApp],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // One private-field style: ECMAScript #fields, private at run time too (a log or a
      // debugger's property walk cannot reach a vault's keytar or a cache's tokens). No `private`
      // or `protected` keyword, and parameter properties only as public readonly.
      '@typescript-eslint/parameter-properties': ['error', { allow: ['readonly'] }],
      'no-restricted-syntax': ['error', ...onePrivateStyle],
    },
  },
  {
    files: ['src/main/app/**/*.ts', 'src/preload/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // ipcMain/ipcRenderer only in the IPC registration and the preload.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/main/app/ipc.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]',
          message: 'ipcMain/ipcRenderer belong in src/main/app/ipc.ts and src/preload/ only.',
        },
        ...onePrivateStyle,
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
);
