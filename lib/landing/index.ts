/** lib/landing's public surface: the contract between the connector and the sinks it lands through. */
export { allocateValueColumns } from './allocate-value-columns';
export { gapContains, mergeIntervals, uncoveredParts, type Gap, type Interval } from './intervals';
export type { LandingSink } from './sink';
export { inWindow, validateBatch, type CheckedBatch } from './validate-batch';
export {
  closedWindow,
  FLAG_ANNOTATED,
  FLAG_GOOD,
  FLAG_QUESTIONABLE,
  FLAG_SUBSTITUTED,
  type AfElementRow,
  type AssetSource,
  type DataSource,
  type EventFrameRow,
  type TagRegistration,
  type TagWindow,
  type ValueColumns,
} from './types';
