/**
 * A commit record: the one file that makes a share's staged files part of the lake, and the
 * lake's checkpoint (the windows it covers). Read back with zod: a record is outside data, and
 * one that does not parse is reported, never trusted.
 */
import { z } from 'zod';
import { FORMAT_VERSION, TABLES, finalPathPattern, lakeId, shareId, stagedRelativePath } from './layout';

/** Windows with identical bounds share one entry: a batch usually reads every tag over one window. */
export const windowGroup = z.object({
  startMs: z.number(),
  endMs: z.number(),
  startOpen: z.boolean(),
  endOpen: z.boolean(),
  coveredEndMs: z.number(),
  /** WebIds, not tag keys: keys are local to the process that landed them. */
  tagWebIds: z.array(z.string().min(1)).min(1),
});
export type WindowGroup = z.infer<typeof windowGroup>;

export const committedFile = z.object({
  table: z.enum(TABLES),
  /** Relative to DIR, once published. */
  path: z.string().regex(finalPathPattern),
  /** Relative to DIR, before publishing: where roll-forward finds it. */
  stagedPath: z.string(),
  rows: z.int().min(0),
  bytes: z.int().min(0),
});
export type CommittedFile = z.infer<typeof committedFile>;

const rowsPerTable = z.object({ pi_timeseries: z.int().min(0), pi_af_hierarchy: z.int().min(0), pi_event_frames: z.int().min(0) });
export type RowsPerTable = z.infer<typeof rowsPerTable>;

const dataSource = z.object({ dataServerId: z.string().min(1), dataServerName: z.string() });
const assetSource = z.object({ assetServerId: z.string().min(1), assetServerName: z.string(), databaseName: z.string() });

export const commitRecord = z
  .object({
    format: z.literal(FORMAT_VERSION),
    sequence: z.int().min(1),
    runId: lakeId,
    share: shareId.nullable(),
    attemptId: lakeId,
    host: z.string(),
    pid: z.int(),
    committedAt: z.iso.datetime(),
    dataSource: dataSource.nullable(),
    assetSource: assetSource.nullable(),
    windows: z.array(windowGroup),
    /** The event-frame searches landed, so `lake load` can replay them with their windows. */
    eventFrameWindows: z.array(z.object({ startMs: z.number(), endMs: z.number() })),
    files: z.array(committedFile),
    rows: rowsPerTable,
  })
  .superRefine((r, ctx) => {
    for (const f of r.files) {
      // A record can only move files out of its own attempt's staging folder (no path tricks).
      if (f.stagedPath !== stagedRelativePath(r.attemptId, f.path)) ctx.addIssue({ code: 'custom', message: `stagedPath of ${f.path} is not in attempt ${r.attemptId}'s staging folder` });
    }
    for (const table of Object.keys(r.rows) as (keyof RowsPerTable)[]) {
      const sum = r.files.filter((f) => f.table === table).reduce((n, f) => n + f.rows, 0);
      if (sum !== r.rows[table]) ctx.addIssue({ code: 'custom', message: `rows.${table} is ${r.rows[table]} but its files hold ${sum}` });
    }
    if (r.windows.length > 0 && r.dataSource === null) ctx.addIssue({ code: 'custom', message: 'windows without a dataSource' });
    if (r.files.some((f) => f.table !== 'pi_timeseries') && r.assetSource === null) ctx.addIssue({ code: 'custom', message: 'AF or event-frame files without an assetSource' });
  });
export type CommitRecord = z.infer<typeof commitRecord>;

export interface StagedWindow {
  webId: string;
  startMs: number;
  endMs: number;
  startOpen: boolean;
  endOpen: boolean;
  coveredEndMs: number;
}

/** Groups windows by identical bounds, WebIds in first-landed order, each once per group. */
export function groupWindows(windows: readonly StagedWindow[]): WindowGroup[] {
  const groups = new Map<string, { group: WindowGroup; seen: Set<string> }>();
  for (const w of windows) {
    const key = `${w.startMs}|${w.endMs}|${w.startOpen}|${w.endOpen}|${w.coveredEndMs}`;
    let entry = groups.get(key);
    if (!entry) {
      const { startMs, endMs, startOpen, endOpen, coveredEndMs } = w;
      entry = { group: { startMs, endMs, startOpen, endOpen, coveredEndMs, tagWebIds: [] }, seen: new Set() };
      groups.set(key, entry);
    }
    if (!entry.seen.has(w.webId)) {
      entry.seen.add(w.webId);
      entry.group.tagWebIds.push(w.webId);
    }
  }
  return [...groups.values()].map((e) => e.group);
}

/** The reverse of groupWindows: one window per WebId and group. */
export function* recordWindows(record: CommitRecord): Generator<StagedWindow> {
  for (const g of record.windows) {
    for (const webId of g.tagWebIds) {
      yield { webId, startMs: g.startMs, endMs: g.endMs, startOpen: g.startOpen, endOpen: g.endOpen, coveredEndMs: g.coveredEndMs };
    }
  }
}
