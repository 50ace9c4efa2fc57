// Command-line arguments: node's parseArgs for the syntax, zod for the values, Chinese UsageErrors for both.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { UsageError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs<T> {
  values: T;
  positionals: string[];
}

/** Parses `args` against `options`, then validates the option values with `schema`. */
export function parseCommandArgs<S extends z.ZodType>(
  args: string[],
  options: Options,
  schema: S,
  usage: string,
): ParsedArgs<z.infer<S>> {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error), usage);
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = issue.path.length ? `--${issue.path.join('.')}` : '参数';
    throw new UsageError(`${name}：${issue.message}`, usage);
  }
  return { values: result.data, positionals: parsed.positionals };
}

function describeParseError(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项 ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `选项 ${option} 的值不正确`;
    default:
      return `参数有误：${error.message}`;
  }
}
