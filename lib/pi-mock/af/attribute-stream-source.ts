import type { StreamSource } from '../stream-source';
import type { AttributeView } from './render-attribute';

/** An element or event-frame attribute as the stream handlers serve it; `tagIndex` null: no PI point behind it. */
export function attributeStreamSource(view: AttributeView, tagIndex: number | null): StreamSource {
  const source: StreamSource = {
    webId: view.webId,
    name: view.def.name,
    path: view.path,
    sourcePath: `/attributes/${view.webId}`,
    units: view.def.units,
    tagIndex,
  };
  if (view.def.staticValue !== undefined) source.staticValue = view.def.staticValue;
  return source;
}
