// Boundary validation for service inputs: a zod schema either yields typed data or a DomainError whose Chinese
// message names each offending field, so the HTTP layer and the CLI answer 4xx with a stable code.
import { z } from 'zod';
import { DomainError } from '../core/errors/index.ts';

const zhCN = z.locales.zhCN().localeError;

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: zhCN });
  if (result.success) return result.data;
  const details = result.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}：${issue.message}` : issue.message))
    .join('；');
  throw new DomainError('platform.invalidInput', { details });
}

/** Text a person typed: trimmed, non-empty, bounded. */
export const text = (max: number) => z.string().trim().min(1).max(max);
