/**
 * Bundles share-child.ts into one CommonJS file plain `node` runs. Unlike the mock's listener, the
 * share child needs DuckDB's native binding, so npm packages stay external: they are production
 * dependencies (present after `npm prune --omit=dev`), resolved from the project's node_modules.
 */
import path from 'node:path';
import { bundleForNode } from '../build';

const CHILD_SOURCE = path.join(__dirname, 'share-child.ts');

export async function bundleShareChild(outFile: string): Promise<void> {
  await bundleForNode({ entry: CHILD_SOURCE, outFile, externalPackages: true });
}
