// Lint: TypeScript rules everywhere, and Nx module boundaries as errors (see ../shared/CONVENTIONS.md).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const frameworks = ['@angular/*', '@nestjs/*', 'typeorm', 'pg', 'rxjs', 'express'];

export default tseslint.config(
  {
    ignores: ['tmp/**', '**/dist', '**/node_modules', '**/.nx', '**/.agora', '**/.angular', '**/coverage', '**/test-results', '**/playwright-report', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: frameworks },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'], bannedExternalImports: ['@angular/*'] },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'express'],
            },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:core', 'type:contracts', 'type:rules'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:core', 'type:ui', 'type:contracts', 'type:rules'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:contracts', 'type:rules'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:rules'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Function is the type TypeORM uses for migration classes.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // The web takes only types from the contracts: their values pull class-validator into the bundle.
    files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@agora/contracts', message: 'Import types only (import type …).', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts', 'apps/web-e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Specs may compare the web's copies of contract constants with the originals.
      '@typescript-eslint/no-restricted-imports': 'off',
    },
  },
);
