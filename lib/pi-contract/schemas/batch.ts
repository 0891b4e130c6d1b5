/** `POST /batch` bodies (contract §6): id-keyed requests in, id-keyed responses out (207). */
import { z } from 'zod';

const headers = z.record(z.string(), z.string());

/** One sub-request per token selected by a multi-match JSONPath in `Parameters`. */
export const requestTemplate = z.object({ Resource: z.string() });
export type RequestTemplate = z.infer<typeof requestTemplate>;

/**
 * `Method` stays a free string so the mock can answer an unsupported one per sub-request
 * instead of failing the whole batch. `Content` is a serialized JSON *string*, not an object.
 */
export const batchSubRequest = z
  .object({
    Method: z.string().min(1),
    Resource: z.string().optional(),
    RequestTemplate: requestTemplate.optional(),
    Parameters: z.array(z.string()).optional(),
    ParentIds: z.array(z.string()).optional(),
    Headers: headers.optional(),
    Content: z.string().optional(),
  })
  .refine((r) => r.Resource !== undefined || r.RequestTemplate !== undefined, {
    message: 'a sub-request needs Resource or RequestTemplate.Resource',
  });
export type BatchSubRequest = z.infer<typeof batchSubRequest>;

/** Request body keyed by caller-chosen ids. */
export const batchRequest = z.record(z.string(), batchSubRequest);
export type BatchRequest = z.infer<typeof batchRequest>;

/** `Content` is the parsed JSON body, a plain string (parent-failure 409), or null. */
export const batchSubResponse = z.object({
  Status: z.int(),
  Headers: headers.optional(),
  Content: z.unknown().optional(),
});
export type BatchSubResponse = z.infer<typeof batchSubResponse>;

export const batchResponse = z.record(z.string(), batchSubResponse);
export type BatchResponse = z.infer<typeof batchResponse>;

/** Outer `Content` of a `RequestTemplate` sub-request: one response per token, in token order. */
export const batchTemplateContent = z.object({
  Total: z.int(),
  Items: z.array(batchSubResponse),
});
export type BatchTemplateContent = z.infer<typeof batchTemplateContent>;
