/** Landing, system and user-info resources (contract §1.1). */
import { jsonResponse } from '../http/json-response';
import { PRODUCT_TITLE, PRODUCT_VERSION } from '../identity';
import type { HandlerContext, RouteDef } from '../router/types';
import { formatPiTimestamp } from '../../pi-contract';

function landing(ctx: HandlerContext) {
  return jsonResponse(ctx.req.query, {
    Links: {
      Self: ctx.url('/'),
      AssetServers: ctx.url('/assetservers'),
      DataServers: ctx.url('/dataservers'),
      Search: ctx.url('/search'),
      System: ctx.url('/system'),
    },
  });
}

function system(ctx: HandlerContext) {
  return jsonResponse(ctx.req.query, {
    Links: {
      Self: ctx.url('/system'),
      CacheInstances: ctx.url('/system/cacheinstances'),
      Configuration: ctx.url('/system/configuration'),
      UserInfo: ctx.url('/system/userinfo'),
      Versions: ctx.url('/system/versions'),
      Status: ctx.url('/system/status'),
    },
    ProductTitle: PRODUCT_TITLE,
    ProductVersion: PRODUCT_VERSION,
  });
}

function versions(ctx: HandlerContext) {
  const [major = '1', minor = '0', revision = '0', build = '0'] = PRODUCT_VERSION.split('.');
  return jsonResponse(ctx.req.query, {
    'OSIsoft.REST.Core': { FullVersion: PRODUCT_VERSION, MajorMinorRevision: `${major}.${minor}.${revision}`, Build: build },
  });
}

function status(ctx: HandlerContext) {
  const now = ctx.world.nowMs();
  return jsonResponse(ctx.req.query, {
    UpTimeInMinutes: (now - ctx.world.createdAtMs) / 60_000,
    State: 'Running',
    CacheInstances: 0,
    ServerTime: formatPiTimestamp(now),
  });
}

function userInfo(ctx: HandlerContext) {
  const auth = ctx.world.options.auth;
  const name = auth.mode === 'basic' ? auth.user : auth.mode === 'bearer' ? 'bearer-client' : 'Anonymous';
  return jsonResponse(ctx.req.query, {
    IdentityType: auth.mode === 'none' ? 'WindowsIdentity' : 'GenericIdentity',
    Name: name,
    IsAuthenticated: auth.mode !== 'none',
    SID: 'S-1-5-7',
    ImpersonationLevel: auth.mode === 'none' ? 'Anonymous' : 'None',
  });
}

export const rootRoutes: RouteDef[] = [
  { method: 'GET', pattern: '/', handler: landing },
  { method: 'GET', pattern: '/system', handler: system },
  { method: 'GET', pattern: '/system/versions', handler: versions },
  { method: 'GET', pattern: '/system/status', handler: status },
  { method: 'GET', pattern: '/system/userinfo', handler: userInfo },
];
