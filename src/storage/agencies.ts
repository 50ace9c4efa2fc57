// Agencies (tenants) in a hierarchy: a supervising office above the agencies it oversees.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Agency, AgencyLevel } from '../core/agencies.ts';
import type { AgencyTable, Database } from './tables.ts';

export type { Agency, AgencyLevel };

export type NewAgency = Omit<Agency, 'id'>;

type Executor = Kysely<Database> | Transaction<Database>;

function toAgency(row: Selectable<AgencyTable>): Agency {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    code: row.code,
    address: row.address,
    phone: row.phone,
    postcode: row.postcode,
    level: row.level as AgencyLevel,
    canMakeRegulations: Number(row.can_make_regulations) === 1,
    registrationPrefix: row.registration_prefix,
  };
}

export async function insertAgency(trx: Executor, id: string, agency: NewAgency, now: Date): Promise<Agency> {
  await trx
    .insertInto('agencies')
    .values({
      id,
      parent_id: agency.parentId,
      name: agency.name,
      code: agency.code,
      address: agency.address,
      phone: agency.phone,
      postcode: agency.postcode,
      level: agency.level,
      can_make_regulations: agency.canMakeRegulations ? 1 : 0,
      registration_prefix: agency.registrationPrefix,
      created_at: now.toISOString(),
    })
    .execute();
  return { id, ...agency };
}

export async function agencyById(db: Executor, id: string): Promise<Agency | undefined> {
  const row = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAgency(row);
}

/** The agencies of these ids that exist (a batch of intakes names each agency once). */
export async function agenciesByIds(db: Executor, ids: readonly string[]): Promise<Map<string, Agency>> {
  const rows = await db
    .selectFrom('agencies')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, toAgency(row)]));
}

/** By exact name or code (the `--agency NAME|CODE` of the CLI). */
export async function agencyByNameOrCode(db: Executor, nameOrCode: string): Promise<Agency | undefined> {
  const row = await db
    .selectFrom('agencies')
    .selectAll()
    .where((eb) => eb.or([eb('name', '=', nameOrCode), eb('code', '=', nameOrCode)]))
    .executeTakeFirst();
  return row && toAgency(row);
}

export async function listAgencies(db: Executor): Promise<Agency[]> {
  const rows = await db.selectFrom('agencies').selectAll().orderBy('name').execute();
  return rows.map(toAgency);
}

/** The agency and every agency below it, at any depth (a supervisor's reach). */
export async function agencySubtreeIds(db: Executor, rootId: string): Promise<string[]> {
  const rows = await db
    .withRecursive('subtree(id)', (qb) =>
      qb
        .selectFrom('agencies')
        .select('id')
        .where('id', '=', rootId)
        .unionAll((u) =>
          u
            .selectFrom('agencies')
            .innerJoin('subtree', 'subtree.id', 'agencies.parent_id')
            .select('agencies.id'),
        ),
    )
    .selectFrom('subtree')
    .select('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The fields of an agency's own profile an administrator keeps (not its place in the hierarchy, nor its level). */
export type AgencyProfileFields = Pick<
  Agency,
  'name' | 'code' | 'address' | 'phone' | 'postcode' | 'registrationPrefix'
>;

export async function updateAgencyProfile(
  trx: Executor,
  id: string,
  fields: AgencyProfileFields,
): Promise<void> {
  await trx
    .updateTable('agencies')
    .set({
      name: fields.name,
      code: fields.code,
      address: fields.address,
      phone: fields.phone,
      postcode: fields.postcode,
      registration_prefix: fields.registrationPrefix,
    })
    .where('id', '=', id)
    .execute();
}

/** The agencies directly under one (its children in the hierarchy), by name. */
export async function childAgencies(db: Executor, parentId: string): Promise<Agency[]> {
  const rows = await db
    .selectFrom('agencies')
    .selectAll()
    .where('parent_id', '=', parentId)
    .orderBy('name')
    .execute();
  return rows.map(toAgency);
}
