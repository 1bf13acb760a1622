// MinHash signatures and a locality-sensitive hash index over them: near-copy
// candidates for a new article in time independent of how many are indexed.
// Written by hand because the index must stay under a kilobyte per article
// at millions of articles: typed arrays with chained buckets per band, no
// per-entry objects (a Map entry alone costs more than the whole budget).

export interface LshOptions {
  /** MinHash values per signature. */
  hashes: number;
  /** Bands the signature is cut into; hashes / bands rows each. */
  bands: number;
}

/** 64 hashes in 16 bands of 4: a pair at Jaccard 0.85 is a candidate with probability > 0.9999, at 0.3 about 0.12. */
export const DEFAULT_LSH: LshOptions = { hashes: 64, bands: 16 };

/** Fixed odd multipliers (one per hash function): the same input always gives the same signature. */
function seeds(n: number): Uint32Array {
  const out = new Uint32Array(n);
  let x = 0x9e3779b9;
  for (let i = 0; i < n; i++) {
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
    out[i] = ((x ^ (x >>> 16)) | 1) >>> 0;
  }
  return out;
}

const SEEDS = new Map<number, Uint32Array>();
const seedsFor = (n: number) => SEEDS.get(n) ?? (SEEDS.set(n, seeds(n)).get(n) as Uint32Array);

/** MinHash signature of a set of 32-bit shingle hashes: per hash function, the least mixed value. */
export function minhash(shingles: Iterable<number>, hashes = DEFAULT_LSH.hashes): Uint32Array {
  const s = seedsFor(hashes);
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < hashes; i++) {
      let h = Math.imul(x ^ (s[i] as number), 0x9e3779b1);
      h ^= h >>> 15;
      h = Math.imul(h, 0x85ebca77) >>> 0;
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array, bOffset = 0): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[bOffset + i]) same++;
  return same / a.length;
}

export class LshIndex {
  readonly hashes: number;
  readonly bands: number;
  private readonly rows: number;
  private size = 0;
  private capacity = 1024;
  private signatures: Uint32Array;
  /** Per (document, band): the band's key and the next document in the same bucket. */
  private keys: Uint32Array;
  private next: Int32Array;
  /** Per band: the bucket heads, open addressing by key into a power-of-two table. */
  private heads: Int32Array[];
  private tableBits = 10;

  constructor({ hashes, bands }: LshOptions = DEFAULT_LSH) {
    if (hashes % bands !== 0) throw new Error(`${hashes} hashes do not cut into ${bands} equal bands`);
    this.hashes = hashes;
    this.bands = bands;
    this.rows = hashes / bands;
    this.signatures = new Uint32Array(this.capacity * hashes);
    this.keys = new Uint32Array(this.capacity * bands);
    this.next = new Int32Array(this.capacity * bands);
    this.heads = Array.from({ length: bands }, () => new Int32Array(1 << this.tableBits).fill(-1));
  }

  get count(): number {
    return this.size;
  }

  /** Memory held per indexed document, in bytes (typed arrays only; amortized over the spare capacity). */
  bytesPerDocument(): number {
    const bytes =
      this.signatures.byteLength +
      this.keys.byteLength +
      this.next.byteLength +
      this.heads.reduce((n, h) => n + h.byteLength, 0);
    return bytes / Math.max(1, this.size);
  }

  /** Adds a signature; returns its document number (0, 1, 2… in order of addition). */
  add(signature: Uint32Array): number {
    if (this.size === this.capacity) this.grow();
    if (this.size >= 1 << this.tableBits) this.rehash(this.tableBits + 1);
    const doc = this.size++;
    this.signatures.set(signature, doc * this.hashes);
    const mask = (1 << this.tableBits) - 1;
    for (let b = 0; b < this.bands; b++) {
      const key = this.bandKey(signature, b);
      const slot = doc * this.bands + b;
      const heads = this.heads[b] as Int32Array;
      this.keys[slot] = key;
      this.next[slot] = heads[key & mask] as number;
      heads[key & mask] = doc;
    }
    return doc;
  }

  /** Documents sharing at least one band with the signature, each once. */
  candidates(signature: Uint32Array): number[] {
    const out = new Set<number>();
    const mask = (1 << this.tableBits) - 1;
    for (let b = 0; b < this.bands; b++) {
      const key = this.bandKey(signature, b);
      for (let d = (this.heads[b] as Int32Array)[key & mask] as number; d >= 0; ) {
        const slot = d * this.bands + b;
        if (this.keys[slot] === key) out.add(d);
        d = this.next[slot] as number;
      }
    }
    return [...out];
  }

  /** The indexed document most like the signature at an estimated Jaccard of at least `threshold`. */
  nearest(signature: Uint32Array, threshold: number): { doc: number; similarity: number } | undefined {
    let best: { doc: number; similarity: number } | undefined;
    for (const doc of this.candidates(signature)) {
      const similarity = estimateJaccard(signature, this.signatures, doc * this.hashes);
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = { doc, similarity };
    }
    return best;
  }

  private bandKey(signature: Uint32Array, band: number): number {
    let h = 0x811c9dc5 ^ band;
    for (let r = band * this.rows; r < (band + 1) * this.rows; r++) {
      h = Math.imul(h ^ (signature[r] as number), 0x01000193);
      h ^= h >>> 13;
    }
    return h >>> 0;
  }

  private grow(): void {
    this.capacity *= 2;
    const grow32 = <T extends Uint32Array | Int32Array>(old: T, make: (n: number) => T, per: number) => {
      const next = make(this.capacity * per);
      next.set(old);
      return next;
    };
    this.signatures = grow32(this.signatures, (n) => new Uint32Array(n), this.hashes);
    this.keys = grow32(this.keys, (n) => new Uint32Array(n), this.bands);
    this.next = grow32(this.next, (n) => new Int32Array(n), this.bands);
  }

  /** A bigger bucket table, chains rebuilt: keeps chains short as the index grows. */
  private rehash(bits: number): void {
    this.tableBits = bits;
    const mask = (1 << bits) - 1;
    this.heads = Array.from({ length: this.bands }, () => new Int32Array(1 << bits).fill(-1));
    for (let doc = 0; doc < this.size; doc++) {
      for (let b = 0; b < this.bands; b++) {
        const slot = doc * this.bands + b;
        const heads = this.heads[b] as Int32Array;
        const key = this.keys[slot] as number;
        this.next[slot] = heads[key & mask] as number;
        heads[key & mask] = doc;
      }
    }
  }
}
