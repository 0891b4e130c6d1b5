// Flat config: Next's core-web-vitals and TypeScript presets, plus the import boundaries of
// DESIGN §1 / STYLE §1, §12 enforced as errors so a wrong arrow fails `npm run lint`, not a review.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { importBoundaries } from './lint/import-boundaries.mjs';
import { noImportCycles } from './lint/no-import-cycles.mjs';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'];
/** Code that joins domains on purpose, as tests do: test support, the recorded run fixtures. */
const TEST_SUPPORT = ['lib/*/test-support/**', 'lib/runs/fixtures/**'];

const libRunsOnPlainNode = {
  group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*', 'server-only'],
  message: 'lib/ runs under plain Node (CLIs, vitest, the benchmark): no Next, React or server-only (DESIGN §1).',
};

const browserSafe = {
  regex: '^(node:|(fs|path|os|crypto|child_process|http|https|net|stream|zlib|worker_threads|undici|bullmq|ioredis|ws|@duckdb/[^/]+)(/|$))',
  message: 'This code runs in the browser: no Node built-ins or server-only packages (STYLE §12).',
};

/** lib/runs modules that are pure figure rules, computed alike by the server's run and the browser's fold. */
const RUNS_BROWSER_SAFE = '^lib/runs/(projections|projection-rule|partition-scaling|speedup|repeat-stats|summary-counts)\\.ts$';

const boundaries = {
  arrows: [
    {
      from: ['lib/connector/'],
      except: ['lib/connector/cli/'],
      only: ['pi-contract', 'landing'],
      message: 'the connector imports pi-contract and the LandingSink of lib/landing only: never the mock (it must work against a real PI server) nor a concrete store (DESIGN §1).',
    },
    {
      // The CLI is where a sink and an executor are chosen: the one place in lib/connector that may name them.
      from: ['lib/connector/cli/'],
      // cli: the flag parsing every CLI here shares.
      only: ['pi-contract', 'landing', 'bronze', 'lake', 'workers', 'cli'],
      message: 'the extract CLI picks a sink (bronze, lake) or an executor (workers), but never imports the mock (DESIGN §1).',
    },
    {
      // build: the esbuild helpers its listener bundle is built with (build-listener.ts), not the mock
      // itself; cli: the flag parsing `npm run mock` shares with the extract CLI.
      from: ['lib/pi-mock/'],
      only: ['pi-contract', 'build', 'cli'],
      message: 'the mock imports pi-contract only, never the connector, runs, bronze or lake (DESIGN §1).',
    },
    {
      // pi-mock: the embedded mock is a run's default target; http: the NDJSON event stream; api-contract: what runs emit.
      from: ['lib/runs/'],
      only: ['connector', 'bronze', 'lake', 'landing', 'workers', 'pi-contract', 'pi-mock', 'http', 'api-contract'],
      message: 'runs -> connector, bronze, lake, workers (and the embedded mock, NDJSON streaming, the API contract); never the browser side or the benchmark (DESIGN §1).',
    },
    {
      from: ['lib/http/'],
      only: ['api-contract'],
      message: 'lib/http is the dashboard API\'s plumbing: it never imports the mock (the /piwebapi adapter is app/piwebapi/[[...path]]/).',
    },
    {
      from: ['lib/landing/'],
      only: [],
      message: 'lib/landing is the sink interface the connector lands through: it imports no store and no domain (DESIGN §1).',
    },
    {
      from: ['lib/bronze/'],
      only: ['landing'],
      message: 'bronze is one LandingSink: it implements lib/landing and imports no other domain.',
    },
    {
      from: ['lib/lake/'],
      only: ['landing', 'bronze'],
      message: 'the lake is the other LandingSink: lib/landing, and bronze for its columns and `lake load`.',
    },
    {
      from: ['lib/pi-contract/'],
      only: [],
      message: 'pi-contract is the leaf the mock and the connector share: it imports no other domain.',
    },
    {
      from: ['lib/api-contract/'],
      only: [],
      topLevel: ['tiers.ts', 'extraction-modes.ts'],
      message: 'the API contract is plain zod that the browser loads: no other domain, no Node (STYLE §12).',
    },
    {
      from: ['lib/client/'],
      only: ['api-contract'],
      topLevel: ['tiers.ts', 'extraction-modes.ts'],
      message: 'lib/client runs in the browser: the API contract and the pure lib/runs figure rules only (DESIGN §1).',
    },
    {
      from: ['lib/'],
      neverPaths: ['app/', 'components/'],
      message: 'lib/ is below app/ and components/ (DESIGN §1).',
    },
    {
      from: ['components/'],
      only: ['client', 'api-contract'],
      topLevel: ['tiers.ts', 'extraction-modes.ts'],
      neverPaths: ['app/'],
      message: 'components import lib/client, lib/api-contract and pure browser-safe modules only; never app/, the connector, bronze or the mock (DESIGN §1).',
    },
  ],
  deep: [
    {
      from: ['lib/client/', 'components/'],
      to: RUNS_BROWSER_SAFE,
      why: 'lib/runs/index.ts pulls DuckDB and undici, so the browser reaches these pure modules by path.',
    },
    {
      from: ['lib/bench/'],
      to: '^lib/[^/]+/test-support/',
      why: 'the benchmark hosts mocks and realms the way tests do.',
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.scratch/**', '.notes/**', '.tmp/**', 'next-env.d.ts', 'data/**', 'bench-results/**', 'test-results/**', 'playwright-report/**', 'blob-report/**']),
  {
    files: TS_FILES,
    plugins: { local: { rules: { 'import-boundaries': importBoundaries, 'no-import-cycles': noImportCycles } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A warning, not an error: `eslint --fix` applies it, and it says nothing about behaviour.
      '@typescript-eslint/consistent-type-imports': ['warn', { fixStyle: 'inline-type-imports' }],
      // Tests included: a cycle through a test's helpers tangles them as much as any other.
      'local/no-import-cycles': 'error',
      'local/import-boundaries': ['error', boundaries],
    },
  },
  {
    // Tests and their support join domains on purpose (the connector against the mock, a route against a store).
    files: [...TEST_FILES, ...TEST_SUPPORT],
    rules: { 'local/import-boundaries': 'off' },
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
            { regex: '^(\\.\\./)+(lib|app)(/|$)', message: 'Import through the @/ alias, as every component does.' },
            // themed-chart.tsx itself imports ./echart; every other chart goes through it.
            { regex: '^(\\.\\./charts|@/components/charts)/echart(-canvas)?$', message: 'Draw charts with ThemedChart (components/charts/themed-chart.tsx): one place owns the palette, width and memoised option.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**', 'lib/client/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryFn'] > ArrowFunctionExpression[params.length=0]",
          message: "Take react-query's { signal } and pass it to getJson, so a cancelled query aborts its fetch (STYLE §12).",
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
    // The browser loads these through the pages' components: no Node built-ins, and (as all of lib/) no Next or React.
    files: ['lib/api-contract/**', 'lib/client/**'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [libRunsOnPlainNode, browserSafe] }] },
  },
]);
