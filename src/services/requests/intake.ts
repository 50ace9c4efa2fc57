// Intake (登记, 《条例》第四十五条): a clerk registers a request however it arrived, or the public submits one
// online. Either way the request gets a registration number (agency prefix + year + serial), an acknowledgement,
// and a tracking number with a query code for the public status page. The receipt event is the first of its
// timeline; the request, its event and the audit row commit together or not at all. In the same transaction the
// 《条例》第三十五条 check (art35-check.ts) flags a request of an applicant filing beyond the usual number or
// repeating an earlier request: the flag is kept and noted for the clerk, the intake goes on exactly as without it.
// Validation and authorisation happen before the transaction; intakes that arrive together are stored together.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import { CHANNEL_LABELS, type Channel, type RequestEvent } from '../../core/requests/events.ts';
import { assertEventAllowed } from '../../core/requests/state.ts';
import { QUERY_CODE_DIGITS, TRACKING_RANDOM_LENGTH, trackingNumberOf } from '../../core/requests/tracking.ts';
import { APPLICANT_LABELS } from '../../core/taxonomy/applicants.ts';
import {
  onlineSubmissionInput,
  registrationInput,
  type DisclosureRequest,
  type OnlineSubmissionInput,
  type RegistrationInput,
} from '../../contracts/requests.ts';
import type { Transaction } from 'kysely';
import { agenciesByIds, type Agency } from '../../storage/agencies.ts';
import { insertEvents, insertRequests, takeSerials } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { secretHash } from '../accounts/secrets.ts';
import { recordChanges } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { requestDeadline } from './due-date.ts';
import { projectTimeline } from './projection.ts';
import { applicantKeyHash, art35NoteChange, checkArt35 } from './art35-check.ts';

export type { OnlineSubmissionInput, RegistrationInput };

export interface Acknowledgement {
  request: DisclosureRequest;
  /** Shown once to the applicant; only its hash is stored. */
  queryCode: string;
  /** The due date is 暂定: a year it spans has no published holiday arrangement yet. */
  provisional: boolean;
  provisionalReason: string | null;
  /** The acknowledgement text (登记回执) in Chinese. */
  text: string;
}

/** A staff registration, for the actor's own agency (the policy refuses another). */
export async function registerRequest(
  ctx: ServiceContext,
  actor: Actor,
  input: RegistrationInput,
): Promise<Acknowledgement> {
  authorize(actor, 'requests.register', agencyIdOf(input));
  const data = parseInput(registrationInput, input);
  const received: RequestEvent = {
    type: 'received',
    on: data.arrivedOn,
    channel: data.channel,
    applicantKind: data.applicant.kind,
    ...(data.confirmedOn ? { confirmedOn: data.confirmedOn } : {}),
  };
  return intake(ctx, actor, { ...data, received });
}

/**
 * The public's online form (《条例》第二十九条). Submitting through the agency's own platform and getting the
 * acknowledgement on the spot is the two-sided confirmation of 《条例》第三十一条第(三)项, so the receipt date is the
 * submission day — today by ctx.clock.
 */
export async function submitOnline(
  ctx: ServiceContext,
  actor: Actor,
  input: OnlineSubmissionInput,
): Promise<Acknowledgement> {
  authorize(actor, 'requests.submitOnline');
  const data = parseInput(onlineSubmissionInput, input);
  const today = ctx.clock.today();
  const received: RequestEvent = {
    type: 'received',
    on: today,
    channel: 'online',
    confirmedOn: today,
    applicantKind: data.applicant.kind,
  };
  return intake(ctx, actor, { ...data, channel: 'online', demo: false, received });
}

/** The agency an unparsed input names, for the policy (the contract checks the rest afterwards). */
function agencyIdOf(input: unknown): string | undefined {
  const agencyId = (input as { agencyId?: unknown } | null)?.agencyId;
  return typeof agencyId === 'string' ? agencyId : undefined;
}

interface IntakeData {
  agencyId: string;
  applicant: DisclosureRequest['applicant'];
  informationSought: string;
  formWanted: string;
  channel: Channel;
  demo: boolean;
  received: RequestEvent;
}

/** An intake validated and authorised, waiting for its transaction. */
interface PendingIntake {
  ctx: ServiceContext;
  actor: Actor;
  data: IntakeData;
  /** Drawn before the transaction: only its hash is stored, and the applicant is shown it once. */
  queryCode: string;
  keyHash: string;
  now: Date;
}

/**
 * Inside a transaction (the demo loader, an idempotent registration) the intake joins it; otherwise it joins the
 * context's group commit, where the intakes of one batch are stored together (storeIntakes).
 */
async function intake(ctx: ServiceContext, actor: Actor, data: IntakeData): Promise<Acknowledgement> {
  const pending: PendingIntake = {
    ctx,
    actor,
    data,
    queryCode: newQueryCode(),
    keyHash: applicantKeyHash(data.applicant),
    now: ctx.clock.now(),
  };
  if (ctx.db.isTransaction) {
    const [ack] = await storeIntakes(ctx.db as Transaction<Database>, [pending]);
    return ack!;
  }
  return ctx.writes.runGrouped(storeIntakes, pending);
}

/**
 * Stores intakes in one transaction with a fixed number of statements however many there are (PostgreSQL pays each
 * in a round trip): the agencies, the serials of each agency and year, the Art. 35 histories, then every request,
 * receipt event and audit row in one insert each. The result is what registering them one after another would give.
 */
async function storeIntakes(
  trx: Transaction<Database>,
  intakes: readonly PendingIntake[],
): Promise<Acknowledgement[]> {
  const prepared: Scheduled[] = [];
  for (const intake of intakes) prepared.push(await scheduled(trx, intake));
  const agencies = await agenciesByIds(
    trx,
    prepared.map((p) => p.data.agencyId),
  );
  const missing = prepared.find((p) => !agencies.has(p.data.agencyId));
  if (missing) throw new DomainError('platform.agencyNotFound', { agency: missing.data.agencyId });
  const serials = await serialsInOrder(trx, prepared);
  const rows = prepared.map((p, i) => {
    const agency = agencies.get(p.data.agencyId)!;
    return {
      id: randomUUID(),
      agencyId: agency.id,
      registrationNumber: registrationNumber(agency, p.year, serials[i]!),
      registrationYear: p.year,
      serial: serials[i]!,
      trackingNumber: trackingNumberOf(p.year, randomBytes(TRACKING_RANDOM_LENGTH)),
      queryCodeHash: secretHash(p.queryCode),
      applicant: p.data.applicant,
      informationSought: p.data.informationSought,
      formWanted: p.data.formWanted,
      channel: p.data.channel,
      projection: p.projection,
      demo: p.data.demo,
      applicantKey: p.keyHash,
    };
  });
  // The Art. 35 options of the batch's first context: one server, one reading of the settings.
  const flags = await checkArt35(
    trx,
    rows.map((row, i) => ({
      ...row,
      keyHash: row.applicantKey,
      receivedOn: prepared[i]!.projection.receivedOn,
    })),
    prepared[0]!.ctx.settings.art35,
  );
  const requests = await insertRequests(
    trx,
    rows.map((row, i) => ({ ...row, art35Flags: flags[i]!, createdAt: prepared[i]!.now.toISOString() })),
  );
  await insertEvents(
    trx,
    prepared.map((p, i) => ({
      requestId: requests[i]!.id,
      seq: 0,
      event: p.data.received,
      recordedBy: p.actor.name,
      recordedAt: p.now.toISOString(),
    })),
  );
  await recordChanges(
    trx,
    prepared.flatMap((p, i) => {
      const request = requests[i]!;
      const registered = {
        actor: p.actor,
        change: {
          at: p.now,
          action: 'request.registered',
          subjectType: 'request',
          subjectId: request.id,
          agencyId: request.agencyId,
          details: { registrationNumber: request.registrationNumber, event: p.data.received },
        },
      };
      return request.art35Flags.length > 0
        ? [registered, art35NoteChange(p.now, request, request.art35Flags)]
        : [registered];
    }),
  );
  return prepared.map((p, i) => {
    const request = requests[i]!;
    const { provisional, provisionalReason } = p.deadline;
    return {
      request,
      queryCode: p.queryCode,
      provisional,
      provisionalReason,
      text: acknowledgementText(agencies.get(request.agencyId)!, request, p.queryCode, provisionalReason),
    };
  });
}

type Scheduled = Awaited<ReturnType<typeof scheduled>>;

/** The intake with its projection and deadline by the calendar as the transaction sees it. */
async function scheduled(trx: Transaction<Database>, intake: PendingIntake) {
  const { ctx, data } = intake;
  const calendar = await ctx.calendar.within(trx).current();
  const today = ctx.clock.today();
  assertEventAllowed([], data.received, { calendar });
  return {
    ...intake,
    projection: projectTimeline([data.received], calendar, today),
    deadline: requestDeadline([data.received], calendar, today),
    year: Number(data.received.on.slice(0, 4)),
  };
}

/**
 * The serials of intakes in arrival order: consecutive within each agency and year. Each counter is taken once, in
 * a fixed order, so two servers' batches wait for each other instead of deadlocking.
 */
async function serialsInOrder(
  trx: Transaction<Database>,
  intakes: readonly { data: { agencyId: string }; year: number }[],
): Promise<number[]> {
  const counterOf = (intake: (typeof intakes)[number]) => `${intake.data.agencyId}|${intake.year}`;
  const counts = new Map<string, { agencyId: string; year: number; count: number }>();
  for (const intake of intakes) {
    const counter = counts.get(counterOf(intake));
    if (counter) counter.count++;
    else counts.set(counterOf(intake), { agencyId: intake.data.agencyId, year: intake.year, count: 1 });
  }
  const next = new Map<string, number>();
  for (const key of [...counts.keys()].sort()) {
    const { agencyId, year, count } = counts.get(key)!;
    next.set(key, await takeSerials(trx, agencyId, year, count));
  }
  return intakes.map((intake) => {
    const serial = next.get(counterOf(intake))!;
    next.set(counterOf(intake), serial + 1);
    return serial;
  });
}

/** e.g. 临国动依申〔2023〕第007号: the agency's prefix, the year of arrival, the serial within that year. */
export function registrationNumber(agency: Agency, year: number, serial: number): string {
  return `${agency.registrationPrefix}〔${year}〕第${String(serial).padStart(3, '0')}号`;
}

function newQueryCode(): string {
  return String(randomInt(0, 10 ** QUERY_CODE_DIGITS)).padStart(QUERY_CODE_DIGITS, '0');
}

function acknowledgementText(
  agency: Agency,
  request: DisclosureRequest,
  queryCode: string,
  provisionalReason: string | null,
): string {
  return [
    `${agency.name}政府信息公开申请登记回执`,
    `登记号：${request.registrationNumber}`,
    `申请人：${request.applicant.name}（${APPLICANT_LABELS[request.applicant.kind]}）`,
    `提交方式：${CHANNEL_LABELS[request.channel]}`,
    `收到申请之日：${request.receivedOn}`,
    request.dueOn
      ? `答复期限：${request.dueOn}${provisionalReason ? '（暂定）' : ''}（《条例》第三十三条，如有补正、征求意见、延期等情形另行告知）`
      : '答复期限：待确认收到后计算',
    request.dueOn && provisionalReason ? `暂定原因：${provisionalReason}` : null,
    `查询号：${request.trackingNumber}，查询码：${queryCode}（凭查询号和查询码可在网上查询办理状态）`,
    agency.phone ? `联系电话：${agency.phone}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}
