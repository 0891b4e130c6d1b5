/** `{0}`, `{1}` ... in a Resource replaced by Parameter values (contract §6). */
import { err, ok, type Result } from '../../result';

/**
 * Longest Resource a substitution may build: far past any URL a PI server accepts (HTTP.sys
 * stops at ~16 KB), and small enough that `{0}` filled with a whole parent answer (say 25 MB,
 * repeated for 150,000 template tokens) is refused instead of built.
 */
export const MAX_RESOURCE_CHARS = 65_536;

export type SubstituteError = 'missing' | 'too-long';

/** Placeholder text of Parameter values; a parsed object is serialised once, however often it is used. */
export class PlaceholderTexts {
  private readonly serialised = new Map<object, string>();

  of(value: unknown): string {
    if (typeof value === 'string') return value;
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    let text = this.serialised.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      this.serialised.set(value, text);
    }
    return text;
  }
}

/** err 'missing' when a placeholder has no value (undefined or null), 'too-long' past MAX_RESOURCE_CHARS. */
export function substitute(resource: string, values: readonly unknown[], texts: PlaceholderTexts): Result<string, SubstituteError> {
  // Most resources have no placeholder: skip the regex and its copy of the string.
  if (!resource.includes('{')) return ok(resource);
  let failure: SubstituteError | null = null;
  let length = resource.length;
  const out = resource.replace(/\{(\d+)\}/g, (_m, n: string) => {
    const v = values[Number(n)];
    if (v === undefined || v === null) {
      // A missing value wins: it is what the caller has to fix first.
      failure = 'missing';
      return '';
    }
    if (failure !== null) return '';
    const text = texts.of(v);
    length += text.length;
    if (length > MAX_RESOURCE_CHARS) {
      failure = 'too-long';
      return '';
    }
    return text;
  });
  return failure === null ? ok(out) : err(failure);
}
