/**
 * The attempt's tag keys: key k names the WebId at index k - 1. Names and units live only in the
 * value stage's tag table; this holds the one string per tag the commit record needs.
 */
export class TagKeys {
  private readonly webIds: string[] = [];
  private readonly keys = new Map<string, number>();

  /** The tag's key, a new one the first time its WebId is seen. */
  keyFor(webId: string): number {
    let key = this.keys.get(webId);
    if (key === undefined) {
      key = this.webIds.push(webId);
      this.keys.set(webId, key);
    }
    return key;
  }

  webIdOf(key: number): string {
    const webId = this.webIds[key - 1];
    if (webId === undefined) throw new Error(`tag key ${key} is not registered`);
    return webId;
  }

  /** Keys run 1..count. */
  get count(): number {
    return this.webIds.length;
  }
}
