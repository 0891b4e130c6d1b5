// Flat config: Next's core-web-vitals and TypeScript presets, plus the import boundaries of
// DESIGN §1 / STYLE §1 enforced as errors so a wrong arrow fails `npm run lint`, not a review.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'];

const libRunsOnPlainNode = {
  group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*', 'server-only'],
  message: 'lib/ runs under plain Node (CLIs, vitest, the benchmark): no Next, React or server-only (DESIGN §1).',
};

/** `from` may not reach `to` by alias or by a relative path. */
function forbidDomain(to, why) {
  return { regex: `^(@/lib/|(\\.\\./)+)${to}(/|$)`, message: why };
}

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.scratch/**', '.notes/**', 'next-env.d.ts', 'data/**', 'bench-results/**', 'test-results/**', 'playwright-report/**', 'blob-report/**']),
  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A warning, not an error: `eslint --fix` applies it, and it says nothing about behaviour.
      '@typescript-eslint/consistent-type-imports': ['warn', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Playwright fixtures call their callback `use`; it is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // lib/runs' pure modules (projection maths, partition scaling) are safe in the browser; the rest of lib/runs is not.
              regex: '^@/lib/(?!client$|api-contract$|tiers$|runs/(projections|partition-scaling)$)',
              message:
                'components/ may import only @/lib/client, @/lib/api-contract, @/lib/tiers and the pure lib/runs modules (projections, partition-scaling) (STYLE §1, §4).',
            },
            {
              regex: '^@/app(/|$)',
              message: 'components/ never import app/: the API contract is @/lib/api-contract (DESIGN §1).',
            },
            {
              regex: '^(\\.\\./)+(lib|app)(/|$)',
              message: 'Import through the @/ alias so the boundary rule can see it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [libRunsOnPlainNode] }] },
  },
  {
    files: ['lib/connector/**'],
    // Test support joins the connector to a real store, as tests do.
    ignores: [...TEST_FILES, 'lib/connector/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            libRunsOnPlainNode,
            forbidDomain('pi-mock', 'The connector must work against a real PI server: never import lib/pi-mock (DESIGN §1).'),
            forbidDomain('bronze', 'The connector lands through the LandingSink of lib/landing, never the concrete DuckDB store (DESIGN §1).'),
            forbidDomain('lake', 'The connector lands through the LandingSink of lib/landing, never the concrete lake (DESIGN §1).'),
          ],
        },
      ],
    },
  },
  {
    // The CLI is where a sink is chosen: the one place in lib/connector that may name the stores.
    files: ['lib/connector/cli/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [libRunsOnPlainNode, forbidDomain('pi-mock', 'The connector must work against a real PI server: never import lib/pi-mock (DESIGN §1).')] },
      ],
    },
  },
  {
    files: ['lib/pi-mock/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [libRunsOnPlainNode, forbidDomain('connector', 'The mock never imports the connector (DESIGN §1).')] },
      ],
    },
  },
]);
