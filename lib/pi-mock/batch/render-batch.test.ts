import { describe, expect, it } from 'vitest';
import type { ParsedBatch } from './parse-batch';
import { renderBatch, renderTemplateContent, type SubResult } from './render-batch';

const json = { 'Content-Type': 'application/json; charset=utf-8' };
const ok: SubResult = { status: 200, headers: json, content: Buffer.from('{"Items":[{"Value":1.5}],"Name":"Größe"}') };
const conflict: SubResult = { status: 409, headers: {}, content: Buffer.from(JSON.stringify('Parents failed: a.')) };
const empty: SubResult = { status: 204, headers: {}, content: null };

function batchOf(ids: string[], listShaped = false): ParsedBatch {
  return { requests: new Map(ids.map((id) => [id, { Method: 'GET', Resource: '/piwebapi' }])), listShaped };
}

/** What the bytes must equal: the same structure through JSON.stringify. */
const item = (r: SubResult) => ({ Status: r.status, Headers: r.headers, Content: r.content ? JSON.parse(r.content.toString()) : null });

describe('batch answer bytes', () => {
  it('keys sub-results by id, in request order, with UTF-8 ids and contents', () => {
    const results = new Map([['b', conflict], ['ä', ok], ['1', empty]]);
    const body = renderBatch(batchOf(['ä', 'b', '1']), results);
    // Keys are inserted in request order; `1` would sort first in a JS object, so build the text by hand.
    const expected = `{${['ä', 'b', '1'].map((id) => `${JSON.stringify(id)}:${JSON.stringify(item(results.get(id)!))}`).join(',')}}`;
    expect(body.toString('utf8')).toBe(expected);
  });

  it('answers the list form as a list', () => {
    const results = new Map([['0', ok], ['1', conflict]]);
    expect(renderBatch(batchOf(['0', '1'], true), results).toString('utf8')).toBe(JSON.stringify({ Responses: [item(ok), item(conflict)] }));
  });

  it('renders an expanded RequestTemplate as Total and Items', () => {
    expect(renderTemplateContent(2, [ok, empty]).toString('utf8')).toBe(JSON.stringify({ Total: 2, Items: [item(ok), item(empty)] }));
    expect(renderTemplateContent(0, []).toString('utf8')).toBe('{"Total":0,"Items":[]}');
  });
});
