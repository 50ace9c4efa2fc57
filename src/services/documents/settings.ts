// The agency's editable parts of its papers (issue 13, templates): the 发文机关标志, the contact block, a free
// paragraph per kind, the 文号 pattern and how long archive packages are kept. The statutory clauses are not here:
// they are fixed in formats/notices and formats/letters. Unset, an agency's papers carry its name, its address and
// telephone, the default pattern and a retention of DEFAULT_RETENTION_YEARS.
import { checkNumberPattern, DEFAULT_NUMBER_PATTERN } from '../../core/documents/numbering.ts';
import { DomainError } from '../../core/errors/index.ts';
import { documentSettingsBody, type DocumentSettings } from '../../contracts/documents.ts';
import { agencyById, type Agency } from '../../storage/agencies.ts';
import { documentSettingsOf, saveDocumentSettings } from '../../storage/documents.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';

/** 《机关档案管理规定》 sets retention by the agency's own schedule (定期十年、三十年或永久); ten years unless set. */
export const DEFAULT_RETENTION_YEARS = 10;

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  letterhead: null,
  contact: null,
  numberPattern: DEFAULT_NUMBER_PATTERN,
  freeTexts: {},
  retentionYears: DEFAULT_RETENTION_YEARS,
};

/** What a paper of this agency prints: its settings with the defaults filled from the agency's profile. */
export interface PaperTemplate {
  settings: DocumentSettings;
  letterhead: string;
  contact: string;
  code: string;
}

export function defaultContact(agency: Agency): string {
  return [
    ...(agency.address ? [`联系地址：${agency.address}`] : []),
    ...(agency.postcode ? [`邮政编码：${agency.postcode}`] : []),
    ...(agency.phone ? [`联系电话：${agency.phone}`] : []),
  ].join('；');
}

export async function paperTemplate(db: Db, agency: Agency): Promise<PaperTemplate> {
  const settings = (await documentSettingsOf(db, agency.id)) ?? DEFAULT_DOCUMENT_SETTINGS;
  return {
    settings,
    letterhead: settings.letterhead ?? agency.name,
    contact: settings.contact ?? (defaultContact(agency) || agency.name),
    code: agency.registrationPrefix,
  };
}

export async function agencyOf(db: Db, agencyId: string): Promise<Agency> {
  const agency = await agencyById(db, agencyId);
  if (!agency) throw new DomainError('platform.agencyNotFound', { agency: agencyId });
  return agency;
}

export async function documentSettings(
  ctx: ServiceContext,
  actor: Actor,
  { agencyId }: { agencyId: string },
): Promise<DocumentSettings> {
  authorize(actor, 'agencies.read', agencyId);
  return (await documentSettingsOf(ctx.db, agencyId)) ?? DEFAULT_DOCUMENT_SETTINGS;
}

export async function updateDocumentSettings(
  ctx: ServiceContext,
  actor: Actor,
  { agencyId, ...body }: { agencyId: string } & Record<string, unknown>,
): Promise<DocumentSettings> {
  authorize(actor, 'agencies.update', agencyId);
  const settings = parseInput(documentSettingsBody, body);
  checkNumberPattern(settings.numberPattern);
  return transact(ctx.db, async (trx) => {
    await agencyOf(trx, agencyId);
    const now = ctx.clock.now();
    await saveDocumentSettings(trx, agencyId, settings, actor.name, now.toISOString());
    await recordChange(trx, actor, {
      at: now,
      action: 'agency.documentSettingsUpdated',
      subjectType: 'agency',
      subjectId: agencyId,
      agencyId,
      details: settings,
    });
    return settings;
  });
}
