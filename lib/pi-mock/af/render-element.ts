/** Element objects (swagger `Element`); stream links point at the element's stream sets. */
import type { MockWorld } from '../world';
import { databaseWebId, elementWebId, templateWebId } from './af-webids';
import {
  elementCategoryNames,
  elementDescription,
  elementGuid,
  elementName,
  elementPath,
  elementTemplateName,
  hasChildren,
  parentOf,
  type ElementRef,
} from './hierarchy';
import type { RenderContext } from './render-context';
import { templateIndexOf } from './templates';

/** `withPaths` (associations=Paths) fills `Paths`; otherwise it is null, as PI sends it. */
export function renderElement(world: MockWorld, ref: ElementRef, ctx: RenderContext, withPaths = false): Record<string, unknown> {
  const { identity } = world;
  const layout = world.catalogue.layout;
  const webId = elementWebId(identity, layout, ref, ctx.webIdType);
  const self = `/elements/${webId}`;
  const path = elementPath(identity, layout, ref);
  const template = elementTemplateName(ref);
  const parent = parentOf(ref);
  const links: Record<string, string> = {
    Self: ctx.url(self),
    Analyses: ctx.url(`${self}/analyses`),
    Attributes: ctx.url(`${self}/attributes`),
    Elements: ctx.url(`${self}/elements`),
    Database: ctx.url(`/assetdatabases/${databaseWebId(identity, ctx.webIdType)}`),
  };
  if (parent) links.Parent = ctx.url(`/elements/${elementWebId(identity, layout, parent, ctx.webIdType)}`);
  links.Template = ctx.url(`/elementtemplates/${templateWebId(identity, templateIndexOf(template), ctx.webIdType)}`);
  links.Categories = ctx.url(`${self}/categories`);
  links.EventFrames = ctx.url(`${self}/eventframes`);
  links.InterpolatedData = ctx.url(`/streamsets/${webId}/interpolated`);
  links.RecordedData = ctx.url(`/streamsets/${webId}/recorded`);
  links.PlotData = ctx.url(`/streamsets/${webId}/plot`);
  links.SummaryData = ctx.url(`/streamsets/${webId}/summary`);
  links.Value = ctx.url(`/streamsets/${webId}/value`);
  links.EndValue = ctx.url(`/streamsets/${webId}/end`);
  links.Security = ctx.url(`${self}/security`);
  links.SecurityEntries = ctx.url(`${self}/securityentries`);
  return {
    WebId: webId,
    Id: elementGuid(ref),
    Name: elementName(layout, ref),
    Description: elementDescription(layout, ref),
    Path: path,
    Paths: withPaths ? [path] : null,
    TemplateName: template,
    HasChildren: hasChildren(ref),
    CategoryNames: elementCategoryNames(ref),
    ExtendedProperties: {},
    Links: links,
  };
}
