// Lint, and the dependency direction of ARCHITECTURE.md enforced as import rules:
// core ← formats ← services ← server, cli; storage is used by services only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/**`, `**/${dir}`], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/core/**'],
    ['formats', 'storage', 'services', 'server', 'cli', 'console'],
    'core 是纯函数层：不得依赖 formats、storage、services、server、cli。',
  ),
  layer(['src/formats/**'], ['storage', 'services', 'server', 'cli', 'console'], 'formats 只能依赖 core。'),
  layer(['src/storage/**'], ['services', 'server', 'cli', 'console', 'formats'], 'storage 只能依赖 core。'),
  layer(['src/services/**'], ['server', 'cli', 'console'], 'services 不得依赖 server、cli。'),
  layer(
    ['src/server/**', 'src/cli/**'],
    ['storage'],
    'server 与 cli 通过 services 访问数据，不得直接使用 storage。',
  ),
);
