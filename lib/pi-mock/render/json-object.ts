/** Writes one JSON object field by field, placing the commas (for per-stream parts, not per value). */
import type { ByteWriter } from './byte-writer';

export class JsonObjectWriter {
  private first = true;

  constructor(private readonly w: ByteWriter) {
    w.byte(0x7b);
  }

  /** Writes `"name":` (with a comma before it unless it is the first field); the caller writes the value. */
  key(name: string): ByteWriter {
    if (!this.first) this.w.comma();
    this.first = false;
    this.w.raw(`"${name}":`);
    return this.w;
  }

  end(): void {
    this.w.byte(0x7d);
  }
}

/** Writes a JSON array's elements with commas between them. */
export class JsonArrayWriter {
  private first = true;

  constructor(private readonly w: ByteWriter) {
    w.byte(0x5b);
  }

  /** Call before writing each element. */
  next(): ByteWriter {
    if (!this.first) this.w.comma();
    this.first = false;
    return this.w;
  }

  end(): void {
    this.w.byte(0x5d);
  }
}
