/** `npm run build`'s last step (after `next build`, which empties .next): writes the listener bundle. */
import { bundleListenerChild } from './bundle-listener-child';
import { listenerBundlePath } from './listener-entry';

const outFile = listenerBundlePath();
bundleListenerChild(outFile).then(
  () => console.log(`[pi-mock] listener bundled into ${outFile}`),
  (error: unknown) => {
    console.error('[pi-mock] bundling the listener failed:', error);
    process.exit(1);
  },
);
