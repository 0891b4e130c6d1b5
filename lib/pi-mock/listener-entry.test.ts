import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultListenerEntry, listenerBundlePath } from './listener-entry';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'listener-entry-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('defaultListenerEntry', () => {
  it('runs the bundle with plain node in production', async () => {
    const bundle = listenerBundlePath(root);
    await mkdir(path.dirname(bundle), { recursive: true });
    await writeFile(bundle, '');
    expect(defaultListenerEntry('production', root)).toEqual({ script: path.join(root, '.next', 'pi-mock', 'listener-child.cjs'), execArgv: [] });
  });

  it('says how to build when production has no bundle', () => {
    expect(() => defaultListenerEntry('production', root)).toThrow(/listener-child\.cjs is missing; build with `npm run build`/);
  });

  it.each(['development', 'test', undefined])('runs the TypeScript source through tsx under NODE_ENV=%s', (nodeEnv) => {
    expect(defaultListenerEntry(nodeEnv, root)).toEqual({ script: path.join(root, 'lib', 'pi-mock', 'listener-child.ts'), execArgv: ['--import', 'tsx'] });
  });
});
