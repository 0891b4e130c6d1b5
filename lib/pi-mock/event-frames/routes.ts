/** The event-frame routes of the mock (contract §8), for the router's table. */
import type { RouteDef } from '../router/types';
import {
  getDatabaseFrames,
  getElementFrames,
  getFrame,
  getFrameAttributes,
  getFrameByPath,
  getFrameChildren,
  getFrameReferencedElements,
} from './handlers';

export const eventFrameRoutes: RouteDef[] = [
  { method: 'GET', pattern: '/assetdatabases/:webId/eventframes', handler: getDatabaseFrames },
  { method: 'GET', pattern: '/elements/:webId/eventframes', handler: getElementFrames },
  { method: 'GET', pattern: '/eventframes', handler: getFrameByPath },
  { method: 'GET', pattern: '/eventframes/:webId', handler: getFrame },
  { method: 'GET', pattern: '/eventframes/:webId/attributes', handler: getFrameAttributes },
  { method: 'GET', pattern: '/eventframes/:webId/referencedelements', handler: getFrameReferencedElements },
  { method: 'GET', pattern: '/eventframes/:webId/eventframes', handler: getFrameChildren },
];
