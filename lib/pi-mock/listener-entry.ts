/**
 * Which script the embedded mock's listener child runs, and how. `next start` (production) forks
 * the plain-JavaScript bundle that `npm run build` writes, with plain `node`: a production install
 * (`npm ci --omit=dev`) has no tsx. Development and tests run the TypeScript source through tsx,
 * so an edit reaches the child without a rebuild.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The bundle, relative to the project root (the server's cwd); under .next so it ships with the build. */
export const LISTENER_BUNDLE_SEGMENTS = ['.next', 'pi-mock', 'listener-child.cjs'] as const;

export interface ListenerEntry {
  script: string;
  /** Node flags for the child; empty for the bundle, a loader for the source. */
  execArgv: string[];
}

/**
 * Joined at run time from segments on purpose: Turbopack traces `path.join(cwd, 'x.ts')` as a
 * module to bundle and fails the build on a file it should not bundle.
 */
function fromRoot(root: string, segments: readonly string[]): string {
  return [root, ...segments].join(path.sep);
}

export function listenerBundlePath(root: string = process.cwd()): string {
  return fromRoot(root, LISTENER_BUNDLE_SEGMENTS);
}

/** Throws when production lacks the bundle: `next build` alone does not write it. */
export function defaultListenerEntry(nodeEnv: string | undefined = process.env.NODE_ENV, root: string = process.cwd()): ListenerEntry {
  if (nodeEnv === 'production') {
    const script = listenerBundlePath(root);
    if (!existsSync(script)) {
      throw new Error(`the mock listener bundle ${script} is missing; build with \`npm run build\` (it runs \`next build\` and then bundles the listener)`);
    }
    return { script, execArgv: [] };
  }
  return { script: fromRoot(root, ['lib', 'pi-mock', 'listener-child.ts']), execArgv: ['--import', 'tsx'] };
}
