// The catalogue pages' query strings, validated before anything is looked up: the filters of the list and the
// search (category, 第二十条 item, year, validity), the page number and the search words. A blank field (what a
// GET form sends for "不限") is no filter; anything else that is not a known value — a repeated key, an unknown
// category, page=abc, year=99999, a NUL byte, an overlong query — is a problem the 400 page names in Chinese.
import { z } from 'zod';
import {
  ART20_ITEMS,
  CATEGORIES,
  VALIDITY_STATUSES,
  type Art20Item,
} from '../../core/publications/vocabulary.ts';
import type { PublishedFilter } from '../../services/publications/catalogue.ts';

export const PAGE_SIZE = 20;
/** Deeper pages are not offered: a reader narrows the filters instead (and a crawler uses the sitemap). */
export const MAX_PAGE = 1000;
export const MAX_QUERY_LENGTH = 100;

const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());

/** A whole number written in decimal digits within [min, max]; `message` for anything else. */
const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{1,6}$/, { error: message })
    .transform(Number)
    .pipe(z.number().min(min, { error: message }).max(max, { error: message }));

const filterFields = {
  category: optional(z.enum(CATEGORIES, { error: '所选信息类别不存在' })),
  art20Item: optional(
    wholeNumber(1, ART20_ITEMS.length, '第二十条的项数应为 1 到 15 之间的整数').transform(
      (n) => n as Art20Item,
    ),
  ),
  year: optional(wholeNumber(2000, 2100, '发布年份应为 2000 年到 2100 年之间的四位数')),
  validity: optional(z.enum(VALIDITY_STATUSES, { error: '所选有效性不存在' })),
  page: z.preprocess(
    blankIsAbsent,
    wholeNumber(1, MAX_PAGE, `页码应为 1 到 ${MAX_PAGE} 之间的整数`).default(1),
  ),
};

// Control characters (NUL among them) have no place in a search and PostgreSQL refuses NUL in text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const listQuery = z.object(filterFields);
const searchQuery = z.object({
  ...filterFields,
  q: z
    .string({ error: '检索词只能填写一次' })
    .max(MAX_QUERY_LENGTH, { error: `检索词不能超过 ${MAX_QUERY_LENGTH} 个字` })
    .refine((q) => !CONTROL.test(q), { error: '检索词含有无法识别的控制字符' })
    .transform((q) => q.trim())
    .default(''),
});

export type ListQuery = PublishedFilter & { page: number };
export type SearchPageQuery = ListQuery & { q: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function parse<T>(schema: z.ZodType<T>, query: unknown): Parsed<T> {
  const result = schema.safeParse(query ?? {});
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: [...new Set(result.error.issues.map((issue) => issue.message))] };
}

export const parseListQuery = (query: unknown): Parsed<ListQuery> => parse(listQuery, query);
export const parseSearchQuery = (query: unknown): Parsed<SearchPageQuery> => parse(searchQuery, query);

/** The query string of a list or search page: only the fields set, page 1 left out. */
export function queryString(query: Partial<SearchPageQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
