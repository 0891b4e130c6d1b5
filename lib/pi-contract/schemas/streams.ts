/** Stream-set bodies (contract §4.4, §5): one item per stream, each naming its WebId. */
import { z } from 'zod';
import { itemsOf, links, webExceptionField } from './common';
import { timedValue } from './timed-value';

/** `/streams/{webId}/summary` item: one per (interval x summary type); key on Type + Value.Timestamp. */
export const summaryValue = z.object({
  Type: z.string(),
  Value: timedValue,
  WebException: webExceptionField,
});
export type SummaryValue = z.infer<typeof summaryValue>;
export const itemsSummaryValue = itemsOf(summaryValue);
export type ItemsSummaryValue = z.infer<typeof itemsSummaryValue>;

/** Stream-set recorded / interpolated / plot item; `Links` carries `Source`. */
export const streamValues = z.object({
  WebId: z.string(),
  Name: z.string().optional(),
  Path: z.string().optional(),
  Links: links.optional(),
  Items: z.array(timedValue),
  UnitsAbbreviation: z.string().optional(),
  WebException: webExceptionField,
});
export type StreamValues = z.infer<typeof streamValues>;
export const itemsStreamValues = itemsOf(streamValues);
export type ItemsStreamValues = z.infer<typeof itemsStreamValues>;

/** Stream-set value / recordedattime item: a single `Value`. */
export const streamValue = z.object({
  WebId: z.string(),
  Name: z.string().optional(),
  Path: z.string().optional(),
  Links: links.optional(),
  Value: timedValue,
  WebException: webExceptionField,
});
export type StreamValue = z.infer<typeof streamValue>;
export const itemsStreamValue = itemsOf(streamValue);
export type ItemsStreamValue = z.infer<typeof itemsStreamValue>;

/** Stream-set summary item. */
export const streamSummaries = z.object({
  WebId: z.string(),
  Name: z.string().optional(),
  Path: z.string().optional(),
  Links: links.optional(),
  Items: z.array(summaryValue),
  WebException: webExceptionField,
});
export type StreamSummaries = z.infer<typeof streamSummaries>;
export const itemsStreamSummaries = itemsOf(streamSummaries);
export type ItemsStreamSummaries = z.infer<typeof itemsStreamSummaries>;

/**
 * `/streamsets/end` is specified as StreamValues (ad hoc) and StreamValue (parent-scoped);
 * servers disagree, so both are accepted for both (contract §5.1).
 */
export const streamEnd = z.union([streamValue, streamValues]);
export type StreamEnd = z.infer<typeof streamEnd>;
export const itemsStreamEnd = itemsOf(streamEnd);
export type ItemsStreamEnd = z.infer<typeof itemsStreamEnd>;
