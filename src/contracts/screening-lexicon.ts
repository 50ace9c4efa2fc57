// An agency's sensitive-term lexicon (敏感词库) as its administrator keeps it in the console: the text form of
// core/screening/lexicon-file.ts (one term a line, the category after a comma), and a trial screening of a sample
// text with it. Routes: src/server/api/publications/screening-lexicon.ts.
import { z } from 'zod';
import { findingSchema } from './common.ts';

export const lexiconBody = z.strictObject({
  text: z
    .string()
    .max(200_000, { message: '词库最多 200000 字' })
    .describe('每行一个词条，类别写在逗号之后（如“翻墙软件,网络安全”），# 开头为注释；清空即不再使用词库'),
});
export type LexiconBody = z.infer<typeof lexiconBody>;

export const lexiconResponse = z.object({
  text: z.string(),
  count: z.number().int().describe('词条数'),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type LexiconResponse = z.infer<typeof lexiconResponse>;

export const lexiconTrialBody = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, { message: '请输入要试查的文字' })
    .max(10_000, { message: '试查文字最多 10000 字' }),
});
export const lexiconTrialResponse = z.object({ findings: z.array(findingSchema) });
export type LexiconTrialResponse = z.infer<typeof lexiconTrialResponse>;
