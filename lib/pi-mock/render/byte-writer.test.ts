import { describe, expect, it } from 'vitest';
import { PiRequestError } from '../http/pi-error';
import { ByteWriter, MAX_BODY_BYTES } from './byte-writer';

function text(write: (w: ByteWriter) => void, initialBytes = 256): string {
  const w = new ByteWriter(initialBytes);
  write(w);
  return w.finish().toString('utf8');
}

describe('ByteWriter numbers', () => {
  it('writes scaled integers without trailing zeros', () => {
    expect(text((w) => w.scaled(47316, 3))).toBe('47.316');
    expect(text((w) => w.scaled(47310, 3))).toBe('47.31');
    expect(text((w) => w.scaled(47000, 3))).toBe('47');
    expect(text((w) => w.scaled(5, 3))).toBe('0.005');
    expect(text((w) => w.scaled(50201, 4))).toBe('5.0201');
    expect(text((w) => w.scaled(0, 2))).toBe('0');
    expect(text((w) => w.scaled(-1205, 2))).toBe('-12.05');
    expect(text((w) => w.scaled(27043, 0))).toBe('27043');
  });

  it('parses back to exactly scaled / 10^decimals for many values', () => {
    let mismatches = 0;
    let seed = 12345;
    for (let i = 0; i < 50_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const decimals = seed % 7;
      const scaled = (seed >>> 3) % 50_000_000;
      const out = text((w) => w.scaled(scaled, decimals));
      if (Number(out) !== scaled / 10 ** decimals || /\.\d*0$/.test(out)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('writes other numbers in their shortest round-trip form and rejects non-finite ones', () => {
    expect(text((w) => w.number(47.262666666666667))).toBe(String(47.262666666666667));
    expect(text((w) => w.number(-3))).toBe('-3');
    expect(text((w) => w.number(2 ** 40))).toBe('1099511627776');
    expect(text((w) => w.int(9_007_199_254_740_991))).toBe('9007199254740991');
    expect(() => text((w) => w.number(Number.NaN))).toThrow(RangeError);
  });
});

describe('ByteWriter strings and growth', () => {
  it('escapes what JSON needs and keeps plain ASCII as is', () => {
    const samples = ['Sydney_Unit01_Temperature', '\\\\PISRV01\\Tag', 'say "hi"', 'tab\there', 'degC', '°C', ''];
    for (const s of samples) expect(JSON.parse(text((w) => w.string(s)))).toBe(s);
  });

  it('grows past its initial size without losing bytes', () => {
    const piece = Buffer.from('{"Timestamp":"2024-01-01T00:00:00Z","Value":');
    const out = text((w) => {
      for (let i = 0; i < 10_000; i++) {
        w.bytes(piece);
        w.scaled(i, 1);
        w.byte(0x7d);
      }
    }, 256);
    expect(out.length).toBe(10_000 * (piece.length + 1) + [...Array(10_000).keys()].reduce((n, i) => n + String(i / 10).length, 0));
    expect(out.endsWith('"Value":999.9}')).toBe(true);
  });

  it('refuses a body larger than a client could parse, with a 400 saying what to shrink', () => {
    let caught: unknown;
    try {
      new ByteWriter(256).ensure(MAX_BODY_BYTES + 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PiRequestError);
    expect((caught as PiRequestError).status).toBe(400);
    expect((caught as PiRequestError).messages[0]).toMatch(/^The response would exceed 536870912 bytes\./);
  });
});
