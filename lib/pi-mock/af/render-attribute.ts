/**
 * Attribute objects (swagger `Attribute`) for element and event-frame attributes alike. A PI Point
 * attribute links to its point (`Links.Point`) in the request's WebID type.
 */
import { pointObject } from '../core/point-object';
import type { WorldFacts } from '../world-facts';
import type { AttributeDef } from './attribute-def';
import { configStringOf } from './element-attributes';
import type { RenderContext } from './render-context';

export interface AttributeView {
  def: AttributeDef;
  webId: string;
  id: string;
  path: string;
  owner: { kind: 'Element' | 'EventFrame'; webId: string };
}

function dataReference(world: WorldFacts, def: AttributeDef, ctx: RenderContext): Record<string, unknown> | null {
  if (def.tagIndex === null) return null;
  // The same point the data server serves, without its Links (PIPointDataReference has none).
  const { Links: _links, ...point } = pointObject(world.catalogue, def.tagIndex, ctx.webIdType, ctx.url);
  return { Type: 'PI Point', PIPoint: point };
}

/** `withDataReference` (associations=DataReference) fills `DataReference`; otherwise null. */
export function renderAttribute(world: WorldFacts, view: AttributeView, ctx: RenderContext, withDataReference = false): Record<string, unknown> {
  const { def, webId } = view;
  const self = `/attributes/${webId}`;
  const stream = `/streams/${webId}`;
  const links: Record<string, string> = {
    Self: ctx.url(self),
    Attributes: ctx.url(`${self}/attributes`),
  };
  if (view.owner.kind === 'Element') links.Element = ctx.url(`/elements/${view.owner.webId}`);
  else links.EventFrame = ctx.url(`/eventframes/${view.owner.webId}`);
  links.Categories = ctx.url(`${self}/categories`);
  if (def.tagIndex !== null) links.Point = ctx.url(`/points/${world.catalogue.webId(def.tagIndex, ctx.webIdType)}`);
  links.Value = ctx.url(`${stream}/value`);
  links.EndValue = ctx.url(`${stream}/end`);
  links.InterpolatedData = ctx.url(`${stream}/interpolated`);
  links.RecordedData = ctx.url(`${stream}/recorded`);
  links.PlotData = ctx.url(`${stream}/plot`);
  links.SummaryData = ctx.url(`${stream}/summary`);
  return {
    WebId: webId,
    Id: view.id,
    Name: def.name,
    Description: def.description,
    Path: view.path,
    Paths: null,
    Type: def.type,
    TypeQualifier: '',
    DefaultUnitsName: def.unitsName,
    DisplayDigits: def.displayDigits,
    DataReferencePlugIn: def.tagIndex === null ? '' : 'PI Point',
    ConfigString: configStringOf(world.catalogue, def),
    IsConfigurationItem: def.tagIndex === null,
    IsExcluded: false,
    IsHidden: false,
    IsManualDataEntry: false,
    HasChildren: false,
    CategoryNames: def.categoryNames,
    Step: false,
    TraitName: '',
    DefaultUnitsNameAbbreviation: def.units,
    Span: def.span,
    Zero: def.zero,
    DataReference: withDataReference ? dataReference(world, def, ctx) : null,
    Links: links,
  };
}
