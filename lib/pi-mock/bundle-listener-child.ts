/**
 * Bundles listener-child.ts and everything it imports (zod included) into one CommonJS file that
 * plain `node` runs: the production server forks it without tsx or node_modules. esbuild is a
 * build-time tool (a devDependency): the build already needs the dev tree (TypeScript, types),
 * and only the running server must do without it.
 */
import path from 'node:path';
import { build } from 'esbuild';

const CHILD_SOURCE = path.join(__dirname, 'listener-child.ts');

export async function bundleListenerChild(outFile: string): Promise<void> {
  await build({
    entryPoints: [CHILD_SOURCE],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Not minified: a stack trace from the child still names the mock's functions.
    logLevel: 'warning',
  });
}
