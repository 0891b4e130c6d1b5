/**
 * The bytes of a batch answer (contract §6): each sub-result as `{"Status":..,"Headers":{..},
 * "Content":..}`, keyed by request id (or listed, for the seed's list form). Pieces are measured
 * and written once into one exact-size buffer per chunk: concatenating per item and again per
 * batch copied every sub-response body twice (2 x ~230 MB per 30,240-tag extraction) and allocated
 * a buffer per item. A chunk is taken once enough bytes are pending, so a large answer streams
 * while an ordinary one (100 recorded reads, ~0.9 MB) is still one buffer, written as before.
 */
import { takeBody } from '../render/body-pool';

export interface SubResult {
  status: number;
  headers: Record<string, string>;
  /** JSON bytes of Content (a JSON string literal for plain-string content); null -> `null`. */
  content: Buffer | null;
}

/** Text (UTF-8 encoded when joined) or bytes. */
type Piece = string | Buffer;

const pieceBytes = (piece: Piece) => (typeof piece === 'string' ? Buffer.byteLength(piece, 'utf8') : piece.length);

function join(pieces: readonly Piece[], total: number): Buffer {
  const out = takeBody(total);
  let pos = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      pos += out.write(piece, pos, 'utf8');
    } else {
      out.set(piece, pos);
      pos += piece.length;
    }
  }
  return out;
}

/** Pieces pending until they are joined into one buffer. */
class PieceList {
  private pieces: Piece[] = [];
  private bytes = 0;

  get pendingBytes(): number {
    return this.bytes;
  }

  push(...pieces: Piece[]): void {
    for (const piece of pieces) {
      this.pieces.push(piece);
      this.bytes += pieceBytes(piece);
    }
  }

  pushItem(result: SubResult): void {
    this.push(`{"Status":${result.status},"Headers":${JSON.stringify(result.headers)},"Content":`, result.content ?? 'null', '}');
  }

  /** Everything pending as one buffer, and nothing pending after. */
  take(): Buffer {
    const out = join(this.pieces, this.bytes);
    this.pieces = [];
    this.bytes = 0;
    return out;
  }

  /**
   * Everything pending, nothing pending after: runs of small pieces joined into one buffer each,
   * and every Buffer of at least `passBytes` handed on as it is. Copying a 25 MB sub-response
   * into a chunk doubled the garbage a large batch leaves for the collector.
   */
  takeChunks(passBytes: number): Buffer[] {
    const out: Buffer[] = [];
    let start = 0;
    let runBytes = 0;
    for (let i = 0; i < this.pieces.length; i++) {
      const piece = this.pieces[i] ?? '';
      if (typeof piece === 'string' || piece.length < passBytes) {
        runBytes += pieceBytes(piece);
        continue;
      }
      if (i > start) out.push(join(this.pieces.slice(start, i), runBytes));
      out.push(piece);
      start = i + 1;
      runBytes = 0;
    }
    if (start < this.pieces.length) out.push(join(this.pieces.slice(start), runBytes));
    this.pieces = [];
    this.bytes = 0;
    return out;
  }
}

/** Content of an expanded RequestTemplate: `{"Total":n,"Items":[ one item per token ]}`. */
export function renderTemplateContent(total: number, items: readonly SubResult[]): Buffer {
  const pieces = new PieceList();
  pieces.push(`{"Total":${total},"Items":[`);
  items.forEach((item, i) => {
    if (i > 0) pieces.push(',');
    pieces.pushItem(item);
  });
  pieces.push(']}');
  return pieces.take();
}

/** Writes a batch answer item by item, in request order; hands out its bytes in chunks. */
export class BatchAnswerWriter {
  private readonly pieces = new PieceList();
  private first = true;

  constructor(private readonly listShaped: boolean) {
    this.pieces.push(listShaped ? '{"Responses":[' : '{');
  }

  item(id: string, result: SubResult): void {
    if (!this.first) this.pieces.push(',');
    if (!this.listShaped) this.pieces.push(`${JSON.stringify(id)}:`);
    this.first = false;
    this.pieces.pushItem(result);
  }

  /**
   * The bytes written since the last chunks, once at least `minBytes` are pending (none before):
   * pieces joined, except a sub-response of `minBytes` or more, which is handed on uncopied.
   */
  chunks(minBytes: number): Buffer[] {
    return this.pieces.pendingBytes >= minBytes ? this.pieces.takeChunks(minBytes) : [];
  }

  /** Closes the answer; its last chunk. */
  end(): Buffer {
    this.pieces.push(this.listShaped ? ']}' : '}');
    return this.pieces.take();
  }
}
