/**
 * Shared pieces of PI Web API JSON (contract §0, §1.2, §1.3). Field names follow the swagger
 * `definitions`; objects strip unknown fields (zod's default) because servers of later
 * versions add fields a connector must ignore (contract §10.3 rule 7).
 */
import { z } from 'zod';

/** Output timestamps: ISO 8601 UTC with `Z`, fraction only when non-zero, up to 7 digits (contract §0). */
export const piTimestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/, 'expected an ISO 8601 UTC timestamp ending in Z');

/** A resource's `Links`: flat name -> absolute URL map; the keys depend on the object type. */
export const links = z.record(z.string(), z.string());
export type Links = z.infer<typeof links>;

/** Collection `Links`; often `{}` or only First/Last in practice, so never rely on `Next`. */
export const paginationLinks = z.object({
  First: z.string().optional(),
  Previous: z.string().optional(),
  Next: z.string().optional(),
  Last: z.string().optional(),
});
export type PaginationLinks = z.infer<typeof paginationLinks>;

/** Request-level error body `{"Errors": [...]}` (4xx/5xx); swagger definition `Errors`. */
export const errorsBody = z.object({ Errors: z.array(z.string()) });
export type ErrorsBody = z.infer<typeof errorsBody>;

/** Failure while the body was streamed: a 2xx body may carry it; treat it as `StatusCode`. */
export const webException = z.object({
  Errors: z.array(z.string()).optional(),
  StatusCode: z.int(),
});
export type WebException = z.infer<typeof webException>;

/** Field every response object may carry; `null` and absent both mean "no failure". */
export const webExceptionField = webException.nullish();

/** A handled error attached to one value or object. */
export const propertyError = z.object({
  FieldName: z.string().optional(),
  Message: z.array(z.string()).optional(),
});
export type PropertyError = z.infer<typeof propertyError>;

/** `Items[T]` collection wrapper: `Items` always present (empty collections are `[]`, never 404). */
export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ Items: z.array(item), Links: paginationLinks.optional() });
}

/** `Item[T]` wrapper of `/…/multiple` endpoints: `Object` is absent when `Exception` is set. */
export function itemOf<T extends z.ZodType>(object: T) {
  return z.object({
    Identifier: z.string().optional(),
    IdentifierType: z.string().optional(),
    Object: object.nullish(),
    Exception: errorsBody.nullish(),
  });
}
