/**
 * The external PI Web API runs may target. GET shows it without secrets; PUT validates and stores
 * it (server memory only); DELETE forgets the saved one, secret included, back to the PI_* environment.
 */
import { parseJsonBody } from '@/lib/http/parse-json-body';
import { connectionView, resetConnection, saveConnection } from '@/lib/runs';
import { connectionInput, type ConnectionView } from '@/lib/runs/connection-schemas';
import { fieldErrorResponse } from '../runs/respond';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(): Response {
  const body: ConnectionView = connectionView();
  return Response.json(body);
}

export async function PUT(request: Request): Promise<Response> {
  const input = await parseJsonBody(request, connectionInput);
  if (!input.ok) return input.error;
  const saved = saveConnection(input.value);
  if (!saved.ok) return fieldErrorResponse(saved.error.field, saved.error.message);
  const body: ConnectionView = saved.value;
  return Response.json(body);
}

export function DELETE(): Response {
  const body: ConnectionView = resetConnection();
  return Response.json(body);
}
