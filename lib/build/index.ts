export { bundleForNode, runBundleStep, type NodeBundle } from './bundle-for-node';
