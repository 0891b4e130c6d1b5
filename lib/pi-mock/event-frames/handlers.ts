/** GET event-frame endpoints (contract §8): search, one frame, its attributes, referenced elements. */
import type { ElementRef } from '../af/hierarchy';
import { parseAttributeSearch, searchAttributes } from '../af/attribute-search';
import { pageOf, parseAssociations } from '../af/list-params';
import { renderAttribute } from '../af/render-attribute';
import { renderElement } from '../af/render-element';
import { resolveDatabaseOrThrow, resolveElementOrThrow } from '../af/resolve-af';
import { notFoundByPath, notFoundByWebId, requireAfWebId, requiredParameter } from '../af/webid-errors';
import { pagingLinks } from '../core/paging-links';
import { jsonResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';
import type { HandlerContext } from '../router/types';
import { parseFrameSearch } from './frame-search';
import { renderFrame } from './render-frame';
import { runFrameSearch } from './run-frame-search';

function resolveFrameOrThrow(ctx: HandlerContext): number {
  const webId = ctx.params.webId ?? '';
  const decoded = requireAfWebId(webId, 'Fm');
  const i = ctx.world.eventFrames.frameFromDecoded(decoded);
  if (i < 0) throw notFoundByWebId('Fm', webId);
  return i;
}

function frameList(ctx: HandlerContext, scope?: ElementRef): MockResponse {
  const { world } = ctx;
  const q = ctx.req.query;
  const search = parseFrameSearch(q, world.nowMs(), world.options.maxReturnedItemsPerCall);
  const table = world.eventFrames.table;
  const found = runFrameSearch(table, world.catalogue.layout, search, scope);
  const items = pageOf(found, search.startIndex, search.maxCount).map((i) => renderFrame(world, table, i, ctx));
  const links = pagingLinks(ctx, ctx.req.path, search.startIndex, search.maxCount, found.length > search.startIndex + search.maxCount);
  return jsonResponse(q, { Links: links, Items: items });
}

export function getDatabaseFrames(ctx: HandlerContext): MockResponse {
  resolveDatabaseOrThrow(ctx.world, ctx.params.webId ?? '');
  return frameList(ctx);
}

/** Frames that reference the element (its unit, or the equipment itself). */
export function getElementFrames(ctx: HandlerContext): MockResponse {
  return frameList(ctx, resolveElementOrThrow(ctx.world, ctx.params.webId ?? ''));
}

export function getFrame(ctx: HandlerContext): MockResponse {
  const i = resolveFrameOrThrow(ctx);
  return jsonResponse(ctx.req.query, renderFrame(ctx.world, ctx.world.eventFrames.table, i, ctx));
}

export function getFrameByPath(ctx: HandlerContext): MockResponse {
  const path = ctx.req.query.get('path');
  if (path === undefined || path === '') {
    throw requiredParameter('path', `${ctx.world.identity.database.path}\\EventFrames[BatchRun-2024-000001]`);
  }
  const i = ctx.world.eventFrames.frameFromPath(path);
  if (i < 0) throw notFoundByPath('Fm', path);
  return jsonResponse(ctx.req.query, renderFrame(ctx.world, ctx.world.eventFrames.table, i, ctx));
}

/** Every frame here is top-level: children are always an empty list, after the usual validation. */
export function getFrameChildren(ctx: HandlerContext): MockResponse {
  resolveFrameOrThrow(ctx);
  parseFrameSearch(ctx.req.query, ctx.world.nowMs(), ctx.world.options.maxReturnedItemsPerCall);
  return jsonResponse(ctx.req.query, { Links: {}, Items: [] });
}

export function getFrameAttributes(ctx: HandlerContext): MockResponse {
  const i = resolveFrameOrThrow(ctx);
  const q = ctx.req.query;
  const ef = ctx.world.eventFrames;
  const search = parseAttributeSearch(q, ctx.world.options.maxReturnedItemsPerCall);
  const found = searchAttributes(ef.attributes(i), ef.templateName(i), search);
  const items = pageOf(found, search.startIndex, search.maxCount).map((k) =>
    renderAttribute(ctx.world, ef.attributeView(i, k, ctx.webIdType), ctx, search.withDataReference),
  );
  const links = pagingLinks(ctx, ctx.req.path, search.startIndex, search.maxCount, found.length > search.startIndex + search.maxCount);
  return jsonResponse(q, { Links: links, Items: items });
}

export function getFrameReferencedElements(ctx: HandlerContext): MockResponse {
  const i = resolveFrameOrThrow(ctx);
  const withPaths = parseAssociations(ctx.req.query).has('paths');
  const items = ctx.world.eventFrames.referencedElements(i).map((ref) => renderElement(ctx.world, ref, ctx, withPaths));
  return jsonResponse(ctx.req.query, { Links: {}, Items: items });
}
