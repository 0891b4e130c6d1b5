/**
 * The ad hoc stream-set channel URL (AVEVA StreamSet GetChannelAdHoc):
 * `ws(s)://host/piwebapi/streamsets/channel?webId=..&webId=..&includeInitialValues=false&heartbeatRate=N&webIdType=IDOnly`.
 * includeInitialValues stays false: the tail back-fills from its checkpoints with recorded reads,
 * which carry every value of the gap rather than only the current one.
 */
export function channelUrl(baseUrl: string, webIds: readonly string[], heartbeatRate: number): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/streamsets/channel`);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const params = new URLSearchParams();
  for (const id of webIds) params.append('webId', id);
  params.set('includeInitialValues', 'false');
  params.set('heartbeatRate', String(heartbeatRate));
  // The tail subscribes with the IDOnly WebIDs it listed the points with; messages must name them the same way.
  params.set('webIdType', 'IDOnly');
  url.search = params.toString();
  return url.toString();
}
