import type { ExtractionModeName } from '@/lib/api-contract';

/** How each extraction mode is named on screen; the progress bars' accessible names add " extraction". */
export const MODE_LABELS: Record<ExtractionModeName, string> = {
  sequential: 'Sequential',
  batch: 'Batch',
  streamsets: 'Streamsets',
};

/** One line on what each mode sends, for those who ask. */
export const MODE_NOTES: Record<ExtractionModeName, string> = {
  sequential: 'one GET per tag, one at a time',
  batch: '100 tags per POST /batch',
  streamsets: 'one GET /streamsets per 100 tags',
};

/** The order the checkboxes list them and the server runs them: the slowest last, so its speed-up can be projected live. */
export const MODE_ORDER: readonly ExtractionModeName[] = ['batch', 'streamsets', 'sequential'];
