/**
 * Which streams a stream-set request reads (contract §5): ad hoc sets name them with repeated
 * `webId`, parent-scoped sets take the attributes of an element or event frame (filtered by
 * nameFilter, categoryName, templateName, searchFullHierarchy). `sortField=Name` orders by name.
 */
import { notFound } from '../http/pi-error';
import { requireWebId } from '../http/require-webid';
import type { HandlerContext } from '../router/types';
import type { ParentStreamFilter } from '../stream-providers';
import type { StreamSource } from '../stream-source';
import { resolveStream } from './resolve-stream';
import { boolParam, enumParam, requiredError } from './stream-params';

/** defaultField null: request order unless `sortField=Name` is given (ad hoc sets). */
function sorted(ctx: HandlerContext, sources: StreamSource[], defaultField: 'Name' | null): StreamSource[] {
  const { query } = ctx.req;
  const field = query.has('sortField') ? enumParam(query, 'sortField', ['Name'], 'Name') : defaultField;
  const order = enumParam(query, 'sortOrder', ['Ascending', 'Descending'], 'Ascending');
  if (field === null) return sources;
  const out = [...sources].sort((a, b) => compareNames(a.name, b.name));
  return order === 'Descending' ? out.reverse() : out;
}

function compareNames(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `?webId=A&webId=B`: every stream in request order (or by name); any bad WebID fails the call. */
export function adHocSources(ctx: HandlerContext): StreamSource[] {
  const raws = ctx.req.query.getAll('webId').filter((w) => w.trim() !== '');
  if (raws.length === 0) throw requiredError('webId');
  const sources = raws.map((raw) => resolveStream(ctx.world, raw.trim(), ctx.webIdType));
  return sorted(ctx, sources, null);
}

/** `/streamsets/{webId}/...`: the attributes of an element (`Em`) or event frame (`Fm`). */
export function parentSources(ctx: HandlerContext): StreamSource[] {
  const raw = ctx.params.webId ?? '';
  const decoded = requireWebId(raw, ['Em', 'Fm']);
  const { query } = ctx.req;
  const filter: ParentStreamFilter = { searchFullHierarchy: boolParam(query, 'searchFullHierarchy', false) };
  const nameFilter = query.get('nameFilter');
  const categoryName = query.get('categoryName');
  const templateName = query.get('templateName');
  if (nameFilter !== undefined && nameFilter !== '') filter.nameFilter = nameFilter;
  if (categoryName !== undefined && categoryName !== '') filter.categoryName = categoryName;
  if (templateName !== undefined && templateName !== '') filter.templateName = templateName;
  const provider = decoded.marker === 'Em' ? ctx.world.af : ctx.world.eventFrames;
  const sources = provider.parentStreamSources(decoded, filter, ctx.webIdType);
  if (sources === null) {
    const what = decoded.marker === 'Em' ? 'An element' : 'An event frame';
    throw notFound(`${what} with WebID '${raw}' was not found.`);
  }
  return sorted(ctx, sources, 'Name');
}
