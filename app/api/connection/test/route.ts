/**
 * One real recorded read against the configured PI Web API (or `{ "target": "embedded" }`).
 * 200 with `{ ok: true, ... }` or `{ ok: false, code, message }`: a failed test is a result, not an API error.
 */
import { parseJsonBody } from '@/lib/http';
import { testConfiguredConnection } from '@/lib/runs';
import { connectionTestRequest, type ConnectionTestResult } from '@/lib/api-contract';
import { failureResponse, fieldErrorResponse } from '../../runs/respond';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  // An empty body means "the default target"; anything else must be the JSON the schema allows.
  const parsed = await parseJsonBody(request, connectionTestRequest, { allowEmpty: true });
  if (!parsed.ok) return parsed.error;
  try {
    const tested = await testConfiguredConnection(parsed.value.target, request.signal);
    if (!tested.ok) return fieldErrorResponse(tested.error.field, tested.error.message);
    const body: ConnectionTestResult = tested.value;
    return Response.json(body);
  } catch (error) {
    return failureResponse(error, 'testing the connection');
  }
}
