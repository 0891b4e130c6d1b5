/**
 * The external PI Web API runs may target. GET shows it without secrets; PUT validates it (no
 * link-local or metadata address) and stores it (server memory only, the secret bound to the
 * URL's origin); DELETE forgets the saved one, secret included, back to the PI_* environment.
 */
import { parseJsonBody } from '@/lib/http';
import { configureConnection, connectionView, resetConnection } from '@/lib/runs';
import { connectionInput, type ConnectionView } from '@/lib/api-contract';
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
  const saved = await configureConnection(input.value);
  if (!saved.ok) return fieldErrorResponse(saved.error.field, saved.error.message);
  const body: ConnectionView = saved.value;
  return Response.json(body);
}

export function DELETE(): Response {
  const body: ConnectionView = resetConnection();
  return Response.json(body);
}
