/**
 * Element templates (element and event-frame kinds, as AF keeps both in one collection) and
 * element categories of the database. Fixed lists; GUIDs derive from the list position.
 */
import { EF_TEMPLATES } from '../event-frames/ef-templates';
import { EQUIPMENT_TYPES } from './equipment';
import type { ServerIdentity } from '../server-identity';
import { GUID_KIND, objectGuid, parseObjectGuid } from './object-guid';

export interface TemplateDef {
  name: string;
  description: string;
  instanceType: 'Element' | 'EventFrame';
  categoryNames: string[];
  canBeAcknowledged: boolean;
}

export interface CategoryDef {
  name: string;
  description: string;
}

const EQUIPMENT_DESCRIPTIONS: Record<string, string> = {
  Pump: 'Centrifugal pump',
  Compressor: 'Gas compressor',
  HeatExchanger: 'Plate or shell-and-tube heat exchanger',
  Reactor: 'Stirred process reactor',
};

export const TEMPLATES: readonly TemplateDef[] = [
  { name: 'Plant', description: 'Production site', instanceType: 'Element', categoryNames: ['Site'], canBeAcknowledged: false },
  { name: 'ProcessUnit', description: 'Process unit with eight instrumented sensors', instanceType: 'Element', categoryNames: ['Production Unit'], canBeAcknowledged: false },
  ...EQUIPMENT_TYPES.map((t): TemplateDef => ({
    name: t,
    description: EQUIPMENT_DESCRIPTIONS[t] ?? t,
    instanceType: 'Element',
    categoryNames: ['Equipment'],
    canBeAcknowledged: false,
  })),
  ...EF_TEMPLATES.map((t): TemplateDef => ({
    name: t.name,
    description: t.description,
    instanceType: 'EventFrame',
    categoryNames: t.categoryNames,
    canBeAcknowledged: t.canBeAcknowledged,
  })),
];

export const CATEGORIES: readonly CategoryDef[] = [
  { name: 'Site', description: 'A production site' },
  { name: 'Production Unit', description: 'A process unit' },
  { name: 'Equipment', description: 'Rotating or static equipment' },
  { name: 'Production', description: 'Production events' },
  { name: 'Maintenance', description: 'Maintenance events' },
  { name: 'Alarm', description: 'Process alarms' },
  { name: 'Downtime', description: 'Lost production time' },
];

export function templateIndexOf(name: string): number {
  const upper = name.toUpperCase();
  return TEMPLATES.findIndex((t) => t.name.toUpperCase() === upper);
}

export function templatePath(id: ServerIdentity, t: TemplateDef): string {
  return `${id.database.path}\\ElementTemplates[${t.name}]`;
}

export function categoryPath(id: ServerIdentity, c: CategoryDef): string {
  return `${id.database.path}\\ElementCategories[${c.name}]`;
}

export function templateGuid(index: number): string {
  return objectGuid(GUID_KIND.elementTemplate, index);
}

export function categoryGuid(index: number): string {
  return objectGuid(GUID_KIND.elementCategory, index);
}

/** GUID of the given kind -> list index, or -1. */
export function indexFromGuid(guid: string, kind: typeof GUID_KIND.elementTemplate | typeof GUID_KIND.elementCategory): number {
  const f = parseObjectGuid(guid);
  const size = kind === GUID_KIND.elementTemplate ? TEMPLATES.length : CATEGORIES.length;
  if (!f || f.kind !== kind || f.b !== -1 || f.c !== -1 || f.d !== -1 || f.a >= size) return -1;
  return f.a;
}
