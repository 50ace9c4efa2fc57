// docProps/core.xml: who wrote and last saved the file. Word fills these from the account name, so a published
// attachment names the clerk who prepared it.
import { tokenizeXml } from './xml.ts';

const PEOPLE: Record<string, string> = { 'dc:creator': '作者', 'cp:lastModifiedBy': '最后修改者' };

/** [label, name] for each person named in the properties. */
export function readPeopleInProperties(xml: string): [string, string][] {
  const people: [string, string][] = [];
  let current: string | undefined;
  for (const token of tokenizeXml(xml)) {
    if (token.kind === 'open') current = PEOPLE[token.name];
    else if (token.kind === 'close') current = undefined;
    else if (current && token.text.trim()) people.push([current, token.text.trim()]);
  }
  return people;
}
