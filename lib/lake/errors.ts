/** Failures a caller of lib/lake must handle (STYLE §6); anything else thrown is a bug. */
export type LakeError =
  /** A filesystem call failed; `code` is Node's errno code (ENOSPC, EACCES, ...), never its message. */
  | { kind: 'io'; path: string; code: string }
  | { kind: 'bad-option'; option: string; message: string }
  /** Another attempt already owns this attempt id's staging folder. */
  | { kind: 'attempt-exists'; attemptId: string; path: string }
  /** DuckDB could not write or read a Parquet file. */
  | { kind: 'parquet'; path: string; message: string }
  /** A committed file is neither at its final nor at its staged path: the lake lost data (verify reports it too). */
  | { kind: 'missing-file'; sequence: number; path: string }
  /** Records that do not parse or numbers missing from the log: what they covered is unknown. */
  | { kind: 'untrusted-log'; corrupt: number; gaps: number }
  /** The bronze store refused to open during `lake load`. */
  | { kind: 'bronze'; message: string };

/**
 * The LandingSink methods cannot return a Result (the interface answers plain values), so a
 * filesystem failure while staging is thrown wrapped in this, keeping its typed error.
 */
export class LakeFailure extends Error {
  constructor(readonly error: LakeError) {
    super(describeLakeError(error));
    this.name = 'LakeFailure';
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Node's errno code of a failed fs call; 'UNKNOWN' when the thrown value carries none. */
export function errnoCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return 'UNKNOWN';
}

export function ioError(path: string, error: unknown): LakeError {
  return { kind: 'io', path, code: errnoCode(error) };
}

export function describeLakeError(error: LakeError): string {
  switch (error.kind) {
    case 'io':
      return `filesystem error ${error.code} at ${error.path}`;
    case 'bad-option':
      return `${error.option}: ${error.message}`;
    case 'attempt-exists':
      return `attempt ${error.attemptId} already has a staging folder at ${error.path}`;
    case 'parquet':
      return `Parquet error at ${error.path}: ${error.message}`;
    case 'missing-file':
      return `commit ${error.sequence} lists ${error.path}, which is neither published nor staged`;
    case 'untrusted-log':
      return `the commit log has ${error.corrupt} corrupt records and ${error.gaps} missing numbers; run \`lake verify\` and repair it first`;
    case 'bronze':
      return `bronze store: ${error.message}`;
  }
}
