/** `npm run build`'s step after `next build` (which empties .next): writes the share child bundle. */
import { bundleShareChild } from './bundle-share-child';
import { shareChildBundlePath } from './share-child-entry';

const outFile = shareChildBundlePath();
bundleShareChild(outFile).then(
  () => console.log(`[workers] share child bundled into ${outFile}`),
  (error: unknown) => {
    console.error('[workers] bundling the share child failed:', error);
    process.exit(1);
  },
);
