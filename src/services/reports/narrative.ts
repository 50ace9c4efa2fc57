// The prose of an agency's annual report, as its staff write it (issue 11). Saving a section replaces its text,
// audited; the builder (services/statistics/report.ts) reads the texts at every build, so the report shown,
// checked and published always carries the latest words.
import {
  saveNarrativeInput,
  WRITTEN_SECTIONS,
  type Narrative,
  type SaveNarrativeInput,
  type WrittenSection,
} from '../../contracts/report-narrative.ts';
import { DomainError } from '../../core/errors/index.ts';
import { unknownPlaceholders } from '../../core/report/drafting/template.ts';
import { SECTION_HEADINGS } from '../../core/taxonomy/sections.ts';
import { narrativeTexts, saveNarrativeText } from '../../storage/annual-report-narratives.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';

export async function readNarrative(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; year: number },
): Promise<Narrative> {
  authorize(actor, 'reports.build', input.agencyId);
  const texts = await narrativeTexts(ctx.db, input.agencyId, input.year);
  const written = (section: string): section is WrittenSection =>
    (WRITTEN_SECTIONS as readonly string[]).includes(section);
  return {
    agencyId: input.agencyId,
    year: input.year,
    sections: texts.flatMap((t) => (written(t.section) ? [{ ...t, section: t.section }] : [])),
  };
}

export async function saveNarrative(
  ctx: ServiceContext,
  actor: Actor,
  input: SaveNarrativeInput,
): Promise<Narrative> {
  authorize(actor, 'reports.write', input.agencyId);
  const data = parseInput(saveNarrativeInput, input);
  // A name the builder cannot fill is refused here, before anything is stored (issue 11, core/report/drafting).
  for (const [section, text] of Object.entries(data.sections) as [WrittenSection, string][]) {
    const unknown = unknownPlaceholders(text);
    if (unknown.length)
      throw new DomainError('reports.unknownPlaceholder', {
        section: SECTION_HEADINGS[section],
        names: unknown.map((n) => `{${n}}`).join('、'),
      });
  }
  const at = ctx.clock.now().toISOString();
  const by = actor.kind === 'staff' ? actor.displayName : '系统';
  await transact(ctx.db, async (trx) => {
    const entries = Object.entries(data.sections) as [WrittenSection, string][];
    for (const [section, text] of entries)
      await saveNarrativeText(trx, {
        agencyId: data.agencyId,
        year: data.year,
        section,
        text,
        at,
        by,
        byUserId: actor.userId,
      });
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'annualReport.narrativeSaved',
      subjectType: 'annualReport',
      subjectId: `${data.agencyId}/${data.year}`,
      agencyId: data.agencyId,
      details: {
        year: data.year,
        sections: entries.map(([section, text]) => ({ section, length: text.length })),
      },
    });
  });
  return readNarrative(ctx, actor, { agencyId: data.agencyId, year: data.year });
}
