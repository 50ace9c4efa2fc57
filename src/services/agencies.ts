// Agencies: create them (with their place in the hierarchy) and read them. Each creation is audited. The lookups
// without an actor (getAgency, findAgency, allAgencies, agenciesUnder) are for other use cases, the public portal's
// list of agencies and sign-in; a door that shows an agency to staff calls showAgency / listAgencies.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../core/errors/index.ts';
import {
  agencyCodeSchema,
  agencyProfileBody,
  type AgencyProfile,
  type AgencyProfileBody,
} from '../contracts/agencies.ts';
import {
  agencyById,
  agencyByNameOrCode,
  agencySubtreeIds,
  childAgencies,
  insertAgency,
  listAgencies,
  updateAgencyProfile,
  type Agency,
} from '../storage/agencies.ts';
import { isUniqueViolation } from '../storage/rows.ts';
import type { Actor } from './actor.ts';
import { recordChange } from './audit.ts';
import type { ServiceContext } from './context.ts';
import { transact, type Db } from './database.ts';
import { agenciesToList, authorize } from './policy/authorize.ts';
import { parseInput, text } from './validation.ts';

export type { Agency };

const agencyCode = agencyCodeSchema;

export const newAgencySchema = z.object({
  parentId: z.string().min(1).nullable().default(null),
  name: text(100),
  code: agencyCode.nullable().default(null),
  address: text(200).nullable().default(null),
  phone: text(50).nullable().default(null),
  postcode: z
    .string()
    .regex(/^\d{6}$/, { message: '邮编应为 6 位数字' })
    .nullable()
    .default(null),
  level: z.enum(['department', 'government']),
  canMakeRegulations: z.boolean().default(false),
  registrationPrefix: text(20),
});
export type NewAgencyInput = z.input<typeof newAgencySchema>;

export async function createAgency(
  ctx: ServiceContext,
  actor: Actor,
  input: NewAgencyInput,
): Promise<Agency> {
  authorize(actor, 'agencies.create');
  const data = parseInput(newAgencySchema, input);
  const now = ctx.clock.now();
  try {
    return await transact(ctx.db, async (trx) => {
      if (data.parentId && !(await agencyById(trx, data.parentId))) {
        throw new DomainError('platform.parentAgencyNotFound', { agency: data.parentId });
      }
      const agency = await insertAgency(trx, randomUUID(), data, now);
      await recordChange(trx, actor, {
        at: now,
        action: 'agency.created',
        subjectType: 'agency',
        subjectId: agency.id,
        agencyId: agency.id,
        details: agency,
      });
      return agency;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('platform.agencyExists', { name: data.name });
    throw error;
  }
}

/** One agency, to an actor who may read it. */
export async function showAgency(ctx: ServiceContext, actor: Actor, input: { id: string }): Promise<Agency> {
  const agency = await getAgency(ctx.db, input.id);
  authorize(actor, 'agencies.read', agency.id);
  return agency;
}

/** An agency with its place in the hierarchy: its parent and the agencies directly under it (names only). */
export async function agencyProfile(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string },
): Promise<AgencyProfile> {
  const agency = await showAgency(ctx, actor, input);
  const parent = agency.parentId ? await agencyById(ctx.db, agency.parentId) : undefined;
  const children = await childAgencies(ctx.db, agency.id);
  return {
    agency,
    parent: parent ? { id: parent.id, name: parent.name } : null,
    children: children.map((c) => ({ id: c.id, name: c.name })),
  };
}

/**
 * An administrator edits their agency's own profile: name, code, contact details (printed on replies and the
 * disclosure guide) and the registration prefix (future registration numbers only; those given keep theirs).
 * The hierarchy and level stay the operator's. Audited with the fields before and after.
 */
export async function editAgencyProfile(
  ctx: ServiceContext,
  actor: Actor,
  input: AgencyProfileBody & { id: string },
): Promise<Agency> {
  const { id, ...fields } = input;
  authorize(actor, 'agencies.update', id);
  const data = parseInput(agencyProfileBody, fields);
  const now = ctx.clock.now();
  try {
    return await transact(ctx.db, async (trx) => {
      const before = await getAgency(trx, id);
      await updateAgencyProfile(trx, id, data);
      const after = { ...before, ...data };
      await recordChange(trx, actor, {
        at: now,
        action: 'agency.updated',
        subjectType: 'agency',
        subjectId: id,
        agencyId: id,
        details: { before, after },
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('platform.agencyExists', { name: data.name });
    throw error;
  }
}

/** The agencies an actor may read: its own, and for a supervisor those under it; the operator sees all. */
export async function listReadableAgencies(ctx: ServiceContext, actor: Actor): Promise<Agency[]> {
  const all = await listAgencies(ctx.db);
  if (actor.kind !== 'staff') {
    authorize(actor, 'agencies.read');
    return all;
  }
  const readable = new Set(agenciesToList(actor, 'agencies.read', undefined));
  return all.filter((agency) => readable.has(agency.id));
}

export async function getAgency(db: Db, id: string): Promise<Agency> {
  const agency = await agencyById(db, id);
  if (!agency) throw new DomainError('platform.agencyNotFound', { agency: id });
  return agency;
}

/** Finds an agency by its exact name or code, as a person would type it. */
export async function findAgency(db: Db, nameOrCode: string): Promise<Agency> {
  const agency = await agencyByNameOrCode(db, nameOrCode.trim());
  if (!agency) throw new DomainError('platform.agencyNotFound', { agency: nameOrCode });
  return agency;
}

export function allAgencies(db: Db): Promise<Agency[]> {
  return listAgencies(db);
}

/** The agencies a supervisor at `agencyId` oversees, itself included. */
export function agenciesUnder(db: Db, agencyId: string): Promise<string[]> {
  return agencySubtreeIds(db, agencyId);
}
