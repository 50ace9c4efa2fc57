// The template language of the report's prose (issue 11; 《条例》第五十条, spec N-1): `{名称}` stands for a figure of
// the built tables or the catalogue (placeholders.ts) and is filled at every build, so drafted figures follow the
// data. Anything else between braces is refused when saved, rather than printed as a stray brace in a public report.
import type { Cell } from '../model.ts';
import { placeholderNamed, type DraftingSources } from './placeholders.ts';

// Names are the Chinese (and ASCII word) characters of a placeholder; braces around other text are not placeholders.
const PLACEHOLDER = /\{([\p{Script=Han}\w]{1,20})\}/gu;

/** The distinct names between braces that are not placeholders, in order of first use. */
export function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  return [...new Set(names.filter((name) => !placeholderNamed(name)))];
}

/** How a value reads in the prose: the number (0 where the table leaves the cell blank), or the drafted text. */
function figure(value: Cell | string): string {
  return typeof value === 'string' ? value : String(value ?? 0);
}

/** The template with every known placeholder replaced by its figure; unknown names are left as written. */
export function fillTemplate(template: string, sources: DraftingSources): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const placeholder = placeholderNamed(name);
    return placeholder ? figure(placeholder.value(sources)) : whole;
  });
}
