/** GET element templates and element categories of the database. */
import { jsonResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';
import type { HandlerContext } from '../router/types';
import type { ServerIdentity } from '../server-identity';
import { compileNameFilterOrThrow } from '../name-filter';
import { categoryWebId, databaseWebId, templateWebId } from './af-webids';
import { parseMaxCount } from '../http/paging-params';
import { compareNames, matchEnumOrThrow, parseEnum, SORT_ORDERS } from './list-params';
import type { RenderContext } from './render-context';
import { resolveCategoryOrThrow, resolveDatabaseOrThrow, resolveTemplateOrThrow } from './resolve-af';
import { CATEGORIES, categoryGuid, categoryPath, templateGuid, templatePath, TEMPLATES } from './templates';

function renderTemplate(id: ServerIdentity, index: number, ctx: RenderContext): Record<string, unknown> {
  const t = TEMPLATES[index]!;
  const webId = templateWebId(id, index, ctx.webIdType);
  const self = `/elementtemplates/${webId}`;
  return {
    WebId: webId,
    Id: templateGuid(index),
    Name: t.name,
    Description: t.description,
    Path: templatePath(id, t),
    AllowElementToExtend: true,
    BaseTemplate: '',
    InstanceType: t.instanceType,
    NamingPattern: '',
    CategoryNames: t.categoryNames,
    ExtendedProperties: {},
    Severity: 'None',
    CanBeAcknowledged: t.canBeAcknowledged,
    Links: {
      Self: ctx.url(self),
      AnalysisTemplates: ctx.url(`${self}/analysistemplates`),
      AttributeTemplates: ctx.url(`${self}/attributetemplates`),
      Categories: ctx.url(`${self}/categories`),
      Database: ctx.url(`/assetdatabases/${databaseWebId(id, ctx.webIdType)}`),
      DerivedTemplates: ctx.url(`${self}/derivedelementtemplates`),
      Security: ctx.url(`${self}/security`),
      SecurityEntries: ctx.url(`${self}/securityentries`),
    },
  };
}

function renderCategory(id: ServerIdentity, index: number, ctx: RenderContext): Record<string, unknown> {
  const c = CATEGORIES[index]!;
  const webId = categoryWebId(id, index, ctx.webIdType);
  const self = `/elementcategories/${webId}`;
  return {
    WebId: webId,
    Id: categoryGuid(index),
    Name: c.name,
    Description: c.description,
    Path: categoryPath(id, c),
    Links: {
      Self: ctx.url(self),
      Database: ctx.url(`/assetdatabases/${databaseWebId(id, ctx.webIdType)}`),
      Security: ctx.url(`${self}/security`),
      SecurityEntries: ctx.url(`${self}/securityentries`),
    },
  };
}

const TEMPLATE_SEARCH_FIELDS = ['Name', 'Description'] as const;

/** `query` is matched (PI wildcards) against the `field`s named (default Name). */
export function getDatabaseTemplates(ctx: HandlerContext): MockResponse {
  resolveDatabaseOrThrow(ctx.world, ctx.params.webId ?? '');
  const q = ctx.req.query;
  const fields = q.getAll('field').map((f) => matchEnumOrThrow(f, 'field', TEMPLATE_SEARCH_FIELDS));
  const searchIn = fields.length > 0 ? fields : (['Name'] as const);
  const matches = compileNameFilterOrThrow(q.get('query'), 'query');
  parseEnum(q, 'sortField', ['Name'] as const, 'Name');
  const sign = parseEnum(q, 'sortOrder', SORT_ORDERS, 'Ascending') === 'Ascending' ? 1 : -1;
  const maxCount = parseMaxCount(q, ctx.world.options.maxReturnedItemsPerCall);
  const indices = TEMPLATES.map((_, i) => i)
    .filter((i) => searchIn.some((f) => matches(f === 'Name' ? TEMPLATES[i]!.name : TEMPLATES[i]!.description)))
    .sort((a, b) => sign * compareNames(TEMPLATES[a]!.name, TEMPLATES[b]!.name))
    .slice(0, maxCount);
  return jsonResponse(q, { Links: {}, Items: indices.map((i) => renderTemplate(ctx.world.identity, i, ctx)) });
}

export function getTemplate(ctx: HandlerContext): MockResponse {
  const index = resolveTemplateOrThrow(ctx.world, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, renderTemplate(ctx.world.identity, index, ctx));
}

export function getDatabaseCategories(ctx: HandlerContext): MockResponse {
  resolveDatabaseOrThrow(ctx.world, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, { Links: {}, Items: CATEGORIES.map((_, i) => renderCategory(ctx.world.identity, i, ctx)) });
}

export function getCategory(ctx: HandlerContext): MockResponse {
  const index = resolveCategoryOrThrow(ctx.world, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, renderCategory(ctx.world.identity, index, ctx));
}
