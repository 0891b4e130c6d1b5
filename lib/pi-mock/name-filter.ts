/**
 * Name filters of list and search endpoints (`nameFilter`, `descriptionFilter`,
 * `referencedElementNameFilter`, template `query`): PI wildcards (contract §3.1), matched
 * case-insensitively in time linear in the name (wildcard/match-wildcard.ts). No filter, an empty
 * one or `*` matches everything.
 */
import { badRequest } from './http/pi-error';
import { matchWildcard } from './wildcard/match-wildcard';
import { parseWildcard, type WildcardError } from './wildcard/parse-wildcard';

export type NameMatcher = (name: string) => boolean;

const matchAll: NameMatcher = () => true;

function explain(error: WildcardError): string {
  switch (error.kind) {
    case 'too-long':
      return `it is ${error.length} characters long; at most ${error.maxLength} are allowed`;
    case 'reversed-range':
      return `the character range '${error.range}' is in reverse order`;
  }
}

/** The filter's matcher; a filter too long or malformed is a 400 naming `parameter`. */
export function compileNameFilterOrThrow(filter: string | undefined, parameter: string): NameMatcher {
  if (filter === undefined || filter === '' || filter === '*') return matchAll;
  const parsed = parseWildcard(filter);
  if (!parsed.ok) {
    const shown = parsed.error.kind === 'too-long' ? `${filter.slice(0, 32)}...` : filter;
    throw badRequest(`The value '${shown}' is not valid for parameter '${parameter}': ${explain(parsed.error)}.`);
  }
  if (!/[*?[\\]/.test(filter)) {
    // Without wildcards the filter is a name: compared whole, as before the matcher was rewritten.
    const exact = filter.toUpperCase();
    return (name) => name.toUpperCase() === exact;
  }
  const pattern = parsed.value;
  return (name) => matchWildcard(pattern, name);
}
