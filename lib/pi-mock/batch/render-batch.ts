/**
 * The bytes of a batch answer (contract §6): each sub-result as `{"Status":..,"Headers":{..},
 * "Content":..}`, keyed by request id (or listed, for the seed's list form). Pieces are measured
 * first and written once into one exact-size buffer: concatenating per item and again per batch
 * copied every sub-response body twice (2 x ~230 MB per 30,240-tag extraction) and allocated a buffer
 * per item.
 */
import { takeBody } from '../render/body-pool';
import type { ParsedBatch } from './parse-batch';

export interface SubResult {
  status: number;
  headers: Record<string, string>;
  /** JSON bytes of Content (a JSON string literal for plain-string content); null -> `null`. */
  content: Buffer | null;
  parsed?: unknown;
}

/** Text (UTF-8 encoded when joined) or bytes. */
type Piece = string | Buffer;

function join(pieces: Piece[]): Buffer {
  let total = 0;
  for (const piece of pieces) total += typeof piece === 'string' ? Buffer.byteLength(piece, 'utf8') : piece.length;
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

function pushItem(pieces: Piece[], result: SubResult): void {
  pieces.push(`{"Status":${result.status},"Headers":${JSON.stringify(result.headers)},"Content":`, result.content ?? 'null', '}');
}

/** Content of an expanded RequestTemplate: `{"Total":n,"Items":[ one item per token ]}`. */
export function renderTemplateContent(total: number, items: SubResult[]): Buffer {
  const pieces: Piece[] = [`{"Total":${total},"Items":[`];
  items.forEach((item, i) => {
    if (i > 0) pieces.push(',');
    pushItem(pieces, item);
  });
  pieces.push(']}');
  return join(pieces);
}

export function renderBatch(batch: ParsedBatch, results: Map<string, SubResult>): Buffer {
  const pieces: Piece[] = [batch.listShaped ? '{"Responses":[' : '{'];
  let first = true;
  for (const id of batch.requests.keys()) {
    if (!first) pieces.push(',');
    if (!batch.listShaped) pieces.push(`${JSON.stringify(id)}:`);
    first = false;
    pushItem(pieces, results.get(id)!);
  }
  pieces.push(batch.listShaped ? ']}' : '}');
  return join(pieces);
}
