/**
 * `GET /health` as the seed's mock answers it (issue 14, item 5), with its names: `status`
 * `healthy`, `mock_tags`, `mock_event_frames`, `timestamp`. Default mode keeps its own shape.
 */
import { formatPiTimestamp } from '../../pi-contract';
import { rawJsonResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';
import type { MockWorld } from '../world';

export function seedHealthResponse(world: MockWorld): MockResponse {
  const body = {
    status: 'healthy',
    mock_tags: world.catalogue.count,
    mock_event_frames: world.eventFrames.count,
    timestamp: formatPiTimestamp(world.nowMs()),
  };
  return rawJsonResponse(Buffer.from(JSON.stringify(body), 'utf8'));
}
