/** Timed values (contract §4.6): the unit of every stream read. */
import { z } from 'zod';
import { piTimestamp, propertyError, webExceptionField } from './common';

/**
 * Digital or system state as a value: `{"Name":"I/O Timeout","Value":246,"IsSystem":true}`.
 * Enumeration values of AF attributes use the same shape. Not a swagger definition (its
 * `Value` is a bare "any JSON" object there); the shape comes from contract §4.6.
 */
export const digitalStateValue = z.object({
  Name: z.string(),
  Value: z.number(),
  IsSystem: z.boolean().optional(),
});
export type DigitalStateValue = z.infer<typeof digitalStateValue>;

/**
 * `Value` is any JSON: number, string, bool, array, a digital state object or, for bad values,
 * `{"Errors":[...]}`. The quality flags are optional because selectedFields may drop them.
 */
export const timedValue = z.object({
  Timestamp: piTimestamp,
  Value: z.unknown(),
  UnitsAbbreviation: z.string().optional(),
  Good: z.boolean().optional(),
  Questionable: z.boolean().optional(),
  Substituted: z.boolean().optional(),
  Annotated: z.boolean().optional(),
  Errors: z.array(propertyError).optional(),
  WebException: webExceptionField,
});
export type TimedValue = z.infer<typeof timedValue>;

/** Recorded values with `associations=Annotations`; annotation shape is not relied on. */
export const extendedTimedValue = timedValue.extend({
  Annotations: z.array(z.unknown()).optional(),
});
export type ExtendedTimedValue = z.infer<typeof extendedTimedValue>;

/** `/streams/{webId}/interpolated` and `/plot` body. */
export const timedValues = z.object({
  Items: z.array(timedValue),
  UnitsAbbreviation: z.string().optional(),
  WebException: webExceptionField,
});
export type TimedValues = z.infer<typeof timedValues>;

/**
 * `/streams/{webId}/recorded` body. Real servers also send `"Links": {}`, which the swagger
 * definition lacks, so it is not declared (and is stripped).
 */
export const extendedTimedValues = z.object({
  Items: z.array(extendedTimedValue),
  UnitsAbbreviation: z.string().optional(),
  WebException: webExceptionField,
});
export type ExtendedTimedValues = z.infer<typeof extendedTimedValues>;
