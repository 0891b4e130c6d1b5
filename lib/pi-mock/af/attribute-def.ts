/** What the mock knows about one AF attribute, whoever owns it (element or event frame). */
export interface AttributeDef {
  name: string;
  description: string;
  /** AF value type: Double, Int32, String, DateTime ... */
  type: string;
  unitsName: string;
  /** Units abbreviation (`""` when none). */
  units: string;
  categoryNames: string[];
  /** Index of the PI point behind a `PI Point` data reference; null for a static attribute. */
  tagIndex: number | null;
  staticValue?: string | number | boolean;
  zero: number | null;
  span: number | null;
  displayDigits: number;
}
