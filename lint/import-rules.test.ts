/**
 * The two import rules on a small project written to a temp folder: each must report what it
 * exists for (a type-only cycle, a forbidden arrow, a deep import, a domain without a surface) and
 * stay quiet on what looks alike but is allowed (a domain's own subfolder named like another
 * domain, an import through index.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true, paths: { '@/*': ['./*'] } },
    include: ['**/*.ts'],
  }),
  'app/page.ts': 'export const page = 1;\n',
  'lib/pi-contract/index.ts': "export type { A } from './a';\n",
  'lib/pi-contract/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
  'lib/pi-contract/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
  'lib/pi-mock/index.ts': "export { world } from './world';\n",
  'lib/pi-mock/world.ts': 'export const world = 1;\n',
  'lib/connector/index.ts': "export { read } from './read';\n",
  'lib/connector/http/types.ts': 'export type Auth = string;\n',
  'lib/connector/read.ts': [
    "import type { Auth } from './http/types';",
    "import type { A } from '../pi-contract';",
    "import { world } from '../pi-mock';",
    'export const read = (auth: Auth, a: A) => [auth, a, world];',
    '',
  ].join('\n'),
  'lib/bench/run.ts': 'export const bench = 1;\n',
  'lib/runs/start.ts': [
    "import { read } from '../connector';",
    "import { read as readDeep } from '../connector/read';",
    "import { bench } from '@/lib/bench/run';",
    'export const start = [read, readDeep, bench];',
    '',
  ].join('\n'),
  'components/view.ts': "import { page } from '@/app/page';\nimport { read } from '@/lib/connector';\nexport const view = [page, read];\n",
};

const BOUNDARIES = {
  arrows: [
    { from: ['lib/connector/'], only: ['pi-contract', 'landing'], message: 'connector arrow' },
    { from: ['components/'], only: ['client', 'api-contract'], neverPaths: ['app/'], message: 'components arrow' },
  ],
};

let root = '';
let linter: Linter;
let rules: Record<string, Rule.RuleModule> = {};

beforeAll(async () => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'import-rules-')));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  const load = async (file: string, name: string) =>
    ((await import(pathToFileURL(path.join(import.meta.dirname, file)).href)) as Record<string, Rule.RuleModule>)[name];
  rules = {
    'no-import-cycles': (await load('no-import-cycles.mjs', 'noImportCycles'))!,
    'import-boundaries': (await load('import-boundaries.mjs', 'importBoundaries'))!,
  };
  linter = new Linter({ configType: 'flat', cwd: root });
});

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** Messages of both rules on one fixture file, as `rule: line`. */
function lint(file: string): string[] {
  const filename = path.join(root, file);
  const messages = linter.verify(
    fs.readFileSync(filename, 'utf8'),
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { local: { rules } },
      rules: { 'local/no-import-cycles': 'error', 'local/import-boundaries': ['error', BOUNDARIES] },
    },
    { filename },
  );
  return messages.map((message) => `${message.ruleId}: ${message.line}: ${message.message}`);
}

describe('local/no-import-cycles', () => {
  it('reports a cycle made of type-only imports, naming the chain', () => {
    expect(lint('lib/pi-contract/a.ts')).toEqual([
      'local/no-import-cycles: 1: Import cycle (type-only imports count): lib/pi-contract/a.ts -> lib/pi-contract/b.ts -> lib/pi-contract/a.ts.',
    ]);
  });

  it('leaves a file outside every cycle alone, even one importing a member of a cycle', () => {
    expect(lint('lib/pi-contract/index.ts')).toEqual([]);
  });
});

describe('local/import-boundaries', () => {
  it('reports an arrow the config forbids, and not an own subfolder named like another domain', () => {
    expect(lint('lib/connector/read.ts')).toEqual([
      'local/import-boundaries: 3: lib/connector/read.ts may not import lib/pi-mock/index.ts: connector arrow',
    ]);
  });

  it('reports a deep import into another domain and into one without index.ts, not one through index.ts', () => {
    expect(lint('lib/runs/start.ts')).toEqual([
      'local/import-boundaries: 2: Import lib/connector through its index.ts (@/lib/connector or a relative path to the folder), not lib/connector/read.ts (STYLE §12).',
      'local/import-boundaries: 3: lib/bench has no index.ts: it is not a library other code imports (lib/bench/run.ts).',
    ]);
  });

  it('reports a path the arrow never allows and a domain outside its list', () => {
    expect(lint('components/view.ts')).toEqual([
      'local/import-boundaries: 1: components/view.ts may not import app/page.ts: components arrow',
      'local/import-boundaries: 2: components/view.ts may not import lib/connector/index.ts: components arrow',
    ]);
  });
});
