/**
 * A deliberately plain PI wildcard matcher for ASCII filters and names, the oracle of the fuzz
 * suite: memoised recursion straight over the filter text, sharing no code with wildcard/.
 * 'invalid' where the mock must answer 400 (a reversed range or a filter over 256 characters).
 */
export function referenceWildcardMatch(filter: string, name: string): boolean | 'invalid' {
  if (filter.length > 256) return 'invalid';
  if (filter === '' || filter === '*') return true;
  for (let i = 0; i < filter.length; i++) {
    if (filter[i] === '\\') i++;
    else if (filter[i] === '[') {
      const close = filter.indexOf(']', i + 1);
      if (close === -1) continue;
      const body = filter.slice(i + (filter[i + 1] === '!' ? 2 : 1), close);
      for (let j = 0; j + 2 < body.length; j++) {
        if (body[j + 1] === '-') {
          if (body.charCodeAt(j + 2) < body.charCodeAt(j)) return 'invalid';
          j += 2;
        }
      }
      i = close;
    }
  }
  const up = (s: string) => s.toUpperCase();
  const inBody = (body: string, ch: string): boolean => {
    for (let j = 0; j < body.length; j++) {
      if (j + 2 < body.length && body[j + 1] === '-') {
        const [low, high] = [body.charCodeAt(j), body.charCodeAt(j + 2)];
        if ([ch, ch.toLowerCase(), ch.toUpperCase()].some((c) => c.charCodeAt(0) >= low && c.charCodeAt(0) <= high)) return true;
        j += 2;
      } else if (up(body.charAt(j)) === up(ch)) return true;
    }
    return false;
  };
  const memo = new Map<number, boolean>();
  const match = (p: number, n: number): boolean => {
    const key = p * (name.length + 1) + n;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    const c = filter.charAt(p);
    if (p === filter.length) result = n === name.length;
    else if (c === '*') result = match(p + 1, n) || (n < name.length && match(p, n + 1));
    else if (n === name.length) result = false;
    else if (c === '?') result = match(p + 1, n + 1);
    else if (c === '\\' && p + 1 < filter.length) result = up(filter.charAt(p + 1)) === up(name.charAt(n)) && match(p + 2, n + 1);
    else if (c === '[' && filter.indexOf(']', p + 1) !== -1) {
      const close = filter.indexOf(']', p + 1);
      const negate = filter[p + 1] === '!';
      const body = filter.slice(p + (negate ? 2 : 1), close);
      result = inBody(body, name.charAt(n)) !== negate && match(close + 1, n + 1);
    } else result = up(c) === up(name.charAt(n)) && match(p + 1, n + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}
