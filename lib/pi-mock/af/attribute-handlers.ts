/**
 * GET /attributes endpoints for element attributes (owner `E`) and event-frame attributes (owner
 * `F`) alike: the WebID's owner marker or the path's shape picks the model.
 */
import { timedValueAt } from '../streams/timed-value';
import { jsonResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';
import type { HandlerContext } from '../router/types';
import type { MockWorld } from '../world';
import type { WebIdType } from '../../pi-contract';
import { parseAfPath } from './af-path';
import { parseMaxCount, parseStartIndex } from '../http/paging-params';
import { elementPath, unitRef } from './hierarchy';
import { parseAssociations } from './list-params';
import { renderAttribute, type AttributeView } from './render-attribute';
import { elementAttributeFromDecoded, elementAttributeFromPath } from './resolve-af';
import { staticTimedValue } from './static-value';
import { notFoundByPath, notFoundByWebId, requireAfWebId, requiredParameter } from './webid-errors';

function viewByWebIdOrThrow(world: MockWorld, webId: string, type: WebIdType): AttributeView {
  const decoded = requireAfWebId(webId, 'Ab');
  if (decoded.ownerMarker === 'E') {
    const attr = elementAttributeFromDecoded(world, decoded);
    if (attr) return world.af.attributeView(attr.element, attr.index, type);
  } else if (decoded.ownerMarker === 'F') {
    const attr = world.eventFrames.attributeFromDecoded(decoded);
    if (attr) return world.eventFrames.attributeView(attr.frame, attr.index, type);
  }
  throw notFoundByWebId('Ab', webId);
}

function viewByPathOrThrow(world: MockWorld, path: string, type: WebIdType): AttributeView {
  const kind = parseAfPath(world.identity, path)?.kind;
  if (kind === 'attribute') {
    const attr = elementAttributeFromPath(world, path);
    if (attr) return world.af.attributeView(attr.element, attr.index, type);
  } else if (kind === 'eventFrameAttribute') {
    const attr = world.eventFrames.attributeFromPath(path);
    if (attr) return world.eventFrames.attributeView(attr.frame, attr.index, type);
  }
  throw notFoundByPath('Ab', path);
}

function withDataReference(ctx: HandlerContext): boolean {
  return parseAssociations(ctx.req.query).has('datareference');
}

export function getAttribute(ctx: HandlerContext): MockResponse {
  const view = viewByWebIdOrThrow(ctx.world, ctx.params.webId ?? '', ctx.webIdType);
  return jsonResponse(ctx.req.query, renderAttribute(ctx.world, view, ctx, withDataReference(ctx)));
}

export function getAttributeByPath(ctx: HandlerContext): MockResponse {
  const path = ctx.req.query.get('path');
  if (path === undefined || path === '') {
    throw requiredParameter('path', `${elementPath(ctx.world.identity, ctx.world.catalogue.layout, unitRef(0, 0))}|Temperature`);
  }
  const view = viewByPathOrThrow(ctx.world, path, ctx.webIdType);
  return jsonResponse(ctx.req.query, renderAttribute(ctx.world, view, ctx, withDataReference(ctx)));
}

/** Child attributes: none in this model, but the parent must exist and paging must be valid. */
export function getAttributeChildren(ctx: HandlerContext): MockResponse {
  viewByWebIdOrThrow(ctx.world, ctx.params.webId ?? '', ctx.webIdType);
  parseStartIndex(ctx.req.query);
  parseMaxCount(ctx.req.query, ctx.world.options.maxReturnedItemsPerCall);
  return jsonResponse(ctx.req.query, { Links: {}, Items: [] });
}

/** PI Point attributes read their tag at the server's now; static ones answer their value. */
export function getAttributeValue(ctx: HandlerContext): MockResponse {
  const { def } = viewByWebIdOrThrow(ctx.world, ctx.params.webId ?? '', ctx.webIdType);
  const body = def.tagIndex === null ? staticTimedValue(def) : timedValueAt(ctx.world, def.tagIndex, ctx.world.nowMs());
  return jsonResponse(ctx.req.query, body);
}
