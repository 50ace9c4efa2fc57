// Intake (登记, 《条例》第四十五条): a clerk registers a request however it arrived, or the public submits one
// online. Either way the request gets a registration number (agency prefix + year + serial), an acknowledgement,
// and a tracking number with a query code for the public status page. The receipt event is the first of its
// timeline; the request, its event and the audit row commit together or not at all. In the same transaction the
// 《条例》第三十五条 check (art35-check.ts) flags a request of an applicant filing beyond the usual number or
// repeating an earlier request: the flag is kept and noted for the clerk, the intake goes on exactly as without it.
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
import { agencyById, type Agency } from '../../storage/agencies.ts';
import { insertEvent, insertRequest, nextSerial } from '../../storage/requests.ts';
import type { Actor } from '../actor.ts';
import { secretHash } from '../accounts/secrets.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { requestDeadline } from './due-date.ts';
import { projectTimeline } from './projection.ts';
import { applicantKeyHash, checkArt35, recordArt35Note } from './art35-check.ts';

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

async function intake(ctx: ServiceContext, actor: Actor, data: IntakeData): Promise<Acknowledgement> {
  const calendar = await ctx.calendar.current();
  const today = ctx.clock.today();
  assertEventAllowed([], data.received, { calendar });
  const projection = projectTimeline([data.received], calendar, today);
  const deadline = requestDeadline([data.received], calendar, today);
  const queryCode = newQueryCode();
  const keyHash = applicantKeyHash(data.applicant);
  const now = ctx.clock.now().toISOString();
  const { agency, request } = await transact(ctx.db, async (trx) => {
    const agency = await agencyById(trx, data.agencyId);
    if (!agency) throw new DomainError('platform.agencyNotFound', { agency: data.agencyId });
    const year = Number(data.received.on.slice(0, 4));
    const serial = await nextSerial(trx, agency.id, year);
    const art35Flags = await checkArt35(
      trx,
      agency.id,
      keyHash,
      { receivedOn: projection.receivedOn, informationSought: data.informationSought },
      ctx.settings.art35,
    );
    const request = await insertRequest(
      trx,
      {
        id: randomUUID(),
        agencyId: agency.id,
        registrationNumber: registrationNumber(agency, year, serial),
        registrationYear: year,
        serial,
        trackingNumber: trackingNumberOf(year, randomBytes(TRACKING_RANDOM_LENGTH)),
        queryCodeHash: secretHash(queryCode),
        applicant: data.applicant,
        informationSought: data.informationSought,
        formWanted: data.formWanted,
        channel: data.channel,
        projection,
        demo: data.demo,
        applicantKey: keyHash,
        art35Flags,
      },
      now,
    );
    await insertEvent(trx, request.id, 0, data.received, actor.name, now);
    await recordChange(trx, actor, {
      at: new Date(now),
      action: 'request.registered',
      subjectType: 'request',
      subjectId: request.id,
      agencyId: agency.id,
      details: { registrationNumber: request.registrationNumber, event: data.received },
    });
    if (art35Flags.length > 0) await recordArt35Note(trx, new Date(now), request, art35Flags);
    return { agency, request };
  });
  const { provisional, provisionalReason } = deadline;
  return {
    request,
    queryCode,
    provisional,
    provisionalReason,
    text: acknowledgementText(agency, request, queryCode, provisionalReason),
  };
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
