/**
 * Bundles listener-child.ts and everything it imports (zod included) into one CommonJS file that
 * plain `node` runs: the production server forks it without tsx or node_modules. esbuild is a
 * build-time tool (a devDependency): the build already needs the dev tree (TypeScript, types),
 * and only the running server must do without it.
 */
import path from 'node:path';
import { bundleForNode } from '../build';

const CHILD_SOURCE = path.join(__dirname, 'listener-child.ts');

export async function bundleListenerChild(outFile: string): Promise<void> {
  await bundleForNode({ entry: CHILD_SOURCE, outFile });
}
