/** Query strings of recorded reads (contract §4.1, §5.1), built once per window. */
const VALUE_FIELDS = ['Timestamp', 'Value', 'Good', 'Questionable', 'Substituted', 'Annotated'];

const formatted = new Map<number, string>();

/** ISO 8601 UTC without a zero fraction; cached, since every tag of a run shares its window ends. */
export function formatIsoMs(ms: number): string {
  let text = formatted.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString().replace('.000Z', 'Z');
    if (formatted.size >= 10_000) formatted.clear();
    formatted.set(ms, text);
  }
  return text;
}

/** `startTime=...&endTime=...&maxCount=...[&selectedFields=...]` for a single stream. */
export function recordedQuery(startIso: string, endIso: string, maxCount: number, lean: boolean): string {
  const fields = lean ? `&selectedFields=${VALUE_FIELDS.map((f) => `Items.${f}`).join(';')}` : '';
  return `startTime=${encodeURIComponent(startIso)}&endTime=${encodeURIComponent(endIso)}&maxCount=${maxCount}${fields}`;
}

/** The stream-set variant keeps each stream's WebId so items can be matched to tags. */
export function streamSetQuery(startIso: string, endIso: string, maxCount: number, lean: boolean): string {
  const fields = lean ? `&selectedFields=Items.WebId;${VALUE_FIELDS.map((f) => `Items.Items.${f}`).join(';')}` : '';
  return `startTime=${encodeURIComponent(startIso)}&endTime=${encodeURIComponent(endIso)}&maxCount=${maxCount}${fields}`;
}
