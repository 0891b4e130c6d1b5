/**
 * Every key a schema declares must exist, with a compatible type, in the matching swagger
 * definition (shared/reference/README.md): the mock serialises through these schemas, so a
 * key missing from the definition would be a field PI never emits.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contract from '../index';

const SWAGGER_PATH = path.resolve(__dirname, '../../../../shared/reference/piwebapi-2018sp1-swagger.json');
if (!existsSync(SWAGGER_PATH)) {
  throw new Error(`swagger reference missing at ${SWAGGER_PATH}: clone the repo with shared/ beside it`);
}

type SwaggerProp = { type?: string; $ref?: string; items?: { $ref?: string; type?: string } };
type SwaggerDef = { properties?: Record<string, SwaggerProp> };
const definitions = (JSON.parse(readFileSync(SWAGGER_PATH, 'utf8')) as { definitions: Record<string, SwaggerDef> }).definitions;

type ObjectSchema = z.ZodObject<z.ZodRawShape>;
const c = contract;

/** Schema -> swagger definition name, written out by hand so a rename on either side fails here. */
const MAPPING: [ObjectSchema, string][] = [
  [c.paginationLinks, 'PaginationLinks'], [c.errorsBody, 'Errors'], [c.webException, 'WebException'],
  [c.propertyError, 'PropertyError'],
  [c.timedValue, 'TimedValue'], [c.extendedTimedValue, 'ExtendedTimedValue'], [c.timedValues, 'TimedValues'],
  [c.extendedTimedValues, 'ExtendedTimedValues'],
  [c.summaryValue, 'SummaryValue'], [c.itemsSummaryValue, 'Items[SummaryValue]'],
  [c.streamValues, 'StreamValues'], [c.itemsStreamValues, 'Items[StreamValues]'],
  [c.streamValue, 'StreamValue'], [c.itemsStreamValue, 'Items[StreamValue]'],
  [c.streamSummaries, 'StreamSummaries'], [c.itemsStreamSummaries, 'Items[StreamSummaries]'],
  // `/streamsets/end` is specified as Items[StreamValues]; its items also accept StreamValue.
  [c.itemsStreamEnd, 'Items[StreamValues]'],
  [c.dataServer, 'DataServer'], [c.itemsDataServer, 'Items[DataServer]'],
  [c.point, 'Point'], [c.itemsPoint, 'Items[Point]'], [c.itemPoint, 'Item[Point]'], [c.itemsItemPoint, 'Items[Item[Point]]'],
  [c.assetServer, 'AssetServer'], [c.itemsAssetServer, 'Items[AssetServer]'],
  [c.assetDatabase, 'AssetDatabase'], [c.itemsAssetDatabase, 'Items[AssetDatabase]'],
  [c.element, 'Element'], [c.itemsElement, 'Items[Element]'],
  [c.attribute, 'Attribute'], [c.itemsAttribute, 'Items[Attribute]'], [c.dataReference, 'DataReference'],
  [c.elementTemplate, 'ElementTemplate'], [c.itemsElementTemplate, 'Items[ElementTemplate]'],
  [c.elementCategory, 'ElementCategory'], [c.itemsElementCategory, 'Items[ElementCategory]'],
  [c.security, 'Security'], [c.eventFrame, 'EventFrame'], [c.itemsEventFrame, 'Items[EventFrame]'],
  [c.batchSubRequest, 'Request'], [c.requestTemplate, 'RequestTemplate'], [c.batchSubResponse, 'Response'],
  [c.landing, 'Landing'], [c.systemLanding, 'SystemLanding'], [c.systemStatus, 'SystemStatus'], [c.userInfo, 'UserInfo'],
];

/** Object schemas with no swagger definition, and where their shape comes from instead. */
const NOT_IN_SWAGGER = new Map<unknown, string>([
  [c.digitalStateValue, 'contract §4.6: the swagger types Value as bare "object"'],
  [c.batchTemplateContent, 'contract §6: RequestTemplate outer Content {Total, Items}'],
]);

const definitionOf = new Map<unknown, string>(MAPPING.map(([schema, name]) => [schema, name]));

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** Empty string when compatible, otherwise why not. */
function mismatch(schema: z.ZodType, prop: SwaggerProp): string {
  const s = unwrap(schema);
  const refName = prop.$ref?.replace('#/definitions/', '') ?? prop.items?.$ref?.replace('#/definitions/', '');
  if (s instanceof z.ZodUnknown) return '';
  if (s instanceof z.ZodString) return prop.type === 'string' ? '' : `string vs ${prop.type ?? prop.$ref}`;
  if (s instanceof z.ZodBoolean) return prop.type === 'boolean' ? '' : `boolean vs ${prop.type ?? prop.$ref}`;
  if (s instanceof z.ZodNumber) {
    if (s.isInt) return prop.type === 'integer' ? '' : `integer vs ${prop.type ?? prop.$ref}`;
    return prop.type === 'number' || prop.type === 'integer' ? '' : `number vs ${prop.type ?? prop.$ref}`;
  }
  if (s instanceof z.ZodArray) {
    if (prop.type !== 'array') return `array vs ${prop.type ?? prop.$ref}`;
    const element = definitionOf.get(unwrap(s.element as z.ZodType));
    return element && refName && element !== refName ? `items ${element} vs ${refName}` : '';
  }
  if (s instanceof z.ZodRecord) return prop.type === 'object' || prop.$ref ? '' : `record vs ${prop.type}`;
  if (s instanceof z.ZodObject) {
    if (!prop.$ref) return `object vs ${prop.type}`;
    const mine = definitionOf.get(s);
    return mine && mine !== refName ? `${mine} vs ${refName}` : '';
  }
  return `unhandled zod type ${s.constructor.name}`;
}

describe('schemas match the PI Web API 2018 SP1 swagger definitions', () => {
  it.each(MAPPING.map(([schema, name]) => [name, schema] as const))('%s', (name, schema) => {
    const def = definitions[name];
    expect(def, `swagger has no definition ${name}`).toBeDefined();
    const props = def?.properties ?? {};
    const problems = Object.entries(schema.shape).flatMap(([key, field]) => {
      const prop = props[key];
      if (!prop) return [`${key}: not in swagger ${name}`];
      const why = mismatch(field as z.ZodType, prop);
      return why ? [`${key}: ${why}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('maps or explicitly exempts every exported object schema', () => {
    const unmapped = Object.entries(contract)
      .filter(([, value]) => value instanceof z.ZodObject && !definitionOf.has(value) && !NOT_IN_SWAGGER.has(value))
      .map(([exportName]) => exportName);
    expect(unmapped).toEqual([]);
    expect(MAPPING.length).toBe(46);
  });

  it('declares the fields a connector relies on', () => {
    expect(Object.keys(c.timedValue.shape)).toEqual(expect.arrayContaining(['Timestamp', 'Value', 'Good', 'Questionable', 'Substituted', 'Annotated']));
    expect(Object.keys(c.itemsStreamValues.shape).sort()).toEqual(['Items', 'Links']);
    expect(Object.keys(c.eventFrame.shape)).toEqual(expect.arrayContaining(['StartTime', 'EndTime', 'RefElementWebIds']));
  });
});
