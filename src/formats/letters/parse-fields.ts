// Letter and notice data are boundaries: a refusal names each field in Chinese ("申请人 / 名称：不能为空").
import { z } from 'zod';
import { DomainError } from '../../core/errors/index.ts';

/** The parsed data, or DomainError platform.invalidInput naming each field by its label. */
export function parseFields<S extends z.ZodType>(
  schema: S,
  input: unknown,
  labels: Record<string, string>,
): z.output<S> {
  const result = schema.safeParse(input, { error: z.locales.zhCN().localeError });
  if (result.success) return result.data;
  const details = result.error.issues
    .map((issue) => {
      const where = issue.path.map((key) => labels[String(key)] ?? String(key)).join(' / ');
      return where ? `${where}：${issue.message}` : issue.message;
    })
    .join('；');
  throw new DomainError('platform.invalidInput', { details });
}
