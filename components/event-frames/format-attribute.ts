/** An event-frame attribute value as a table shows it: numbers grouped, nothing as a dash, structures as compact JSON. */
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function formatAttribute(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return Number.isFinite(value) ? numberFormat.format(value) : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}
