// Classification and handling marks (密级标志、内部标志). A document that carries one must not be published
// (《保守国家秘密法》第二十八条、《条例》第十四条、第十七条). The words themselves are ordinary in narrative —
// "属于国家秘密", "《保守国家秘密法》", "加强保密工作", "对涉及不宜公开的地理信息……进行排查" — so only the shapes a
// mark takes are flagged:
//   - 绝密/机密/秘密 followed by ★ (with or without the 保密期限: "秘密★1年", "机密★启用前", "绝密★");
//   - "密级：机密" and "保密期限：10年" fields;
//   - a level or a handling word standing alone on its line ("秘密", "内部资料  注意保存") or in brackets
//     ("【内部】", "（秘密）").
// Patterns run on the folded text, where （）and ： are already half width.
import type { ScreeningHit } from './hit.ts';

const LEVEL = '(?:绝密|机密|秘密)';
const TERM = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:年|个月)|长期|启用前|公布前';
const HANDLING = [
  '内部资料',
  '内部文件',
  '内部材料',
  '内部使用',
  '内部参阅',
  '内部刊物',
  '仅供内部参考',
  '内部',
  '不宜公开',
  '注意保存',
  '请勿外传',
  '不得外传',
  '严禁外传',
  '不得复制',
].join('|');
const SEPARATOR = '[\\s、,，·\\-—:]*';
const OPEN = '[【\\[(〔［]';
const CLOSE = '[】\\])〕］]';

interface MarkPattern {
  rule: ScreeningHit['rule'];
  pattern: RegExp;
  describe: (mark: string) => string;
}

const PATTERNS: readonly MarkPattern[] = [
  {
    rule: 'screening.mark.classified',
    pattern: new RegExp(`${LEVEL}\\s*[★☆]\\s*(?:${TERM})?`, 'g'),
    describe: (mark) => `密级标志“${mark}”：涉密文件不得公开`,
  },
  {
    rule: 'screening.mark.classified',
    pattern: new RegExp(`(?:密级\\s*:\\s*${LEVEL}|保密期限\\s*:\\s*(?:${TERM}))`, 'g'),
    describe: (mark) => `密级或保密期限标注“${mark}”：涉密文件不得公开`,
  },
  {
    rule: 'screening.mark.classified',
    pattern: new RegExp(`^[ \\t]*${LEVEL}[ \\t]*$|${OPEN}${LEVEL}${CLOSE}`, 'gm'),
    describe: (mark) => `密级标志“${mark.trim()}”：涉密文件不得公开`,
  },
  {
    rule: 'screening.mark.restricted',
    pattern: new RegExp(
      `^[ \\t]*(?:${HANDLING})(?:${SEPARATOR}(?:${HANDLING}))*[ \\t。.]*$|${OPEN}(?:${HANDLING})${CLOSE}`,
      'gm',
    ),
    describe: (mark) => `内部标志“${mark.trim()}”：标有内部、不宜公开等字样的文件不应主动公开`,
  },
];

export function findMarkHits(folded: string): ScreeningHit[] {
  const hits: ScreeningHit[] = [];
  for (const { rule, pattern, describe } of PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const lead = match[0].length - match[0].trimStart().length;
      const mark = match[0].trim();
      hits.push({
        rule,
        offset: match.index + lead,
        length: mark.length,
        expected: null,
        message: describe(mark),
      });
    }
  }
  return hits;
}
