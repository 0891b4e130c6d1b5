/** What a stream WebID (a PI point, or an AF attribute) resolves to, for the stream handlers. */
export interface StreamSource {
  /** WebID as emitted, in the request's webIdType. */
  webId: string;
  name: string;
  path: string;
  /** Path below /piwebapi of the object behind the stream: `/points/{webId}` or `/attributes/{webId}`. */
  sourcePath: string;
  /** Units abbreviation the values carry (`""` when none). */
  units: string;
  /** Index of the PI point whose values this stream serves; null for a static attribute. */
  tagIndex: number | null;
  /** Value of an attribute without a data reference (event-frame attributes, equipment data). */
  staticValue?: string | number | boolean;
  /** Event-frame attributes default their time window to the frame's (endMs null: in progress). */
  defaultWindow?: { startMs: number; endMs: number | null };
}
