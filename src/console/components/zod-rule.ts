// antd form rules from the shared zod contracts: the browser refuses what the server would refuse, with the same
// bounds. `message` is the Chinese text shown under the field.
import type { FormRule } from 'antd';
import type { z } from 'zod';

export function zodRule(schema: z.ZodType, message: string): FormRule {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const normalised = value === '' ? undefined : value;
      if (!schema.safeParse(normalised).success) throw new Error(message);
    },
  };
}

/** Every issue of `schema` on `values`, as antd's form fields (name path and Chinese message). */
export function zodFieldErrors(
  schema: z.ZodType,
  values: unknown,
): { name: (string | number)[]; errors: string[] }[] {
  const result = schema.safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    name: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    errors: [issue.message],
  }));
}
