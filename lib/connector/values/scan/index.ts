export { JsonBytes, ScanDeclined, keyBytes } from './json-bytes';
export { scanTimedValues, type PageSummary, type ScanTarget } from './scan-timed-values';
export { ITEMS, scanRecordedEnvelope } from './scan-recorded-envelope';
