import { describe, expect, it } from 'vitest';
import { BatchAnswerWriter, renderTemplateContent, type SubResult } from './render-batch';

const json = { 'Content-Type': 'application/json; charset=utf-8' };
const ok: SubResult = { status: 200, headers: json, content: Buffer.from('{"Items":[{"Value":1.5}],"Name":"Größe"}') };
const conflict: SubResult = { status: 409, headers: {}, content: Buffer.from(JSON.stringify('Parents failed: a.')) };
const empty: SubResult = { status: 204, headers: {}, content: null };

/** What the bytes must equal: the same structure through JSON.stringify. */
const item = (r: SubResult) => ({ Status: r.status, Headers: r.headers, Content: r.content ? JSON.parse(r.content.toString()) : null });

/** Every chunk the writer hands out for `results`, taking one whenever `minBytes` are pending. */
function chunksOf(results: [string, SubResult][], listShaped: boolean, minBytes: number): Buffer[] {
  const writer = new BatchAnswerWriter(listShaped);
  const chunks: Buffer[] = [];
  for (const [id, result] of results) {
    writer.item(id, result);
    for (const chunk of writer.chunks(minBytes)) chunks.push(Buffer.from(chunk));
  }
  chunks.push(writer.end());
  return chunks;
}

describe('batch answer bytes', () => {
  it('keys sub-results by id, in request order, with UTF-8 ids and contents', () => {
    const results: [string, SubResult][] = [['ä', ok], ['b', conflict], ['1', empty]];
    const chunks = chunksOf(results, false, Infinity);
    expect(chunks).toHaveLength(1);
    // Keys are inserted in request order; `1` would sort first in a JS object, so build the text by hand.
    const expected = `{${results.map(([id, r]) => `${JSON.stringify(id)}:${JSON.stringify(item(r))}`).join(',')}}`;
    expect(chunks[0]!.toString('utf8')).toBe(expected);
  });

  it('hands out the same bytes in chunks once enough are pending', () => {
    const results: [string, SubResult][] = Array.from({ length: 50 }, (_, i) => [String(i), i % 3 === 0 ? conflict : ok]);
    const whole = Buffer.concat(chunksOf(results, false, Infinity));
    const chunks = chunksOf(results, false, 200);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Buffer.concat(chunks).equals(whole)).toBe(true);
    expect(JSON.parse(whole.toString('utf8'))).toEqual(Object.fromEntries(results.map(([id, r]) => [id, item(r)])));
  });

  it('answers the list form as a list', () => {
    const chunks = chunksOf([['0', ok], ['1', conflict]], true, Infinity);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(JSON.stringify({ Responses: [item(ok), item(conflict)] }));
  });

  it('renders an expanded RequestTemplate as Total and Items', () => {
    expect(renderTemplateContent(2, [ok, empty]).toString('utf8')).toBe(JSON.stringify({ Total: 2, Items: [item(ok), item(empty)] }));
    expect(renderTemplateContent(0, []).toString('utf8')).toBe('{"Total":0,"Items":[]}');
  });
});
