/** GET element endpoints: search under the database or an element, one element, its attributes. */
import { pagingLinks } from '../core/paging-links';
import { jsonResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';
import type { HandlerContext } from '../router/types';
import { parseAttributeSearch, searchAttributes } from './attribute-search';
import { parseElementSearch, searchElements } from './element-search';
import { elementPath, elementTemplateName, plantRef, type ElementRef } from './hierarchy';
import { pageOf, parseAssociations } from './list-params';
import { renderAttribute } from './render-attribute';
import { renderElement } from './render-element';
import { resolveDatabaseOrThrow, resolveElementByPathOrThrow, resolveElementOrThrow } from './resolve-af';
import { requiredParameter } from './webid-errors';

function elementList(ctx: HandlerContext, root: ElementRef | null): MockResponse {
  const q = ctx.req.query;
  const search = parseElementSearch(q, ctx.world.options.maxReturnedItemsPerCall);
  const withPaths = parseAssociations(q).has('paths');
  const found = searchElements(ctx.world.identity, ctx.world.catalogue.layout, root, search);
  const page = pageOf(found, search.startIndex, search.maxCount);
  const links = pagingLinks(ctx, ctx.req.path, search.startIndex, search.maxCount, found.length > search.startIndex + search.maxCount);
  return jsonResponse(q, { Links: links, Items: page.map((ref) => renderElement(ctx.world, ref, ctx, withPaths)) });
}

export function getDatabaseElements(ctx: HandlerContext): MockResponse {
  resolveDatabaseOrThrow(ctx.world, ctx.params.webId ?? '');
  return elementList(ctx, null);
}

export function getElementChildren(ctx: HandlerContext): MockResponse {
  return elementList(ctx, resolveElementOrThrow(ctx.world, ctx.params.webId ?? ''));
}

export function getElement(ctx: HandlerContext): MockResponse {
  const ref = resolveElementOrThrow(ctx.world, ctx.params.webId ?? '');
  const withPaths = parseAssociations(ctx.req.query).has('paths');
  return jsonResponse(ctx.req.query, renderElement(ctx.world, ref, ctx, withPaths));
}

export function getElementByPath(ctx: HandlerContext): MockResponse {
  const path = ctx.req.query.get('path');
  if (path === undefined || path === '') {
    throw requiredParameter('path', elementPath(ctx.world.identity, ctx.world.catalogue.layout, plantRef(0)));
  }
  const ref = resolveElementByPathOrThrow(ctx.world, path);
  const withPaths = parseAssociations(ctx.req.query).has('paths');
  return jsonResponse(ctx.req.query, renderElement(ctx.world, ref, ctx, withPaths));
}

export function getElementAttributes(ctx: HandlerContext): MockResponse {
  const ref = resolveElementOrThrow(ctx.world, ctx.params.webId ?? '');
  const q = ctx.req.query;
  const search = parseAttributeSearch(q, ctx.world.options.maxReturnedItemsPerCall);
  const af = ctx.world.af;
  const found = searchAttributes(af.attributes(ref), elementTemplateName(ref), search);
  const items = pageOf(found, search.startIndex, search.maxCount).map((i) =>
    renderAttribute(ctx.world, af.attributeView(ref, i, ctx.webIdType), ctx, search.withDataReference),
  );
  const links = pagingLinks(ctx, ctx.req.path, search.startIndex, search.maxCount, found.length > search.startIndex + search.maxCount);
  return jsonResponse(q, { Links: links, Items: items });
}
