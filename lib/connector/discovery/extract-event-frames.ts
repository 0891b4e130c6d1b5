/**
 * Event frames active in a window (searchMode Overlapped, full hierarchy, paged and batched) and
 * the values of their attributes, read in batches of `GET /streamsets/{frame}/value`.
 */
import { type z } from 'zod';
import { itemsEventFrame, itemsStreamValue, toEventFrame } from '../../pi-contract';
import { ok, type Result } from '../../result';
import type { ConnectorError } from '../errors';
import type { PiClient } from '../http';
import { formatIsoMs } from '../recorded/recorded-query';
import type { EventFrameRow } from '../../landing';
import { batchedGet } from './batched-get';

/** One landed frame: exactly bronze's row (times as epoch ms; end null while in progress). */
export type EventFrameRecord = EventFrameRow;

function plainValue(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { Name?: unknown }).Name === 'string') return (value as { Name: string }).Name;
  return value;
}

export async function extractEventFrames(
  client: PiClient,
  databaseWebId: string,
  window: { startMs: number; endMs: number },
  options: { pageSize?: number; pagesPerBatch?: number; framesPerBatch?: number } = {},
): Promise<Result<EventFrameRecord[], ConnectorError>> {
  const pageSize = options.pageSize ?? 1000;
  const pagesPerBatch = options.pagesPerBatch ?? 10;
  const query =
    `searchMode=Overlapped&startTime=${formatIsoMs(window.startMs)}&endTime=${formatIsoMs(window.endMs)}` +
    `&searchFullHierarchy=true&webIdType=IDOnly&maxCount=${pageSize}`;
  const frames: z.infer<typeof itemsEventFrame>['Items'] = [];
  for (let firstPage = 0; ; firstPage += pagesPerBatch) {
    const resources = Array.from({ length: pagesPerBatch }, (_, k) => `/assetdatabases/${databaseWebId}/eventframes?${query}&startIndex=${(firstPage + k) * pageSize}`);
    const pages = await batchedGet(client, resources, itemsEventFrame);
    if (!pages.ok) return pages;
    let short = false;
    for (const page of pages.value) {
      if (short) break;
      frames.push(...page.Items);
      short = page.Items.length < pageSize;
    }
    if (short) break;
  }
  const perBatch = options.framesPerBatch ?? 100;
  const records: EventFrameRecord[] = [];
  for (let i = 0; i < frames.length; i += perBatch) {
    const slice = frames.slice(i, i + perBatch);
    const values = await batchedGet(
      client,
      slice.map((f) => `/streamsets/${f.WebId}/value?selectedFields=Items.WebId;Items.Name;Items.Value.Timestamp;Items.Value.Value`),
      itemsStreamValue,
    );
    if (!values.ok) return values;
    slice.forEach((frame, k) => {
      const landed = toEventFrame(frame);
      const attributes: Record<string, unknown> = {};
      for (const item of values.value[k]!.Items) if (item.Name) attributes[item.Name] = plainValue(item.Value?.Value);
      records.push({
        webId: landed.webId,
        name: landed.name,
        templateName: landed.templateName,
        startMs: Date.parse(landed.startTime),
        endMs: landed.endTime === null ? null : Date.parse(landed.endTime),
        primaryElementWebId: landed.refElementWebIds[0] ?? null,
        categoryNames: landed.categoryNames,
        severity: landed.severity,
        attributes,
      });
    });
  }
  return ok(records);
}
