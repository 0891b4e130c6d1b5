/** A PI point of the catalogue as PI Web API's Point object (contract §3.3). */
import type { WebIdType } from '../../pi-contract';
import type { TagCatalogue } from '../catalogue';
import { dataServerWebId } from './data-server-webid';

export function pointObject(catalogue: TagCatalogue, index: number, webIdType: WebIdType, url: (path: string) => string) {
  const tag = catalogue.tag(index);
  const webId = catalogue.webId(index, webIdType);
  const self = `/points/${webId}`;
  const stream = `/streams/${webId}`;
  return {
    WebId: webId,
    Id: tag.pointId,
    Name: tag.name,
    Path: tag.path,
    Descriptor: `${tag.plantName} ${tag.unitName} ${tag.sensor.name.toLowerCase()}`,
    PointClass: 'classic',
    PointType: 'Float32',
    DigitalSetName: '',
    EngineeringUnits: tag.sensor.units,
    Span: tag.sensor.max - tag.sensor.min,
    Zero: tag.sensor.min,
    Step: false,
    Future: false,
    DisplayDigits: -5,
    Links: {
      Self: url(self),
      DataServer: url(`/dataservers/${dataServerWebId(catalogue.dataServer, webIdType)}`),
      Attributes: url(`${self}/attributes`),
      Value: url(`${stream}/value`),
      InterpolatedData: url(`${stream}/interpolated`),
      RecordedData: url(`${stream}/recorded`),
      PlotData: url(`${stream}/plot`),
      SummaryData: url(`${stream}/summary`),
      EndValue: url(`${stream}/end`),
    },
  };
}
