/** Realistic bodies (shapes from contract §1-8) parse; broken ones are rejected. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as c from '../index';

const H = 'https://h/piwebapi';
const good = { Timestamp: '2024-01-01T00:00:00Z', Value: 1.2, UnitsAbbreviation: '', Good: true, Questionable: false, Substituted: false, Annotated: false };
const systemState = { Timestamp: '2024-01-01T00:01:00.1234567Z', Value: { Name: 'I/O Timeout', Value: 246, IsSystem: true }, Good: false, Questionable: false, Substituted: false, Annotated: false };
const point = {
  WebId: 'F1DPabc', Id: 579, Name: 'SINUSOID', Path: '\\\\SRV\\SINUSOID', Descriptor: '', PointClass: 'classic',
  PointType: 'Float32', DigitalSetName: '', EngineeringUnits: '', Span: 100, Zero: 0, Step: false, Future: false,
  DisplayDigits: -5, Links: { Self: `${H}/points/F1DPabc`, RecordedData: `${H}/streams/F1DPabc/recorded` },
};
const element = {
  WebId: 'F1EmX', Id: 'cbb28260-853d-11e4-80c5-00155d844304', Name: 'Unit_01', Description: '', Path: '\\\\AF\\DB\\Sydney\\Unit_01',
  Paths: null, TemplateName: 'Unit', HasChildren: true, CategoryNames: ['Equipment'], ExtendedProperties: {}, Links: { Self: `${H}/elements/F1EmX` },
};
const eventFrame = {
  WebId: 'F1FmX', Id: 'a', Name: 'BatchRun-001', Description: '', Path: '\\\\AF\\DB\\EventFrames[BatchRun-001]', TemplateName: 'BatchRun',
  HasChildren: false, CategoryNames: [], ExtendedProperties: {}, StartTime: '2024-01-01T00:00:00Z', EndTime: '9999-12-31T23:59:59Z',
  Severity: 'None', AcknowledgedBy: '', AcknowledgedDate: '1970-01-01T00:00:00Z', CanBeAcknowledged: false, IsAcknowledged: false,
  IsAnnotated: false, IsLocked: false, AreValuesCaptured: false, RefElementWebIds: ['F1EmX'],
  Security: { CanRead: true, CanReadData: true, Rights: ['Read', 'ReadData'] }, Links: { Self: `${H}/eventframes/F1FmX` },
};

const accepted: [string, z.ZodType, unknown][] = [
  ['errors body', c.errorsBody, { Errors: ["Unknown or invalid WebID format: 'x'"] }],
  ['recorded with Links and a system state', c.extendedTimedValues, { Links: {}, Items: [good, systemState], UnitsAbbreviation: '' }],
  ['recorded with selectedFields', c.extendedTimedValues, { Items: [{ Timestamp: '2024-01-01T00:00:00Z', Value: 3 }] }],
  ['empty recorded', c.extendedTimedValues, { Items: [] }],
  ['bad value with Errors', c.timedValue, { ...good, Good: false, Value: { Errors: ['Calc failed'] }, Errors: [{ FieldName: 'Value', Message: ['x'] }] }],
  ['value with a 200-body WebException', c.timedValue, { ...good, WebException: { Errors: ['back end failed'], StatusCode: 500 } }],
  ['interpolated', c.timedValues, { Items: [good], UnitsAbbreviation: 'degC' }],
  ['summary', c.itemsSummaryValue, { Links: {}, Items: [{ Type: 'Average', Value: good }, { Type: 'Count', Value: { ...good, Value: 60 } }] }],
  ['streamset recorded', c.itemsStreamValues, { Links: {}, Items: [{ WebId: 'F1DPabc', Name: 'Sinusoid', Path: '\\\\SRV\\Sinusoid', Links: { Source: `${H}/points/F1DPabc` }, Items: [good], UnitsAbbreviation: '' }] }],
  ['streamset value', c.itemsStreamValue, { Items: [{ WebId: 'F1DPabc', Name: 'Sinusoid', Links: { Source: 'u' }, Value: systemState }] }],
  ['streamset summary', c.itemsStreamSummaries, { Items: [{ WebId: 'a', Items: [{ Type: 'Maximum', Value: good }] }] }],
  ['streamset end as StreamValue and StreamValues', c.itemsStreamEnd, { Items: [{ WebId: 'a', Value: good }, { WebId: 'b', Items: [good] }] }],
  ['data servers', c.itemsDataServer, { Links: {}, Items: [{ WebId: 'F1DSx', Id: 'g', Name: 'SRV', Path: '\\\\SRV', IsConnected: true, ServerVersion: '3.4.390.18', ServerTime: '2024-01-01T00:00:00Z', Links: { Self: 'u', Points: 'u' } }] }],
  ['points page with pagination links', c.itemsPoint, { Links: { First: 'u', Last: 'u' }, Items: [point, { ...point, Span: null, Zero: null }] }],
  ['points/multiple with a failed item', c.itemsItemPoint, { Items: [{ Identifier: '\\\\SRV\\X', IdentifierType: 'Path', Object: point, Exception: null }, { Identifier: 'bad', IdentifierType: 'WebId', Exception: { Errors: ['not found'] } }] }],
  ['asset servers', c.itemsAssetServer, { Items: [{ WebId: 'RS', Id: 'g', Name: 'AF', Description: '', Path: '\\\\AF', IsConnected: true, ExtendedProperties: {}, Links: { Databases: 'u' } }] }],
  ['asset database', c.assetDatabase, { WebId: 'RD', Id: 'g', Name: 'DB', Description: '', Path: '\\\\AF\\DB', ExtendedProperties: {}, Links: { Elements: 'u' } }],
  ['elements', c.itemsElement, { Links: {}, Items: [element, { ...element, Paths: ['\\\\AF\\DB\\A', '\\\\AF\\DB\\B'] }] }],
  ['attributes with null DataReference', c.itemsAttribute, { Items: [{ WebId: 'F1AbE', Id: 'g', Name: 'Temperature', Description: '', Path: '\\\\AF\\DB\\Sydney\\Unit_01|Temperature', Paths: null, Type: 'Double', TypeQualifier: '', DefaultUnitsName: 'degree Celsius', DefaultUnitsNameAbbreviation: 'degC', DisplayDigits: -5, DataReferencePlugIn: 'PI Point', ConfigString: '\\\\SRV\\T1', IsConfigurationItem: false, IsExcluded: false, IsHidden: false, IsManualDataEntry: false, HasChildren: false, Step: false, Span: null, Zero: null, TraitName: '', CategoryNames: [], DataReference: null, Links: { Point: 'u' } }] }],
  ['element templates and categories', c.itemsElementTemplate, { Items: [{ WebId: 'ET', Name: 'Pump', Path: '\\\\AF\\DB\\ElementTemplates[Pump]', InstanceType: 'Element', BaseTemplate: '', CategoryNames: [] }] }],
  ['element category', c.itemsElementCategory, { Items: [{ WebId: 'EC', Name: 'Equipment', Path: '\\\\AF\\DB\\ElementCategories[Equipment]' }] }],
  ['event frames, in progress and with null EndTime', c.itemsEventFrame, { Items: [eventFrame, { ...eventFrame, EndTime: null }, { ...eventFrame, EndTime: '2024-01-01T02:00:00Z' }] }],
  ['batch request', c.batchRequest, {
    db: { Method: 'GET', Resource: `${H}/assetdatabases?path=%5C%5CAF%5CDB` },
    els: { Method: 'GET', Resource: '{0}?templateName=Pump', Parameters: ['$.db.Content.Links.Elements'], ParentIds: ['db'], Headers: { 'Cache-Control': 'no-cache' } },
    attrs: { Method: 'GET', ParentIds: ['els'], RequestTemplate: { Resource: '{0}?nameFilter=Flow' }, Parameters: ['$.els.Content.Items[*].Links.Attributes'] },
    post: { Method: 'POST', Resource: `${H}/elements`, Content: '{"Name":"New Element"}' },
  }],
  ['batch response incl. parent failure and template', c.batchResponse, {
    db: { Status: 200, Headers: { 'Content-Type': 'application/json; charset=utf-8' }, Content: { WebId: 'RD' } },
    els: { Status: 409, Headers: {}, Content: 'The following ParentIds did not complete successfully: db.' },
    attrs: { Status: 207, Headers: {}, Content: { Total: 1, Items: [{ Status: 200, Headers: {}, Content: { Items: [] } }] } },
    none: { Status: 204, Content: null },
  }],
  ['template content', c.batchTemplateContent, { Total: 2, Items: [{ Status: 200, Content: {} }, { Status: 404, Content: { Errors: ['x'] } }] }],
  ['landing', c.landing, { Links: { Self: `${H}/`, AssetServers: `${H}/assetservers`, DataServers: `${H}/dataservers`, Search: `${H}/search`, System: `${H}/system` } }],
  ['system landing', c.systemLanding, { ProductTitle: 'PI Web API 2019 SP1', ProductVersion: '1.13.0.6298', Links: { Self: 'u', Status: 'u' } }],
  ['system status', c.systemStatus, { UpTimeInMinutes: 12.5, State: 'Running', CacheInstances: 0, ServerTime: '2024-01-01T00:00:00Z' }],
  ['user info', c.userInfo, { IdentityType: 'WindowsIdentity', Name: 'DOMAIN\\user', IsAuthenticated: true, SID: 'S-1-5-21', ImpersonationLevel: 'Impersonation' }],
];

const rejected: [string, z.ZodType, unknown, string][] = [
  ['Items not an array', c.extendedTimedValues, { Items: {} }, 'Items'],
  ['Items missing', c.itemsPoint, { Links: {} }, 'Items'],
  ['Timestamp missing', c.timedValues, { Items: [{ Value: 1 }] }, 'Items.0.Timestamp'],
  ['Timestamp not UTC Z', c.timedValue, { ...good, Timestamp: '2024-01-01T00:00:00+01:00' }, 'Timestamp'],
  ['Timestamp with 8 fraction digits', c.timedValue, { ...good, Timestamp: '2024-01-01T00:00:00.12345678Z' }, 'Timestamp'],
  ['Good not a boolean', c.timedValue, { ...good, Good: 'yes' }, 'Good'],
  ['stream item without WebId', c.itemsStreamValues, { Items: [{ Items: [good] }] }, 'Items.0.WebId'],
  ['point Id as GUID', c.point, { ...point, Id: 'cbb28260' }, 'Id'],
  ['Span as string', c.point, { ...point, Span: '100' }, 'Span'],
  ['element without Path', c.element, { ...element, Path: undefined }, 'Path'],
  ['event frame without StartTime', c.eventFrame, { ...eventFrame, StartTime: undefined }, 'StartTime'],
  ['WebException without StatusCode', c.point, { ...point, WebException: { Errors: ['x'] } }, 'WebException.StatusCode'],
  ['batch Content as object', c.batchRequest, { a: { Method: 'POST', Resource: 'u', Content: { Name: 'x' } } }, 'a.Content'],
  ['batch sub-request without Resource', c.batchRequest, { a: { Method: 'GET' } }, 'a'],
  ['seed list-shaped batch body', c.batchRequest, { Requests: [{ Method: 'GET', Resource: 'u' }] }, 'Requests'],
  ['batch Status not an integer', c.batchResponse, { a: { Status: '200' } }, 'a.Status'],
  ['user info without IsAuthenticated', c.userInfo, { Name: 'x' }, 'IsAuthenticated'],
];

describe('PI JSON samples', () => {
  it.each(accepted)('accepts %s', (_name, schema, body) => {
    const r = schema.safeParse(body);
    expect(r.success ? 'ok' : r.error.issues).toBe('ok');
  });

  it.each(rejected)('rejects %s', (_name, schema, body, issuePath) => {
    const r = schema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(issuePath);
  });

  it('ignores unknown fields instead of rejecting them', () => {
    const r = c.timedValue.parse({ ...good, FutureField: 1 });
    expect(r).toEqual(good);
    const sv = c.extendedTimedValues.parse({ Links: {}, Items: [], UnitsAbbreviation: '' });
    expect(sv).toEqual({ Items: [], UnitsAbbreviation: '' });
  });

  it('keeps a digital state Value as an object that digitalStateValue reads', () => {
    const v = c.timedValue.parse(systemState);
    expect(c.digitalStateValue.parse(v.Value)).toEqual({ Name: 'I/O Timeout', Value: 246, IsSystem: true });
  });
});
