/**
 * The one esbuild call for code plain `node` runs without tsx: the mock's listener child, the
 * share child, the scanner's deopt probe. One CommonJS file for node20, not minified, so a stack
 * trace from a child still names our functions.
 */
import { build } from 'esbuild';

export interface NodeBundle {
  entry: string;
  outFile: string;
  /**
   * Leave npm packages to be resolved from node_modules at run time: needed for a native binding
   * (DuckDB's), which a bundle cannot hold.
   */
  externalPackages?: boolean;
}

export async function bundleForNode({ entry, outFile, externalPackages = false }: NodeBundle): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    ...(externalPackages ? { packages: 'external' as const } : {}),
    logLevel: 'warning',
  });
}

/** A build script's step: bundles, says where to, and fails the build (exit 1) when bundling fails. */
export function runBundleStep(label: string, outFile: string, bundle: (outFile: string) => Promise<void>): void {
  bundle(outFile).then(
    () => console.log(`[${label}] bundled into ${outFile}`),
    (error: unknown) => {
      console.error(`[${label}] bundling failed:`, error);
      process.exit(1);
    },
  );
}
