/**
 * lib/client's public surface, what components use: typed fetchers and route helpers, query keys,
 * the NDJSON readers, the run-state fold and the formatters. Browser-safe: no Node imports.
 */
export { ApiError } from './api-error';
export { apiRoutes } from './api-routes';
export { getJson, requestJson, sendJson } from './get-json';
export { mutationKeys, queryKeys } from './query-keys';
export { readNdjson } from './read-ndjson';
export { isTerminalEvent, readRunEvents } from './read-run-events';
export { fieldIssues, issueFor } from './field-issues';
export { describeRunIssues, plainIssueMessage } from './run-field-labels';
export {
  initialRunState,
  isRunActive,
  runStateReducer,
  stateOfHistoryItem,
  PROJECTION_MIN_MS,
  PROJECTION_MIN_TAGS,
  type AssetView,
  type ModeView,
  type RunActivity,
  type RunState,
  type SpeedupView,
} from './run-state';
export type { ShareView } from './share-view';
export { modeRepeatSpread, type RepeatSpread } from './run-repeats';
export {
  DEFAULT_RUN_FORM,
  FAULT_RATES,
  PARTITION_CHOICES,
  REPEAT_CHOICES,
  loadRunForm,
  saveRunForm,
  type RunFormSettings,
} from './run-form-settings';
export { compareRuns, findCounterpart, formatBytes, wireRows, type WireSetting } from './wire-figures';
export { chooseSource } from './choose-source';
export { assetSourceLabel, dataSourceLabel } from './source-labels';
export { formatCount, formatDateTime, formatDuration, formatGrid, formatMs, formatPercent, formatSpeedup } from './format';
export { formatSecondsRange } from './format-seconds';
export { describeWindow } from './format-window';
