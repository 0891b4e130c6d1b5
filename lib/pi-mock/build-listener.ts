/** `npm run build`'s last step (after `next build`, which empties .next): writes the listener bundle. */
import { runBundleStep } from '../build';
import { bundleListenerChild } from './bundle-listener-child';
import { listenerBundlePath } from './listener-entry';

runBundleStep('pi-mock listener', listenerBundlePath(), bundleListenerChild);
