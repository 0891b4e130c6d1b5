/** A chart's CSV as a user gets it: click its button, save the download, parse it as RFC 4180. */
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

/** Rows of fields: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export interface CsvDownload {
  fileName: string;
  header: string[];
  rows: string[][];
}

/**
 * Clicks "Download <what> as CSV" and returns the parsed file (the byte-order mark dropped).
 * `what` is the chart's accessible name, or a pattern for one that carries live figures.
 */
export async function downloadCsv(page: Page, what: string | RegExp): Promise<CsvDownload> {
  const name = typeof what === 'string' ? `Download ${what} as CSV` : new RegExp(`^Download ${what.source.replace(/^\^/, '')}.* as CSV$`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(text.startsWith('\uFEFF'), 'UTF-8 byte-order mark for spreadsheets').toBe(true);
  const [header = [], ...rows] = parseCsv(text.slice(1));
  return { fileName: download.suggestedFilename(), header, rows };
}
