// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const restrictElectron = {
  paths: [
    { name: 'electron', message: "Only src/main/electron and the preload may import 'electron'." },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'src/shared/api-types.ts',
      '.xdg/**',
      'test-results/**',
      'playwright-report/**',
      '.sandbox-data/**',
      '.webhost-data/**',
      '.test-data/**',
      // bundles the fuzz and fault suites build beside their sources (removed after the run)
      'server/src/.outbox-fault-*.mjs',
      'src/main/webhost/.webhost-test-*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', restrictElectron],
    },
  },
  {
    // arrows between modules go one way: a cycle makes load order matter and hides a layer.
    // The rule skips type-only imports (erased at build); a type two modules share goes in a
    // module of its own all the same (server/src/auth/auth-info.ts).
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // the two places allowed to touch Electron
    files: ['src/main/electron/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/main/core/**', 'src/main/webhost/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...restrictElectron,
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'The core never reaches into the Electron shell or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...restrictElectron,
          patterns: [
            {
              group: ['**/main/**', '**/server/**', '**/preload/**', 'node:*'],
              message: 'The renderer talks to main only through window.kc.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.tsx'],
    ignores: ['src/renderer/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // the plugin's own list, plus the markers tests and help articles find places by
          'jsx-attributes': {
            exclude: [
              'className',
              'styleName',
              'style',
              'type',
              'key',
              'id',
              // the prefix of a shared fieldset's field ids (AddressFieldset)
              'idPrefix',
              'width',
              'height',
              'data-testid',
              'data-help-target',
              // the key a sortable column header sorts its list by (SortableTh)
              'column',
            ],
          },
        },
      ],
    },
  },
  {
    // main's own words (menu, tray, dialogs, notifications, OS prompts) come from the locale
    // files (src/shared/locales/<lang>.main.json via mainText), never from a literal where
    // they are shown
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/**/*.test.ts', 'src/main/**/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Property[key.name=/^(label|title|body|placeholder|toolTip|tooltip|detail|buttons)$/] > :matches(Literal[value=/[A-Za-zÄÖÜäöüß]{2}/], TemplateLiteral)',
          message: 'Words main shows come from src/shared/locales/<lang>.main.json (mainText).',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(showErrorBox|setToolTip|setTitle|checkOs|promptTouchID|showMessageBox)$/] > :matches(Literal[value=/[A-Za-zÄÖÜäöüß]{2}/], TemplateLiteral)',
          message: 'Words main shows come from src/shared/locales/<lang>.main.json (mainText).',
        },
      ],
    },
  },
  {
    // a file a newcomer can hold: split by responsibility before it grows past 400 lines
    // (the generated API types are ignored above)
    files: ['**/*.{ts,tsx,mjs,js,cjs}'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
);
