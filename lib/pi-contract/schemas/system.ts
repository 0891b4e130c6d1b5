/** Root and `/system` bodies (contract §1.1). Our own health body lives elsewhere. */
import { z } from 'zod';
import { links, webExceptionField } from './common';

/** `GET /piwebapi`: Links Self, AssetServers, DataServers, Search, System. */
export const landing = z.object({
  Links: links,
  WebException: webExceptionField,
});
export type Landing = z.infer<typeof landing>;

export const systemLanding = z.object({
  ProductTitle: z.string().optional(),
  ProductVersion: z.string().optional(),
  Links: links.optional(),
  WebException: webExceptionField,
});
export type SystemLanding = z.infer<typeof systemLanding>;

export const systemStatus = z.object({
  UpTimeInMinutes: z.number().optional(),
  State: z.string().optional(),
  CacheInstances: z.int().optional(),
  ServerTime: z.string().optional(),
  WebException: webExceptionField,
});
export type SystemStatus = z.infer<typeof systemStatus>;

/** `GET /system/userinfo`: the connector's cheap "am I authenticated" probe (204 = no identity). */
export const userInfo = z.object({
  IdentityType: z.string().nullish(),
  Name: z.string().nullish(),
  IsAuthenticated: z.boolean(),
  SID: z.string().nullish(),
  ImpersonationLevel: z.string().nullish(),
  WebException: webExceptionField,
});
export type UserInfo = z.infer<typeof userInfo>;
