/**
 * The mock's event frames: generated on first use (see frame-table.ts), then looked up by index.
 * Also the stream seam for event-frame attributes, whose streams default to the frame's window.
 */
import type { DecodedWebId, WebIdType } from '../../pi-contract';
import type { AttributeDef } from '../af/attribute-def';
import { searchAttributes } from '../af/attribute-search';
import type { ElementRef } from '../af/hierarchy';
import { attributeStreamSource } from '../af/attribute-stream-source';
import type { AttributeView } from '../af/render-attribute';
import type { AttributeStreamProvider, ParentStreamFilter } from '../stream-providers';
import type { StreamSource } from '../stream-source';
import type { WorldFacts } from '../world-facts';
import { EF_TEMPLATES } from './ef-templates';
import { frameAttributes } from './frame-attributes';
import {
  frameAttributeFromDecoded,
  frameAttributeFromPath,
  frameAttributeGuid,
  frameAttributeWebId,
  frameFromDecoded,
  frameFromPath,
  framePath,
  frameWebId,
} from './frame-identity';
import { buildFrameTable, type FrameTable } from './frame-table';
import { referencedElements } from './run-frame-search';

export class EventFrameModel implements AttributeStreamProvider {
  private built: FrameTable | undefined;

  constructor(private readonly world: WorldFacts) {}

  get table(): FrameTable {
    this.built ??= buildFrameTable(this.world);
    return this.built;
  }

  get count(): number {
    return this.table.count;
  }

  /** Frame index of an `Fm` WebID or an `...\EventFrames[Name]` path; -1 when none. */
  frameFromDecoded(decoded: DecodedWebId): number {
    return frameFromDecoded(this.world.identity, this.table, decoded);
  }

  frameFromPath(path: string): number {
    return frameFromPath(this.world.identity, this.table, path);
  }

  frameWebId(i: number, type: WebIdType): string {
    return frameWebId(this.world.identity, this.table, i, type);
  }

  referencedElements(i: number): ElementRef[] {
    return referencedElements(this.table, this.world.catalogue.layout, i);
  }

  templateName(i: number): string {
    return EF_TEMPLATES[this.table.template[i]!]!.name;
  }

  attributes(i: number): AttributeDef[] {
    return frameAttributes(this.table, i, this.world.options.seed, this.world.anchorMs);
  }

  attributeFromDecoded(decoded: DecodedWebId): { frame: number; index: number } | null {
    return frameAttributeFromDecoded(this.world.identity, this.table, decoded);
  }

  attributeFromPath(path: string): { frame: number; index: number } | null {
    return frameAttributeFromPath(this.world.identity, this.table, path);
  }

  attributeView(i: number, index: number, type: WebIdType): AttributeView {
    const def = this.attributes(i)[index];
    if (!def) throw new RangeError(`event frame has no attribute ${index}`);
    return {
      def,
      webId: frameAttributeWebId(this.world.identity, this.table, i, index, def.name, type),
      id: frameAttributeGuid(i, index),
      path: `${framePath(this.world.identity, this.table, i)}|${def.name}`,
      owner: { kind: 'EventFrame', webId: this.frameWebId(i, type) },
    };
  }

  private streamSource(i: number, index: number, type: WebIdType): StreamSource {
    const view = this.attributeView(i, index, type);
    const end = this.table.endMs[i]!;
    return { ...attributeStreamSource(view, null), defaultWindow: { startMs: this.table.startMs[i]!, endMs: end === Infinity ? null : end } };
  }

  resolveAttributeStream(decoded: DecodedWebId, webIdType: WebIdType): StreamSource | null {
    const attr = this.attributeFromDecoded(decoded);
    return attr ? this.streamSource(attr.frame, attr.index, webIdType) : null;
  }

  parentStreamSources(decoded: DecodedWebId, filter: ParentStreamFilter, webIdType: WebIdType): StreamSource[] | null {
    const i = this.frameFromDecoded(decoded);
    if (i < 0) return null;
    const indices = searchAttributes(this.attributes(i), this.templateName(i), filter);
    return indices.map((k) => this.streamSource(i, k, webIdType));
  }
}
