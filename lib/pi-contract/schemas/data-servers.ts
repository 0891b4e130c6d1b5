/** Data servers and PI points (contract §3). */
import { z } from 'zod';
import { itemOf, itemsOf, links, webExceptionField } from './common';

export const dataServer = z.object({
  WebId: z.string(),
  Id: z.string().optional(),
  Name: z.string(),
  /** `\\SERVERNAME`; one AVEVA sample shows `\\PIServer[NAME]`, so no format is enforced. */
  Path: z.string().optional(),
  IsConnected: z.boolean().optional(),
  ServerVersion: z.string().optional(),
  ServerTime: z.string().optional(),
  Links: links.optional(),
  WebException: webExceptionField,
});
export type DataServer = z.infer<typeof dataServer>;
export const itemsDataServer = itemsOf(dataServer);
export type ItemsDataServer = z.infer<typeof itemsDataServer>;

export const point = z.object({
  WebId: z.string(),
  /** Point ID on the Data Archive: an int32, not a GUID. */
  Id: z.int().optional(),
  Name: z.string(),
  Path: z.string().optional(),
  Descriptor: z.string().optional(),
  PointClass: z.string().optional(),
  PointType: z.string().optional(),
  DigitalSetName: z.string().optional(),
  EngineeringUnits: z.string().optional(),
  Span: z.number().nullish(),
  Zero: z.number().nullish(),
  Step: z.boolean().optional(),
  Future: z.boolean().optional(),
  DisplayDigits: z.int().optional(),
  Links: links.optional(),
  WebException: webExceptionField,
});
export type Point = z.infer<typeof point>;
export const itemsPoint = itemsOf(point);
export type ItemsPoint = z.infer<typeof itemsPoint>;

/** `/points/multiple` item (answers 207 when any item failed). */
export const itemPoint = itemOf(point);
export type ItemPoint = z.infer<typeof itemPoint>;
export const itemsItemPoint = itemsOf(itemPoint);
export type ItemsItemPoint = z.infer<typeof itemsItemPoint>;
