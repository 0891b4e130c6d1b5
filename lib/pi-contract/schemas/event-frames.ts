/** Event frames (contract §8.2). */
import { z } from 'zod';
import { itemsOf, links, piTimestamp, webExceptionField } from './common';

/** The caller's rights on an object. */
export const security = z.object({
  CanAnnotate: z.boolean().optional(),
  CanDelete: z.boolean().optional(),
  CanExecute: z.boolean().optional(),
  CanRead: z.boolean().optional(),
  CanReadData: z.boolean().optional(),
  CanSubscribe: z.boolean().optional(),
  CanSubscribeOthers: z.boolean().optional(),
  CanWrite: z.boolean().optional(),
  CanWriteData: z.boolean().optional(),
  HasAdmin: z.boolean().optional(),
  Rights: z.array(z.string()).optional(),
  WebException: webExceptionField,
});
export type Security = z.infer<typeof security>;

export const eventFrame = z.object({
  WebId: z.string(),
  Id: z.string().optional(),
  Name: z.string(),
  Description: z.string().optional(),
  Path: z.string().optional(),
  TemplateName: z.string().nullish(),
  HasChildren: z.boolean().optional(),
  CategoryNames: z.array(z.string()).optional(),
  ExtendedProperties: z.record(z.string(), z.unknown()).nullish(),
  StartTime: piTimestamp,
  /** In progress: AF max time `9999-12-31T23:59:59Z`, or null on some servers (map.ts folds both to null). */
  EndTime: piTimestamp.nullish(),
  Severity: z.string().nullish(),
  AcknowledgedBy: z.string().nullish(),
  /** Possibly the min date when never acknowledged, so any string is accepted. */
  AcknowledgedDate: z.string().nullish(),
  CanBeAcknowledged: z.boolean().optional(),
  IsAcknowledged: z.boolean().optional(),
  IsAnnotated: z.boolean().optional(),
  IsLocked: z.boolean().optional(),
  AreValuesCaptured: z.boolean().optional(),
  RefElementWebIds: z.array(z.string()).optional(),
  Security: security.nullish(),
  Links: links.optional(),
  WebException: webExceptionField,
});
export type EventFrame = z.infer<typeof eventFrame>;
export const itemsEventFrame = itemsOf(eventFrame);
export type ItemsEventFrame = z.infer<typeof itemsEventFrame>;
