/**
 * The PI point catalogue, computed from the tag index: nothing per tag is stored, so 30,240 or
 * 500,000 tags cost the same memory. Index i -> plant floor(i / (units*8)), unit, sensor i % 8.
 */
import { encodeGuid, type DecodedWebId, type WebIdType } from '../pi-contract';
import { layoutForTagCount, plantIndexOf, plantName, SENSOR_TYPES, type SensorType, type TierLayout } from '../tiers';
import { serverIdentityFor, type ServerRef } from './server-identity';

export interface TagInfo {
  index: number;
  /** PI point ID on the Data Archive: index + 1. */
  pointId: number;
  name: string;
  /** `\\SERVER\TAG` */
  path: string;
  plantIndex: number;
  unitIndex: number;
  sensorIndex: number;
  sensor: SensorType;
  plantName: string;
  unitName: string;
}

export function unitElementName(unitIndex: number): string {
  return `Unit${String(unitIndex + 1).padStart(2, '0')}`;
}

const TAG_NAME_RE = /^(.+)_UNIT(\d{2,})_([A-Z]+)$/;

export class TagCatalogue {
  readonly layout: TierLayout;
  readonly count: number;
  /** The Data Archive these points live on: its name starts every tag path, its GUID every F/I WebID. */
  readonly dataServer: ServerRef;
  private readonly serverGuidB64: string;
  private readonly serverNameUpper: string;

  constructor(requestedTagCount: number) {
    this.layout = layoutForTagCount(requestedTagCount);
    this.count = this.layout.tagCount;
    this.dataServer = serverIdentityFor(this.layout).dataServer;
    this.serverGuidB64 = encodeGuid(this.dataServer.guid);
    this.serverNameUpper = this.dataServer.name.toUpperCase();
  }

  tag(index: number): TagInfo {
    this.checkIndex(index);
    const perPlant = this.layout.unitsPerPlant * this.layout.sensorsPerUnit;
    const plantIndex = Math.floor(index / perPlant);
    const unitIndex = Math.floor(index / this.layout.sensorsPerUnit) % this.layout.unitsPerPlant;
    const sensorIndex = index % this.layout.sensorsPerUnit;
    const sensor = SENSOR_TYPES[sensorIndex]!;
    const plant = plantName(this.layout, plantIndex);
    const unit = unitElementName(unitIndex);
    const name = `${plant}_${unit}_${sensor.name}`;
    return {
      index,
      pointId: index + 1,
      name,
      path: `${this.dataServer.path}\\${name}`,
      plantIndex,
      unitIndex,
      sensorIndex,
      sensor,
      plantName: plant,
      unitName: unit,
    };
  }

  /** The tag's sensor type without building its names: all a recorded read needs of most tags. */
  sensor(index: number): { sensorIndex: number; sensor: SensorType } {
    this.checkIndex(index);
    const sensorIndex = index % this.layout.sensorsPerUnit;
    return { sensorIndex, sensor: SENSOR_TYPES[sensorIndex]! };
  }

  private checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) {
      throw new RangeError(`tag index ${index} outside 0..${this.count - 1}`);
    }
  }

  /** Tag name -> index, case-insensitive (PI tag names are); -1 when no such tag. */
  indexOfName(name: string): number {
    const m = TAG_NAME_RE.exec(name.toUpperCase());
    if (!m) return -1;
    const plantIndex = plantIndexOf(this.layout, m[1]!);
    const unitIndex = Number(m[2]) - 1;
    const sensorIndex = SENSOR_TYPES.findIndex((s) => s.name.toUpperCase() === m[3]);
    if (plantIndex < 0 || sensorIndex < 0 || unitIndex < 0 || unitIndex >= this.layout.unitsPerPlant) return -1;
    if (unitElementName(unitIndex).toUpperCase() !== `UNIT${m[2]}`) return -1;
    return (plantIndex * this.layout.unitsPerPlant + unitIndex) * this.layout.sensorsPerUnit + sensorIndex;
  }

  indexOfUnitSensor(plantIndex: number, unitIndex: number, sensorIndex: number): number {
    return (plantIndex * this.layout.unitsPerPlant + unitIndex) * this.layout.sensorsPerUnit + sensorIndex;
  }

  /**
   * The point's WebID 2.0 (same bytes as encodeWebId, tested): the server GUID part is encoded
   * once per catalogue, since every point shares it and batch reads ask for thousands.
   */
  webId(index: number, type: WebIdType = 'Full'): string {
    const tag = this.tag(index);
    const pointId = Buffer.alloc(4);
    pointId.writeInt32LE(tag.pointId);
    const idPart = pointId.toString('base64url');
    const pathPart = () => Buffer.from(tag.path.slice(2).toUpperCase(), 'utf8').toString('base64url');
    switch (type) {
      case 'Full':
        return `F1DP${this.serverGuidB64}${idPart}${pathPart()}`;
      case 'IDOnly':
        return `I1DP${this.serverGuidB64}${idPart}`;
      case 'PathOnly':
        return `P1DP${pathPart()}`;
      case 'LocalIDOnly':
        return `L1DP${idPart}`;
      case 'DefaultIDOnly':
        return `D1DP${idPart}`;
    }
  }

  /**
   * A decoded DP WebID -> tag index, or -1 when it names no point of this catalogue (wrong server,
   * unknown point ID, or a path whose tag does not exist at this tier).
   */
  resolve(decoded: DecodedWebId): number {
    if (decoded.marker !== 'DP') return -1;
    if (decoded.type === 'Full' || decoded.type === 'IDOnly') {
      if (decoded.guids[0] !== this.dataServer.guid) return -1;
    }
    if (decoded.pointId !== undefined) {
      const index = decoded.pointId - 1;
      return index >= 0 && index < this.count ? index : -1;
    }
    if (decoded.path === undefined) return -1;
    return this.indexOfPath(decoded.path);
  }

  /** `SERVER\TAG` or `\\SERVER\TAG` (any case) -> index, -1 when unknown. */
  indexOfPath(path: string): number {
    const trimmed = path.replace(/^\\\\/, '');
    const slash = trimmed.indexOf('\\');
    if (slash < 0 || trimmed.slice(0, slash).toUpperCase() !== this.serverNameUpper) return -1;
    return this.indexOfName(trimmed.slice(slash + 1));
  }
}
