/**
 * PI Query String wildcards (contract §3.1): `*` any run, `?` one char, `[abc]` / `[!abc]` sets,
 * `\` escapes the next character. Matching is case-insensitive; no filter matches everything.
 */
export type NameMatcher = (name: string) => boolean;

export function compileNameFilter(filter: string | undefined): NameMatcher {
  if (filter === undefined || filter === '' || filter === '*') return () => true;
  if (!/[*?[\\]/.test(filter)) {
    const exact = filter.toUpperCase();
    return (name) => name.toUpperCase() === exact;
  }
  let source = '^';
  for (let i = 0; i < filter.length; i++) {
    const c = filter[i]!;
    if (c === '\\' && i + 1 < filter.length) {
      source += escapeRegExp(filter[++i]!);
    } else if (c === '*') {
      source += '.*';
    } else if (c === '?') {
      source += '.';
    } else if (c === '[') {
      const close = filter.indexOf(']', i + 1);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      let body = filter.slice(i + 1, close);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else {
      source += escapeRegExp(c);
    }
  }
  const re = new RegExp(source + '$', 'is');
  return (name) => re.test(name);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
