/** Asset Framework objects (contract §7.5). `Paths` and `DataReference` are emitted as null. */
import { z } from 'zod';
import { itemsOf, links, propertyError, webExceptionField } from './common';

/** Name -> `{ "Value": ... }`; values are not relied on, so they stay unknown. */
const extendedProperties = z.record(z.string(), z.unknown()).nullish();
const categoryNames = z.array(z.string()).optional();

export const assetServer = z.object({
  WebId: z.string(),
  Id: z.string().optional(),
  Name: z.string(),
  Description: z.string().optional(),
  Path: z.string().optional(),
  IsConnected: z.boolean().optional(),
  ServerVersion: z.string().optional(),
  ServerTime: z.string().optional(),
  ExtendedProperties: extendedProperties,
  Links: links.optional(),
  WebException: webExceptionField,
});
export type AssetServer = z.infer<typeof assetServer>;
export const itemsAssetServer = itemsOf(assetServer);
export type ItemsAssetServer = z.infer<typeof itemsAssetServer>;

export const assetDatabase = z.object({
  WebId: z.string(),
  Id: z.string().optional(),
  Name: z.string(),
  Description: z.string().optional(),
  Path: z.string().optional(),
  ExtendedProperties: extendedProperties,
  Links: links.optional(),
  WebException: webExceptionField,
});
export type AssetDatabase = z.infer<typeof assetDatabase>;
export const itemsAssetDatabase = itemsOf(assetDatabase);
export type ItemsAssetDatabase = z.infer<typeof itemsAssetDatabase>;

export const element = z.object({
  WebId: z.string(),
  Id: z.string().optional(),
  Name: z.string(),
  Description: z.string().optional(),
  /** `\\AF\DB\...\Name`; the connector derives the hierarchy from it. */
  Path: z.string(),
  /** Only filled with `associations=Paths`, otherwise null. */
  Paths: z.array(z.string()).nullish(),
  TemplateName: z.string().nullish(),
  HasChildren: z.boolean().optional(),
  CategoryNames: categoryNames,
  ExtendedProperties: extendedProperties,
  Errors: z.array(propertyError).nullish(),
  Links: links.optional(),
  WebException: webExceptionField,
});
export type Element = z.infer<typeof element>;
export const itemsElement = itemsOf(element);
export type ItemsElement = z.infer<typeof itemsElement>;

/** `associations=DataReference` payload; `PIPoint` details are not relied on. */
export const dataReference = z.object({
  Type: z.string().optional(),
  PIPoint: z.unknown().optional(),
  WebException: webExceptionField,
});
export type DataReference = z.infer<typeof dataReference>;

export const attribute = z.object({
  WebId: z.string(),
  Id: z.string().optional(),
  Name: z.string(),
  Description: z.string().optional(),
  /** Attributes join with `|`: `\\AF\DB\Unit|Flow`. */
  Path: z.string().optional(),
  Paths: z.array(z.string()).nullish(),
  Type: z.string().optional(),
  TypeQualifier: z.string().nullish(),
  DefaultUnitsName: z.string().nullish(),
  DefaultUnitsNameAbbreviation: z.string().nullish(),
  DisplayDigits: z.int().optional(),
  DataReferencePlugIn: z.string().nullish(),
  /** For the PI Point data reference: `\\SERVER\tag` plus `;`-options. */
  ConfigString: z.string().nullish(),
  IsConfigurationItem: z.boolean().optional(),
  IsExcluded: z.boolean().optional(),
  IsHidden: z.boolean().optional(),
  IsManualDataEntry: z.boolean().optional(),
  HasChildren: z.boolean().optional(),
  Step: z.boolean().optional(),
  Span: z.number().nullish(),
  Zero: z.number().nullish(),
  TraitName: z.string().nullish(),
  CategoryNames: categoryNames,
  DataReference: dataReference.nullish(),
  Links: links.optional(),
  WebException: webExceptionField,
});
export type Attribute = z.infer<typeof attribute>;
export const itemsAttribute = itemsOf(attribute);
export type ItemsAttribute = z.infer<typeof itemsAttribute>;

export const elementTemplate = z.object({
  WebId: z.string(),
  Id: z.string().optional(),
  Name: z.string(),
  Description: z.string().optional(),
  Path: z.string().optional(),
  AllowElementToExtend: z.boolean().optional(),
  BaseTemplate: z.string().nullish(),
  InstanceType: z.string().optional(),
  NamingPattern: z.string().nullish(),
  CategoryNames: categoryNames,
  ExtendedProperties: extendedProperties,
  Severity: z.string().nullish(),
  CanBeAcknowledged: z.boolean().optional(),
  Links: links.optional(),
  WebException: webExceptionField,
});
export type ElementTemplate = z.infer<typeof elementTemplate>;
export const itemsElementTemplate = itemsOf(elementTemplate);
export type ItemsElementTemplate = z.infer<typeof itemsElementTemplate>;

export const elementCategory = z.object({
  WebId: z.string(),
  Id: z.string().optional(),
  Name: z.string(),
  Description: z.string().optional(),
  Path: z.string().optional(),
  Links: links.optional(),
  WebException: webExceptionField,
});
export type ElementCategory = z.infer<typeof elementCategory>;
export const itemsElementCategory = itemsOf(elementCategory);
export type ItemsElementCategory = z.infer<typeof itemsElementCategory>;
