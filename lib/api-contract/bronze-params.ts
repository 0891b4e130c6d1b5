/**
 * Query parameters of the `/api/bronze/*` routes: pure zod, so the routes validate with them and
 * the browser's hooks build URLs from the same names. Every message is written for the presenter
 * reading a 400 (`limit: expected a whole number from 1 to 200`).
 */
import { z } from 'zod';

/** Whole numbers in [min, max]; absent means `fallback`. */
function wholeNumber(min: number, max: number, fallback: number) {
  const message = `expected a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message))
    .default(fallback);
}

const TIME_MESSAGE = 'expected an ISO 8601 time with a zone (2024-01-01T00:00:00Z) or epoch milliseconds';
const isoTime = z.iso.datetime({ offset: true });

/** ISO 8601 with a zone, or epoch milliseconds; to epoch milliseconds. */
const timeParam = z.string().transform((text, ctx) => {
  const ms = /^\d{1,15}$/.test(text) ? Number(text) : isoTime.safeParse(text).success ? Date.parse(text) : Number.NaN;
  if (Number.isFinite(ms)) return ms;
  ctx.issues.push({ code: 'custom', message: TIME_MESSAGE, input: text });
  return z.NEVER;
});

/** PI WebIds and names are short; a long one is a mistake or an attack, not a lookup. */
const shortText = (what: string) => z.string().max(200, `expected a ${what} of at most 200 characters`);

/** `end` before `start` names `end`: that is the field a user would fix. */
function endAfterStart(value: { start?: number; end?: number }, ctx: z.RefinementCtx): void {
  if (value.start !== undefined && value.end !== undefined && value.end < value.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start', input: value.end });
  }
}

/** Routes without parameters; unknown ones are ignored, as everywhere. */
export const noParams = z.object({});

const SOURCE_KEY_MESSAGE = 'expected a whole number: a key listed by GET /api/bronze/sources';
/**
 * `source` (a PI data server: the granularity routes) or `asset` (an AF database: the AF and
 * event-frame routes). Absent: the one landed last. A key bronze does not hold is a 404, not a 400.
 */
export const sourceKeyParam = z.string().regex(/^\d+$/, SOURCE_KEY_MESSAGE).transform(Number);
const sourceKey = sourceKeyParam.optional();

/** The AF and event-frame routes that take nothing but the AF database. */
export const assetParams = z.object({ asset: sourceKey });

export const TAG_SEARCH_MAX = 200;
export const tagSearchParams = z.object({
  source: sourceKey,
  search: z.string().max(100, 'expected at most 100 characters').default(''),
  limit: wholeNumber(1, TAG_SEARCH_MAX, 20),
});

export const SERIES_LIMIT_MAX = 50_000;
const SERIES_WEBID_MESSAGE = 'required: the WebId of a tag in bronze';
export const seriesParams = z
  .object({
    source: sourceKey,
    webId: z.string({ error: SERIES_WEBID_MESSAGE }).min(1, SERIES_WEBID_MESSAGE).max(200, 'expected a WebId of at most 200 characters'),
    start: timeParam.optional(),
    end: timeParam.optional(),
    limit: wholeNumber(1, SERIES_LIMIT_MAX, 10_000),
  })
  .superRefine(endAfterStart);

/** Intervals and quality: one tag, or every tag of the source when `webId` is absent. */
export const tagScopeParams = z.object({ source: sourceKey, webId: shortText('WebId').optional() });

export const afChildrenParams = z.object({
  asset: sourceKey,
  /** Absent: the database's top-level elements. */
  parent: shortText('WebId').optional(),
  limit: wholeNumber(1, 1_000, 500),
});

export const templateParams = z.object({ asset: sourceKey, template: shortText('template name').optional() });

/** Lanes per timeline page at most: a screenful of elements. */
export const TIMELINE_LANES_MAX = 100;
export const timelineParams = z
  .object({
    asset: sourceKey,
    start: timeParam.optional(),
    end: timeParam.optional(),
    /** Frames at most, across the page's lanes. */
    limit: wholeNumber(1, 5_000, 2_000),
    lanes: wholeNumber(1, TIMELINE_LANES_MAX, 20),
    laneOffset: wholeNumber(0, 1_000_000_000, 0),
  })
  .superRefine(endAfterStart);

export const FRAME_PAGE_MAX = 200;
export const frameDetailsParams = z.object({
  asset: sourceKey,
  template: shortText('template name').optional(),
  limit: wholeNumber(1, FRAME_PAGE_MAX, 25),
  offset: wholeNumber(0, 1_000_000_000, 0),
});
