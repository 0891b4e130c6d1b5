/**
 * The recorded-value strategies, in one list: the connector runs them, the run contract and the
 * CLIs accept their names. No imports, so the browser's schemas can take it too.
 */
export const EXTRACTION_MODES = ['sequential', 'batch', 'streamsets'] as const;
export type ExtractionMode = (typeof EXTRACTION_MODES)[number];
