/** PaginationLinks of an object collection: First always, Previous/Next when they exist (contract §1.2). */
import type { HandlerContext } from '../router/types';

export function pagingLinks(ctx: HandlerContext, path: string, startIndex: number, maxCount: number, hasMore: boolean) {
  const page = (start: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of ctx.req.query.entries()) {
      const lower = k.toLowerCase();
      if (lower !== 'startindex' && lower !== 'maxcount') params.append(k, v);
    }
    params.set('startIndex', String(start));
    params.set('maxCount', String(maxCount));
    return ctx.url(`${path}?${params.toString()}`);
  };
  const links: { First: string; Previous?: string; Next?: string } = { First: page(0) };
  if (startIndex > 0) links.Previous = page(Math.max(0, startIndex - maxCount));
  if (hasMore) links.Next = page(startIndex + maxCount);
  return links;
}
