/**
 * The mock's Asset Framework: server -> database -> plants -> units -> equipment, computed from the
 * tier layout on demand (nothing per element is stored). Also the stream seam for element attributes.
 */
import { elementAttributeFromDecoded, elementFromDecoded, type AfWorld } from './resolve-af';
import type { DecodedWebId, WebIdType } from '../../pi-contract';
import type { ParentStreamFilter, AttributeStreamProvider } from '../stream-providers';
import type { StreamSource } from '../stream-source';
import type { AttributeDef } from './attribute-def';
import { searchAttributes } from './attribute-search';
import { elementAttributeWebId, elementWebId } from './af-webids';
import { elementAttributeGuid, elementAttributes } from './element-attributes';
import { elementCounts, elementPath, elementTemplateName, type ElementRef } from './hierarchy';
import { attributeStreamSource } from './attribute-stream-source';
import type { AttributeView } from './render-attribute';

export class AfModel implements AttributeStreamProvider {
  constructor(private readonly world: AfWorld) {}

  /** Element totals of the whole tree (plants, units, equipment). */
  counts(): { plants: number; units: number; equipment: number } {
    return elementCounts(this.world.catalogue.layout);
  }

  attributes(ref: ElementRef): AttributeDef[] {
    return elementAttributes(this.world.catalogue, ref, this.world.profile.plantAttributes);
  }

  elementWebId(ref: ElementRef, type: WebIdType): string {
    return elementWebId(this.world.identity, this.world.catalogue.layout, ref, type);
  }

  attributeView(ref: ElementRef, index: number, type: WebIdType): AttributeView {
    const def = this.attributes(ref)[index];
    if (!def) throw new RangeError(`element has no attribute ${index}`);
    const { identity } = this.world;
    const layout = this.world.catalogue.layout;
    return {
      def,
      webId: elementAttributeWebId(identity, layout, ref, index, def.name, type),
      id: elementAttributeGuid(ref, index),
      path: `${elementPath(identity, layout, ref)}|${def.name}`,
      owner: { kind: 'Element', webId: elementWebId(identity, layout, ref, type) },
    };
  }

  private streamSource(ref: ElementRef, index: number, type: WebIdType): StreamSource {
    const view = this.attributeView(ref, index, type);
    return attributeStreamSource(view, view.def.tagIndex);
  }

  resolveAttributeStream(decoded: DecodedWebId, webIdType: WebIdType): StreamSource | null {
    const attr = elementAttributeFromDecoded(this.world, decoded);
    return attr ? this.streamSource(attr.element, attr.index, webIdType) : null;
  }

  parentStreamSources(decoded: DecodedWebId, filter: ParentStreamFilter, webIdType: WebIdType): StreamSource[] | null {
    const ref = elementFromDecoded(this.world, decoded);
    if (!ref) return null;
    const indices = searchAttributes(this.attributes(ref), elementTemplateName(ref), filter);
    return indices.map((i) => this.streamSource(ref, i, webIdType));
  }
}
