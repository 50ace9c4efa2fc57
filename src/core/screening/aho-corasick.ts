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
    const nodeCount = trie.patternAt.length;
    this.patternAt = Int32Array.from(trie.patternAt);
    this.rootNext = new Int32Array(alphabetSize + 1);
    this.edges = new TransitionTable(trie.edgeCount);
    for (const [key, child] of trie.children) {
      const parent = Math.floor(key / (alphabetSize + 1));
      const symbol = key % (alphabetSize + 1);
      if (parent === 0) this.rootNext[symbol] = child;
      else this.edges.set(parent, symbol, child);
    }
    this.fail = new Int32Array(nodeCount);
    this.outputLink = new Int32Array(nodeCount).fill(NONE);
    this.linkFailures(trie.childrenOf, trie.symbolOf);
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

  /** Breadth-first: a node's failure link is the longest proper suffix of its path that is also a trie path. */
  private linkFailures(childrenOf: number[][], symbolOf: number[]): void {
    const queue: number[] = [...(childrenOf[0] ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const child of childrenOf[node] ?? []) {
        const symbol = symbolOf[child]!;
        let f = this.fail[node]!;
        let target = NONE;
        while (target === NONE) {
          target = f === 0 ? this.rootNext[symbol]! : this.edges.get(f, symbol);
          if (f === 0) break;
          if (target === NONE) f = this.fail[f]!;
        }
        const failTo = target > 0 ? target : 0;
        this.fail[child] = failTo;
        this.outputLink[child] = this.patternAt[failTo] !== NONE ? failTo : this.outputLink[failTo]!;
        queue.push(child);
      }
    }
  }
}

interface Trie {
  /** parent * (alphabetSize + 1) + symbol → child node. */
  children: Map<number, number>;
  childrenOf: number[][];
  symbolOf: number[];
  /** The pattern ending at each node, or NONE; the first of equal patterns wins. */
  patternAt: number[];
  edgeCount: number;
}

function buildTrie(patterns: readonly string[], alphabet: Int32Array): Trie {
  let alphabetSize = 0;
  for (const v of alphabet) if (v > alphabetSize) alphabetSize = v;
  const width = alphabetSize + 1;
  const trie: Trie = {
    children: new Map(),
    childrenOf: [[]],
    symbolOf: [0],
    patternAt: [NONE],
    edgeCount: 0,
  };
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const symbol = alphabet[pattern.charCodeAt(i)]!;
      const key = node * width + symbol;
      let child = trie.children.get(key);
      if (child === undefined) {
        child = trie.patternAt.length;
        trie.children.set(key, child);
        trie.patternAt.push(NONE);
        trie.symbolOf.push(symbol);
        trie.childrenOf.push([]);
        trie.childrenOf[node]!.push(child);
        trie.edgeCount++;
      }
      node = child;
    }
    if (trie.patternAt[node] === NONE) trie.patternAt[node] = index;
  });
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
