/** EventFrame objects (swagger `EventFrame`); in-progress frames end at AF's max time. */
import { formatPiTimestamp } from '../../pi-contract';
import { databaseWebId, elementWebId, templateWebId } from '../af/af-webids';
import { elementName, elementPath } from '../af/hierarchy';
import type { RenderContext } from '../af/render-context';
import { STATIC_VALUE_TIMESTAMP } from '../af/static-value';
import { templateIndexOf } from '../af/templates';
import type { MockWorld } from '../world';
import { EF_TEMPLATES } from './ef-templates';
import { frameGuid, frameName, framePath, frameWebId } from './frame-identity';
import { SEVERITIES, type FrameTable } from './frame-table';
import { referencedElements } from './run-frame-search';

/** AF's AFTime.MaxValue as PI Web API serialises an open end time. */
export const IN_PROGRESS_END_TIME = '9999-12-31T23:59:59Z';

/** What the mock's service account may do: read, never write. */
const READ_ONLY_SECURITY = {
  CanAnnotate: false,
  CanDelete: false,
  CanExecute: false,
  CanRead: true,
  CanReadData: true,
  CanSubscribe: true,
  CanSubscribeOthers: false,
  CanWrite: false,
  CanWriteData: false,
  HasAdmin: false,
  Rights: ['Read', 'ReadData', 'Subscribe'],
};

export function frameEndTime(table: FrameTable, i: number): string {
  const end = table.endMs[i]!;
  return end === Infinity ? IN_PROGRESS_END_TIME : formatPiTimestamp(end);
}

export function renderFrame(world: MockWorld, table: FrameTable, i: number, ctx: RenderContext): Record<string, unknown> {
  const { identity } = world;
  const layout = world.catalogue.layout;
  const tpl = EF_TEMPLATES[table.template[i]!]!;
  const webId = frameWebId(identity, table, i, ctx.webIdType);
  const self = `/eventframes/${webId}`;
  const refs = referencedElements(table, layout, i);
  const refWebIds = refs.map((r) => elementWebId(identity, layout, r, ctx.webIdType));
  const primary = refs[0]!;
  const where = elementPath(identity, layout, primary).split('\\').slice(-2).join(' ');
  const equipment = refs[1] ? ` ${elementName(layout, refs[1])}` : '';
  return {
    WebId: webId,
    Id: frameGuid(i),
    Name: frameName(table, i),
    Description: `${tpl.name} on ${where}${equipment}`,
    Path: framePath(identity, table, i),
    TemplateName: tpl.name,
    HasChildren: false,
    CategoryNames: tpl.categoryNames,
    ExtendedProperties: {},
    StartTime: formatPiTimestamp(table.startMs[i]!),
    EndTime: frameEndTime(table, i),
    Severity: SEVERITIES[table.severity[i]!],
    AcknowledgedBy: '',
    AcknowledgedDate: STATIC_VALUE_TIMESTAMP,
    CanBeAcknowledged: tpl.canBeAcknowledged,
    IsAcknowledged: false,
    IsAnnotated: false,
    IsLocked: false,
    AreValuesCaptured: table.endMs[i] !== Infinity,
    RefElementWebIds: refWebIds,
    Security: READ_ONLY_SECURITY,
    Links: {
      Self: ctx.url(self),
      Attributes: ctx.url(`${self}/attributes`),
      EventFrames: ctx.url(`${self}/eventframes`),
      Database: ctx.url(`/assetdatabases/${databaseWebId(identity, ctx.webIdType)}`),
      ReferencedElements: ctx.url(`${self}/referencedelements`),
      PrimaryReferencedElement: ctx.url(`/elements/${refWebIds[0]}`),
      Template: ctx.url(`/elementtemplates/${templateWebId(identity, templateIndexOf(tpl.name), ctx.webIdType)}`),
      Categories: ctx.url(`${self}/categories`),
      Annotations: ctx.url(`${self}/annotations`),
      InterpolatedData: ctx.url(`/streamsets/${webId}/interpolated`),
      RecordedData: ctx.url(`/streamsets/${webId}/recorded`),
      PlotData: ctx.url(`/streamsets/${webId}/plot`),
      SummaryData: ctx.url(`/streamsets/${webId}/summary`),
      Value: ctx.url(`/streamsets/${webId}/value`),
      EndValue: ctx.url(`/streamsets/${webId}/end`),
      Security: ctx.url(`${self}/security`),
      SecurityEntries: ctx.url(`${self}/securityentries`),
    },
  };
}
