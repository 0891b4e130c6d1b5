/**
 * One real recorded read against the configured PI Web API (or `{ "target": "embedded" }`).
 * 200 with `{ ok: true, ... }` or `{ ok: false, code, message }`: a failed test is a result, not an API error.
 */
import { errorResponse, invalidInputResponse } from '@/lib/http/error-response';
import { testConfiguredConnection } from '@/lib/runs';
import { connectionTestRequest, type ConnectionTestResult } from '@/lib/runs/connection-schemas';
import { failureResponse, fieldErrorResponse } from '../../runs/respond';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  // An empty body means "the default target"; anything else must be the JSON the schema allows.
  const text = await request.text();
  let raw: unknown = undefined;
  if (text.trim() !== '') {
    try {
      raw = JSON.parse(text);
    } catch {
      return errorResponse({ code: 'invalid_json', message: 'body: expected a JSON document' });
    }
  }
  const parsed = connectionTestRequest.safeParse(raw);
  if (!parsed.success) return invalidInputResponse(parsed.error);
  try {
    const tested = await testConfiguredConnection(parsed.data.target, request.signal);
    if (!tested.ok) return fieldErrorResponse(tested.error.field, tested.error.message);
    const body: ConnectionTestResult = tested.value;
    return Response.json(body);
  } catch (error) {
    return failureResponse(error, 'testing the connection');
  }
}
