// Character shingles and MinHash signatures (Broder 1997): the Jaccard similarity of two shingle sets is estimated
// by how many of their per-hash minima agree; LSH banding then finds candidate pairs without comparing all pairs.

/** The set of k-character shingles of a text, each as a 32-bit FNV-1a hash. */
export function shingles(text: string, k: number): Set<number> {
  const chars = Array.from(text);
  const out = new Set<number>();
  for (let i = 0; i + k <= chars.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) {
      h ^= chars[j]!.codePointAt(0)!;
      h = Math.imul(h, 0x01000193);
    }
    out.add(h >>> 0);
  }
  return out;
}

/** Exact Jaccard similarity |A∩B| / |A∪B|. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** A fixed family of hash functions (seeded, so signatures are comparable across runs and processes). */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    out[i] = s;
  }
  return out;
}

const seedCache = new Map<number, Uint32Array>();

/** murmur3's finalizer over x ^ seed: a cheap, well-mixed independent hash per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function signature(set: ReadonlySet<number>, hashes: number): Uint32Array {
  let family = seedCache.get(hashes);
  if (!family) seedCache.set(hashes, (family = seeds(hashes)));
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < hashes; i++) {
      const h = mix(x, family[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** One key per band of `rows` consecutive minima: two signatures sharing any key become a candidate pair. */
export function bandKeys(sig: Uint32Array, rows: number): string[] {
  const keys: string[] = [];
  for (let b = 0; b * rows < sig.length; b++) {
    keys.push(`${b}:${Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',')}`);
  }
  return keys;
}
