// Multi-pattern matcher (Aho–Corasick): built once from every pattern, then each text is scanned in one pass
// whose cost grows with the text, not with the number of patterns — the lexicon of an agency can hold 100,000
// terms. Built for speed in plain JS:
// - an alphabet table maps each UTF-16 code unit to a dense index, 0 for units that occur in no pattern, so most
//   characters of ordinary text send the automaton straight back to the root without a lookup;
// - the root's transitions are a dense array; deeper transitions live in one open-addressing hash table of typed
//   arrays (no Map, no object per node);
// - each node keeps its failure link and a link to the nearest pattern-ending node on its failure chain, so
//   reporting the matches at a position walks only nodes that end a pattern.

const NONE = -1;

/** Called for every occurrence, overlapping ones included; `end` is exclusive. */
export type MatchCallback = (pattern: number, start: number, end: number) => void;

export class MultiPatternMatcher {
  readonly patternCount: number;
  private readonly alphabet = new Int32Array(0x10000);
  private readonly rootNext: Int32Array;
  private readonly fail: Int32Array;
  private readonly outputLink: Int32Array;
  private readonly patternAt: Int32Array;
  private readonly patternLength: Int32Array;
  private readonly edges: TransitionTable;

  /** Patterns are matched code unit by code unit as given; empty patterns never match. */
  constructor(patterns: readonly string[]) {
    this.patternCount = patterns.length;
    this.patternLength = Int32Array.from(patterns, (p) => p.length);
    let alphabetSize = 0;
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        if (this.alphabet[code] === 0) this.alphabet[code] = ++alphabetSize;
      }
    }
    const trie = buildTrie(patterns, this.alphabet);
    const nodeCount = trie.nodeCount;
    this.patternAt = trie.patternAt;
    this.rootNext = new Int32Array(alphabetSize + 1);
    this.edges = new TransitionTable(nodeCount);
    for (let node = 1; node < nodeCount; node++) {
      const parent = trie.parentOf[node]!;
      if (parent === 0) this.rootNext[trie.symbolOf[node]!] = node;
      else this.edges.set(parent, trie.symbolOf[node]!, node);
    }
    this.fail = new Int32Array(nodeCount);
    this.outputLink = new Int32Array(nodeCount).fill(NONE);
    this.linkFailures(trie);
  }

  /** Reports every occurrence of every pattern in `text`, in order of their end position. */
  forEachMatch(text: string, onMatch: MatchCallback): void {
    const { alphabet, rootNext, fail, edges, patternAt, outputLink, patternLength } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = alphabet[text.charCodeAt(i)]!;
      if (symbol === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        if (state === 0) {
          state = rootNext[symbol]!;
          break;
        }
        const next = edges.get(state, symbol);
        if (next !== NONE) {
          state = next;
          break;
        }
        state = fail[state]!;
      }
      let node = patternAt[state] !== NONE ? state : outputLink[state]!;
      while (node > 0) {
        const pattern = patternAt[node]!;
        onMatch(pattern, i + 1 - patternLength[pattern]!, i + 1);
        node = outputLink[node]!;
      }
    }
  }

  /**
   * A node's failure link is the longest proper suffix of its path that is also a trie path; it is shallower
   * than the node, so visiting nodes by increasing depth (a counting sort, no queue, no child lists) has every
   * link it needs already in place.
   */
  private linkFailures(trie: Trie): void {
    const { nodeCount, parentOf, symbolOf, depthOf } = trie;
    const byDepth = new Int32Array(nodeCount);
    const start = new Int32Array(trie.maxDepth + 2);
    for (let node = 1; node < nodeCount; node++) start[depthOf[node]! + 1]!++;
    for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
    for (let node = 1; node < nodeCount; node++) byDepth[start[depthOf[node]!]!++] = node;
    for (let k = 0; k < nodeCount - 1; k++) {
      const node = byDepth[k]!;
      const parent = parentOf[node]!;
      if (parent === 0) continue; // depth 1: fails to the root
      const symbol = symbolOf[node]!;
      let f = this.fail[parent]!;
      let target = f === 0 ? this.rootNext[symbol]! : this.edges.get(f, symbol);
      while (target === NONE) {
        f = this.fail[f]!;
        target = f === 0 ? this.rootNext[symbol]! : this.edges.get(f, symbol);
      }
      this.fail[node] = target;
      this.outputLink[node] = this.patternAt[target] !== NONE ? target : this.outputLink[target]!;
    }
  }
}

interface Trie {
  nodeCount: number;
  parentOf: Int32Array;
  symbolOf: Int32Array;
  depthOf: Int32Array;
  maxDepth: number;
  /** The pattern ending at each node, or NONE; the first of equal patterns wins. */
  patternAt: Int32Array;
}

/**
 * Inserts the patterns in sorted order: each shares its longest common prefix with the one before, so the path
 * to extend is already on a stack and no child lookup is needed.
 */
function buildTrie(patterns: readonly string[], alphabet: Int32Array): Trie {
  const firstIndex = new Map<string, number>();
  patterns.forEach((p, i) => {
    if (p.length > 0 && !firstIndex.has(p)) firstIndex.set(p, i);
  });
  const sorted = [...firstIndex.keys()].sort(); // UTF-16 code unit order: shared prefixes sit side by side
  let capacity = 1;
  for (const p of sorted) capacity += p.length;
  const trie: Trie = {
    nodeCount: 1,
    parentOf: new Int32Array(capacity),
    symbolOf: new Int32Array(capacity),
    depthOf: new Int32Array(capacity),
    maxDepth: 0,
    patternAt: new Int32Array(capacity).fill(NONE),
  };
  const path: number[] = [0];
  let previous = '';
  for (const pattern of sorted) {
    let shared = 0;
    while (shared < pattern.length && shared < previous.length && pattern[shared] === previous[shared])
      shared++;
    path.length = shared + 1;
    for (let i = shared; i < pattern.length; i++) {
      const child = trie.nodeCount++;
      trie.parentOf[child] = path[i]!;
      trie.symbolOf[child] = alphabet[pattern.charCodeAt(i)]!;
      trie.depthOf[child] = i + 1;
      path.push(child);
    }
    trie.maxDepth = Math.max(trie.maxDepth, pattern.length);
    trie.patternAt[path[pattern.length]!] = firstIndex.get(pattern)!;
    previous = pattern;
  }
  return trie;
}

/** (node, symbol) → child, open addressing with linear probing over typed arrays; load factor at most 1/2. */
class TransitionTable {
  private readonly mask: number;
  private readonly nodes: Int32Array;
  private readonly symbols: Int32Array;
  private readonly targets: Int32Array;

  constructor(entries: number) {
    let capacity = 16;
    while (capacity < entries * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.nodes = new Int32Array(capacity); // 0 = empty slot: the root is never stored here
    this.symbols = new Int32Array(capacity);
    this.targets = new Int32Array(capacity);
  }

  private slot(node: number, symbol: number): number {
    const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  set(node: number, symbol: number, target: number): void {
    let i = this.slot(node, symbol);
    while (this.nodes[i] !== 0) i = (i + 1) & this.mask;
    this.nodes[i] = node;
    this.symbols[i] = symbol;
    this.targets[i] = target;
  }

  get(node: number, symbol: number): number {
    let i = this.slot(node, symbol);
    for (;;) {
      const n = this.nodes[i];
      if (n === 0) return NONE;
      if (n === node && this.symbols[i] === symbol) return this.targets[i]!;
      i = (i + 1) & this.mask;
    }
  }
}
