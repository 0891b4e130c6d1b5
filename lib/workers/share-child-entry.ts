/**
 * Which script a local share child runs, and how: under `next start` (production) the bundle
 * `npm run build` writes, with plain node (a pruned install has no tsx); elsewhere (dev, tests,
 * the benchmark) the TypeScript source through tsx, so an edit reaches the child without a build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SHARE_CHILD_BUNDLE_SEGMENTS = ['.next', 'workers', 'share-child.cjs'] as const;

export interface ShareChildEntry {
  script: string;
  execArgv: string[];
}

/** Joined from segments at run time: Turbopack would otherwise trace the path as a module to bundle. */
function fromRoot(root: string, segments: readonly string[]): string {
  return [root, ...segments].join(path.sep);
}

export function shareChildBundlePath(root: string = process.cwd()): string {
  return fromRoot(root, SHARE_CHILD_BUNDLE_SEGMENTS);
}

/** Throws when production lacks the bundle: `next build` alone does not write it. */
export function defaultShareChildEntry(nodeEnv: string | undefined = process.env.NODE_ENV, root: string = process.cwd()): ShareChildEntry {
  if (nodeEnv === 'production') {
    const script = shareChildBundlePath(root);
    if (!existsSync(script)) throw new Error(`the share child bundle ${script} is missing; build with \`npm run build\``);
    return { script, execArgv: [] };
  }
  return { script: fromRoot(root, ['lib', 'workers', 'share-child.ts']), execArgv: ['--import', 'tsx'] };
}
