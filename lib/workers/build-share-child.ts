/** `npm run build`'s step after `next build` (which empties .next): writes the share child bundle. */
import { runBundleStep } from '../build';
import { bundleShareChild } from './bundle-share-child';
import { shareChildBundlePath } from './share-child-entry';

runBundleStep('workers share child', shareChildBundlePath(), bundleShareChild);
