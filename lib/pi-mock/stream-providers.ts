/**
 * How the stream handlers reach AF and event-frame attributes without knowing how those models are
 * built: AfModel and EventFrameModel implement these.
 */
import type { DecodedWebId, WebIdType } from '../pi-contract';
import type { StreamSource } from './stream-source';

/** Filters of parent-scoped stream sets (`/streamsets/{webId}/recorded`, contract §5.2). */
export interface ParentStreamFilter {
  nameFilter?: string;
  categoryName?: string;
  templateName?: string;
  /** false: direct attributes only. */
  searchFullHierarchy: boolean;
}

export interface AttributeStreamProvider {
  /** An `Ab` WebID -> its stream, or null when it names no attribute of this world. */
  resolveAttributeStream(decoded: DecodedWebId, webIdType: WebIdType): StreamSource | null;
  /** Attributes of a parent (element for AfModel, event frame for EventFrameModel) as streams; null when the parent does not exist. */
  parentStreamSources(decoded: DecodedWebId, filter: ParentStreamFilter, webIdType: WebIdType): StreamSource[] | null;
}
