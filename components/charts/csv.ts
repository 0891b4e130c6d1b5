/**
 * The CSV beside each chart's PNG: the figures the chart draws, one row per drawn item, built in
 * the browser from the chart's own data. RFC 4180: CRLF lines, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled. Numbers stay raw (seconds, counts), with the
 * unit in the header ("time (s)"), so a spreadsheet can compute with them.
 */
export type CsvCell = string | number | boolean | null;

export interface CsvTable {
  /** Column names with their units: "time (s)", "requests". */
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** Spreadsheets (Excel above all) read a UTF-8 file as UTF-8 only with this mark; "≈" and "✓" need it. */
export const CSV_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  // A leading space or formula sign is kept as is: the file is data, never opened as a formula sheet here.
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The table as CSV text (no byte-order mark; see CSV_BOM for the download). */
export function toCsv(table: CsvTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Epoch ms as ISO 8601 UTC, the form spreadsheets and pandas parse without a format string. */
export function csvTime(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString();
}
