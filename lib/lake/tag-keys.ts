/**
 * The attempt's tag keys: key k names the k-th WebId seen. Names and units live only in the value
 * stage's tag table; this holds the one string per tag the commit record needs, and holds it
 * compactly: at 500,472 tags an array of strings and a Map from WebId to key cost ~47 MiB of heap
 * (56 bytes a string, ~30 a Map entry); the WebIds' UTF-8 bytes back to back and an
 * open-addressing table of keys cost ~22 MiB, outside the garbage-collected heap. WebIds read from
 * commit records are interned too (committed coverage is kept by key), but only registered keys
 * are the sink's to hand out and accept.
 */
const INITIAL_BYTES = 64 * 1024;
const INITIAL_TAGS = 1_024;

export class TagKeys {
  private bytes = Buffer.alloc(INITIAL_BYTES);
  private used = 0;
  /** ends[k - 1]: where key k's bytes end (they start where key k - 1's end). */
  private ends = new Uint32Array(INITIAL_TAGS);
  private tagCount = 0;
  /** Open addressing, linear probing, at most half full: 0 is an empty slot, else a key. */
  private slots = new Int32Array(INITIAL_TAGS * 2);
  /** 1 for keys registered through keyFor. */
  private registered = new Uint8Array(INITIAL_TAGS);

  /** The tag's key, registered: a new one the first time its WebId is seen. */
  keyFor(webId: string): number {
    const key = this.internKey(webId);
    this.registered[key] = 1;
    return key;
  }

  /** The WebId's key without registering it (a WebId a commit record names). */
  internKey(webId: string): number {
    const encoded = Buffer.from(webId, 'utf8');
    const mask = this.slots.length - 1;
    let slot = hashOf(encoded, 0, encoded.length) & mask;
    for (let key = this.slots[slot]!; key !== 0; key = this.slots[slot]!) {
      if (this.bytes.compare(encoded, 0, encoded.length, this.startOf(key), this.ends[key - 1]!) === 0) return key;
      slot = (slot + 1) & mask;
    }
    const key = this.append(encoded);
    this.slots[slot] = key;
    if (this.tagCount * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return key;
  }

  /** Whether the key was registered (keyFor), not only interned. */
  has(key: number): boolean {
    return Number.isInteger(key) && key >= 1 && key <= this.tagCount && this.registered[key] === 1;
  }

  /** A new string each call: callers ask for WebIds a batch at a time, not for all at once. */
  webIdOf(key: number): string {
    if (!Number.isInteger(key) || key < 1 || key > this.tagCount) throw new Error(`tag key ${key} is not registered`);
    return this.bytes.toString('utf8', this.startOf(key), this.ends[key - 1]!);
  }

  /** Keys, interned or registered, run 1..count. */
  get count(): number {
    return this.tagCount;
  }

  private startOf(key: number): number {
    return key === 1 ? 0 : this.ends[key - 2]!;
  }

  private append(encoded: Buffer): number {
    if (this.used + encoded.length > this.bytes.length) {
      const bytes = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + encoded.length));
      this.bytes.copy(bytes, 0, 0, this.used);
      this.bytes = bytes;
    }
    if (this.tagCount === this.ends.length) {
      const ends = new Uint32Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    // Indexed by key (1-based), so one slot longer than the keys.
    if (this.tagCount + 1 >= this.registered.length) {
      const registered = new Uint8Array(this.registered.length * 2);
      registered.set(this.registered);
      this.registered = registered;
    }
    encoded.copy(this.bytes, this.used);
    this.used += encoded.length;
    this.ends[this.tagCount++] = this.used;
    return this.tagCount;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let key = 1; key <= this.tagCount; key++) {
      let slot = hashOf(this.bytes, this.startOf(key), this.ends[key - 1]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = key;
    }
    this.slots = slots;
  }
}

/** FNV-1a over bytes [from, to). */
function hashOf(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}
