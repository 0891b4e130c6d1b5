import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBody } from './decode-body';

const text = '{"Items":[{"Timestamp":"2024-01-01T00:00:00Z","Value":1.5,"Good":true}]}';
const plain = Buffer.from(text);

describe('decodeBody', () => {
  it.each([
    ['absent', undefined, plain],
    ['identity', 'identity', plain],
    ['gzip', 'gzip', gzipSync(plain)],
    ['x-gzip, any case', 'X-Gzip', gzipSync(plain)],
    ['zlib deflate', 'deflate', deflateSync(plain)],
    ['raw deflate', 'deflate', deflateRawSync(plain)],
  ])('%s', async (_label, encoding, wire) => {
    const decoded = await decodeBody(wire, encoding);
    expect(decoded.ok && decoded.value.toString('utf8')).toBe(text);
  });

  it('reports a corrupt gzip body with the zlib code', async () => {
    expect(await decodeBody(Buffer.from('not gzip at all'), 'gzip')).toEqual({
      ok: false,
      error: 'the gzip body could not be decompressed (Z_DATA_ERROR)',
    });
  });

  it('rejects an encoding it did not ask for', async () => {
    expect(await decodeBody(Buffer.from('x'), 'br')).toEqual({
      ok: false,
      error: "unsupported Content-Encoding 'br' (the client asks for gzip or deflate)",
    });
  });
});
