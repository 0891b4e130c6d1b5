/**
 * Response bodies of the stream endpoints, written as bytes with selectedFields applied while
 * writing (same semantics as projectFields). Shapes follow the swagger definitions:
 * - single values   ExtendedTimedValues / TimedValues  {"Items":[...],"UnitsAbbreviation":"degC"}
 *   (no `Links`: real servers send `"Links":{}` but the 2018 SP1 definition lacks it)
 * - single value    TimedValue
 * - single summary  Items[SummaryValue]                {"Links":{},"Items":[{"Type","Value"}]}
 * - set values      Items[StreamValues]   items {WebId,Name,Path,Links:{Source},Items,UnitsAbbreviation}
 * - set value       Items[StreamValue]    items {WebId,Name,Path,Links:{Source},Value}
 * - set summary     Items[StreamSummaries] items {WebId,Name,Path,Links:{Source},Items}
 */
import { rawJsonResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';
import { ByteWriter } from '../render/byte-writer';
import { JsonArrayWriter, JsonObjectWriter } from '../render/json-object';
import type { PointValue } from '../render/point-value';
import { child, requestSelection, type Selection } from '../render/selection';
import { encoderCacheFor, type EncoderCache, type TimedValueEncoder } from '../render/timed-value-encoder';
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';

export type StreamTarget = { kind: 'single'; source: StreamSource } | { kind: 'set'; sources: StreamSource[] };

/** Writes one stream's timed values as comma-separated array elements (the caller writes the brackets). */
export type ValuesWriter = (w: ByteWriter, enc: TimedValueEncoder, source: StreamSource) => void;

export interface SummaryItem {
  type: string;
  value: PointValue;
  /** Units of this summary's value (Count and PercentGood have their own). */
  units: string;
}

function writeHeader(o: JsonObjectWriter, sel: Selection, source: StreamSource, ctx: HandlerContext): void {
  if (child(sel, 'WebId') !== undefined) o.key('WebId').string(source.webId);
  if (child(sel, 'Name') !== undefined) o.key('Name').string(source.name);
  if (child(sel, 'Path') !== undefined) o.key('Path').string(source.path);
  const links = child(sel, 'Links');
  if (links !== undefined) {
    const lo = new JsonObjectWriter(o.key('Links'));
    if (child(links, 'Source') !== undefined) lo.key('Source').string(ctx.url(source.sourcePath));
    lo.end();
  }
}

/** Root of every stream-set body: `{"Links":{},"Items":[ one item per stream ]}`. */
function setBody(ctx: HandlerContext, sources: StreamSource[], initialBytes: number, item: (o: JsonObjectWriter, sel: Selection, source: StreamSource) => void): MockResponse {
  const w = new ByteWriter(initialBytes);
  const root = requestSelection(ctx.req.query);
  const o = new JsonObjectWriter(w);
  if (child(root, 'Links') !== undefined) o.key('Links').raw('{}');
  const itemSel = child(root, 'Items');
  if (itemSel !== undefined) {
    const arr = new JsonArrayWriter(o.key('Items'));
    for (const source of sources) {
      const io = new JsonObjectWriter(arr.next());
      writeHeader(io, itemSel, source, ctx);
      item(io, itemSel, source);
      io.end();
    }
    arr.end();
  }
  o.end();
  return rawJsonResponse(w.finish());
}

function writeValues(o: JsonObjectWriter, sel: Selection, source: StreamSource, encoders: EncoderCache | null, write: ValuesWriter): void {
  if (encoders !== null) {
    const w = o.key('Items');
    w.byte(0x5b);
    write(w, encoders.forUnits(source.units), source);
    w.byte(0x5d);
  }
  if (child(sel, 'UnitsAbbreviation') !== undefined) o.key('UnitsAbbreviation').string(source.units);
}

function encodersFor(ctx: HandlerContext, sel: Selection, name: string): EncoderCache | null {
  const s = child(sel, name);
  return s === undefined ? null : encoderCacheFor(s, ctx.world.options.intervalSeconds);
}

/** Recorded, interpolated, plot, ...attimes: a list of timed values per stream. */
export function valuesResponse(ctx: HandlerContext, target: StreamTarget, write: ValuesWriter, initialBytes = 16 * 1024): MockResponse {
  if (target.kind === 'set') {
    let encoders: EncoderCache | null | undefined;
    return setBody(ctx, target.sources, initialBytes, (o, sel, source) => {
      encoders ??= encodersFor(ctx, sel, 'Items');
      writeValues(o, sel, source, encoders, write);
    });
  }
  const w = new ByteWriter(initialBytes);
  const root = requestSelection(ctx.req.query);
  const o = new JsonObjectWriter(w);
  writeValues(o, root, target.source, encodersFor(ctx, root, 'Items'), write);
  o.end();
  return rawJsonResponse(w.finish());
}

/** Value, end, recordedattime: one timed value per stream. */
export function valueResponse(ctx: HandlerContext, target: StreamTarget, get: (source: StreamSource) => PointValue): MockResponse {
  if (target.kind === 'set') {
    let encoders: EncoderCache | null | undefined;
    return setBody(ctx, target.sources, 4096, (o, sel, source) => {
      encoders ??= encodersFor(ctx, sel, 'Value');
      if (encoders !== null) encoders.forUnits(source.units).write(o.key('Value'), get(source));
    });
  }
  const w = new ByteWriter(512);
  encoderCacheFor(requestSelection(ctx.req.query), ctx.world.options.intervalSeconds).forUnits(target.source.units).write(w, get(target.source));
  return rawJsonResponse(w.finish());
}

function writeSummaryItems(o: JsonObjectWriter, sel: Selection, items: SummaryItem[], encoders: EncoderCache | null): void {
  const itemSel = child(sel, 'Items');
  if (itemSel === undefined) return;
  const arr = new JsonArrayWriter(o.key('Items'));
  for (const item of items) {
    const io = new JsonObjectWriter(arr.next());
    if (child(itemSel, 'Type') !== undefined) io.key('Type').string(item.type);
    if (encoders !== null) encoders.forUnits(item.units).write(io.key('Value'), item.value);
    io.end();
  }
  arr.end();
}

/** Summary: `{Type, Value}` items per stream. */
export function summariesResponse(ctx: HandlerContext, target: StreamTarget, get: (source: StreamSource) => SummaryItem[]): MockResponse {
  if (target.kind === 'set') {
    let encoders: EncoderCache | null | undefined;
    return setBody(ctx, target.sources, 4096, (o, sel, source) => {
      const items = child(sel, 'Items');
      encoders ??= items === undefined ? null : encodersFor(ctx, items, 'Value');
      writeSummaryItems(o, sel, get(source), encoders);
    });
  }
  const w = new ByteWriter(1024);
  const root = requestSelection(ctx.req.query);
  const o = new JsonObjectWriter(w);
  if (child(root, 'Links') !== undefined) o.key('Links').raw('{}');
  const items = child(root, 'Items');
  writeSummaryItems(o, root, get(target.source), items === undefined ? null : encodersFor(ctx, items, 'Value'));
  o.end();
  return rawJsonResponse(w.finish());
}
