/**
 * Event-frame templates (the seed's four kinds) with their share of all frames, duration range,
 * categories and attributes. Attribute values are computed per frame in frame-attributes.ts.
 */
export interface EfAttributeSpec {
  name: string;
  type: 'String' | 'Double' | 'Int32';
  unitsName: string;
  units: string;
  description: string;
}

export interface EfTemplate {
  name: string;
  description: string;
  /** Share of all frames; the shares sum to 1. */
  share: number;
  minDurationMs: number;
  maxDurationMs: number;
  categoryNames: string[];
  /** Probability that a frame also references one equipment element of its unit. */
  equipmentShare: number;
  canBeAcknowledged: boolean;
  attributes: EfAttributeSpec[];
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

function text(name: string, description: string): EfAttributeSpec {
  return { name, type: 'String', unitsName: '', units: '', description };
}

export const EF_TEMPLATES: readonly EfTemplate[] = [
  {
    name: 'BatchRun',
    description: 'One production batch on a process unit',
    share: 0.4,
    minDurationMs: 2 * HOUR_MS,
    maxDurationMs: 8 * HOUR_MS,
    categoryNames: ['Production'],
    equipmentShare: 0,
    canBeAcknowledged: false,
    attributes: [
      text('BatchID', 'Batch identifier'),
      text('Product', 'Product made in the batch'),
      { name: 'TargetQuantity', type: 'Double', unitsName: 'metric ton', units: 't', description: 'Planned output' },
      { name: 'ActualQuantity', type: 'Double', unitsName: 'metric ton', units: 't', description: 'Measured output' },
      text('Operator', 'Operator in charge'),
    ],
  },
  {
    name: 'Maintenance',
    description: 'Maintenance work on a unit and one of its equipment',
    share: 0.15,
    minDurationMs: HOUR_MS,
    maxDurationMs: 4 * HOUR_MS,
    categoryNames: ['Maintenance'],
    equipmentShare: 1,
    canBeAcknowledged: false,
    attributes: [
      text('WorkOrder', 'Work order number'),
      text('Technician', 'Technician who did the work'),
      text('MaintenanceType', 'Preventive, Corrective, Predictive or Inspection'),
      { name: 'Cost', type: 'Double', unitsName: '', units: '', description: 'Cost in USD' },
    ],
  },
  {
    name: 'Alarm',
    description: 'A process alarm raised on a unit sensor',
    share: 0.3,
    minDurationMs: MINUTE_MS,
    maxDurationMs: 45 * MINUTE_MS,
    categoryNames: ['Alarm'],
    equipmentShare: 0.5,
    canBeAcknowledged: true,
    attributes: [
      text('AlarmCode', 'Alarm code'),
      { name: 'Priority', type: 'Int32', unitsName: '', units: '', description: '1 (highest) to 4' },
      // Units of these two follow the sensor that raised the alarm (see frame-attributes.ts).
      { name: 'TriggerValue', type: 'Double', unitsName: '', units: '', description: 'Value that raised the alarm' },
      { name: 'Limit', type: 'Double', unitsName: '', units: '', description: 'Alarm limit' },
    ],
  },
  {
    name: 'Downtime',
    description: 'A unit not producing',
    share: 0.15,
    minDurationMs: 15 * MINUTE_MS,
    maxDurationMs: 3 * HOUR_MS,
    categoryNames: ['Downtime', 'Production'],
    equipmentShare: 0.5,
    canBeAcknowledged: false,
    attributes: [
      text('Reason', 'Reason for the stop'),
      text('Category', 'Planned or Unplanned'),
      { name: 'LostProduction', type: 'Double', unitsName: 'metric ton', units: 't', description: 'Output lost' },
    ],
  },
];

/** Template index for a uniform draw in [0, 1). */
export function templateForDraw(draw: number): number {
  let acc = 0;
  for (let i = 0; i < EF_TEMPLATES.length; i++) {
    acc += EF_TEMPLATES[i]!.share;
    if (draw < acc) return i;
  }
  return EF_TEMPLATES.length - 1;
}
