// Chinese word segmentation for the full-text index (jieba). Both engines index space-separated words: the
// index gets jieba's search mode (a long word and the shorter dictionary words inside it), a query gets the
// precise mode, whose words are always among the indexed ones — so 人防工程 finds 人防工程维护管理办法.
import jiebaModule from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// CommonJS package: a default import works under tsx and plain Node alike (named imports fail at run time).
const { Jieba } = jiebaModule;
let instance: InstanceType<typeof Jieba> | undefined;

/** The dictionary takes most of a second to load: once per process, on first use. */
function jieba(): InstanceType<typeof Jieba> {
  instance ??= Jieba.withDict(dict);
  return instance;
}

/** A word worth indexing: has a letter or a digit (punctuation and spaces are dropped). */
const WORDLIKE = /[\p{L}\p{N}]/u;

function words(tokens: string[]): string[] {
  return tokens.map((t) => t.trim().toLowerCase()).filter((t) => WORDLIKE.test(t));
}

/** Space-separated words of a text, for the index. */
export function segmentForIndex(text: string): string {
  return words(jieba().cutForSearch(text, true)).join(' ');
}

/** The distinct words of a query, in order. */
export function segmentQuery(text: string): string[] {
  return [...new Set(words(jieba().cut(text, true)))];
}
