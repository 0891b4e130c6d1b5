/** Failures a caller of lib/bronze must handle (STYLE §6); anything else thrown is a bug. */
export type BronzeError =
  /** Another process holds the DuckDB file (e.g. the dashboard while a CLI extract runs). */
  | { kind: 'locked'; file: string; message: string }
  | { kind: 'open-failed'; file: string; message: string }
  | { kind: 'export-failed'; dir: string; message: string };

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** DuckDB errors carry no code, so the lock conflict is recognised by its fixed wording. */
export function openError(file: string, error: unknown): BronzeError {
  const message = messageOf(error);
  return /Could not set lock on file/i.test(message)
    ? { kind: 'locked', file, message }
    : { kind: 'open-failed', file, message };
}

export function describeBronzeError(error: BronzeError): string {
  switch (error.kind) {
    case 'locked':
      return `${error.file} is in use by another process: ${error.message}`;
    case 'open-failed':
      return `cannot open ${error.file}: ${error.message}`;
    case 'export-failed':
      return `cannot export Parquet to ${error.dir}: ${error.message}`;
  }
}
