// Intake (登记, 《条例》第四十五条): a clerk registers a request however it arrived, or the public submits one
// online. Either way the request gets a registration number (agency prefix + year + serial), an acknowledgement,
// and a tracking number with a query code for the public status page. The receipt event is the first of its
// timeline; the request, its event and the audit row commit together or not at all.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../../core/errors/index.ts';
import { CHANNELS, CHANNEL_LABELS, isoDate, type RequestEvent } from '../../core/requests/events.ts';
import { assertEventAllowed } from '../../core/requests/state.ts';
import { APPLICANT_KINDS, APPLICANT_LABELS } from '../../core/taxonomy/applicants.ts';
import { agencyById, type Agency } from '../../storage/agencies.ts';
import { insertEvent, insertRequest, nextSerial, type DisclosureRequest } from '../../storage/requests.ts';
import { PUBLIC_ACTOR, type Actor } from '../actor.ts';
import { secretHash } from '../accounts/secrets.ts';
import { recordChange } from '../audit.ts';
import { transact, type Db } from '../database.ts';
import { parseInput, text } from '../validation.ts';
import { requestCalendar, chinaToday } from './calendar.ts';
import { projectTimeline } from './projection.ts';

/** 《条例》第二十九条第二款: who asks (name, 身份证明, contact), what is sought, in which form. */
const applicantSchema = z.object({
  kind: z.enum(APPLICANT_KINDS),
  name: text(100),
  idDocument: text(100).nullable().default(null),
  contact: text(200),
});

const requestContentSchema = {
  applicant: applicantSchema,
  informationSought: text(5000),
  formWanted: text(500),
};

export const registrationSchema = z
  .object({
    agencyId: z.string().min(1),
    channel: z.enum(CHANNELS),
    /** The day it was handed in, signed for or arrived. */
    arrivedOn: isoDate,
    /** 第三十一条第(二)(三)项: the confirmation day for ordinary letters, online, fax (and email). */
    confirmedOn: isoDate.nullable().default(null),
    ...requestContentSchema,
    /** Marks invented data (the demo). */
    demo: z.boolean().default(false),
  })
  .refine((r) => r.confirmedOn === null || r.confirmedOn >= r.arrivedOn, {
    message: '确认日期不能早于到达日期',
    path: ['confirmedOn'],
  });
export type RegistrationInput = z.input<typeof registrationSchema>;

export const onlineSubmissionSchema = z.object({ agencyId: z.string().min(1), ...requestContentSchema });
export type OnlineSubmissionInput = z.input<typeof onlineSubmissionSchema>;

export interface Acknowledgement {
  request: DisclosureRequest;
  /** Shown once to the applicant; only its hash is stored. */
  queryCode: string;
  /** The acknowledgement text (登记回执) in Chinese. */
  text: string;
}

export async function registerRequest(
  db: Db,
  actor: Actor,
  input: RegistrationInput,
): Promise<Acknowledgement> {
  const data = parseInput(registrationSchema, input);
  const received: RequestEvent = {
    type: 'received',
    on: data.arrivedOn,
    channel: data.channel,
    applicantKind: data.applicant.kind,
    ...(data.confirmedOn ? { confirmedOn: data.confirmedOn } : {}),
  };
  return intake(db, actor, { ...data, received });
}

/**
 * The public's online form. Submitting through the agency's own platform and getting the acknowledgement on the
 * spot is the two-sided confirmation of 《条例》第三十一条第(三)项, so the receipt date is the submission day.
 */
export async function submitOnline(
  db: Db,
  input: OnlineSubmissionInput,
  now = new Date(),
): Promise<Acknowledgement> {
  const data = parseInput(onlineSubmissionSchema, input);
  const today = chinaToday(now);
  const received: RequestEvent = {
    type: 'received',
    on: today,
    channel: 'online',
    confirmedOn: today,
    applicantKind: data.applicant.kind,
  };
  return intake(db, PUBLIC_ACTOR, { ...data, channel: 'online', demo: false, received });
}

interface IntakeData extends z.output<typeof onlineSubmissionSchema> {
  channel: (typeof CHANNELS)[number];
  demo: boolean;
  received: RequestEvent;
}

async function intake(db: Db, actor: Actor, data: IntakeData): Promise<Acknowledgement> {
  const calendar = await requestCalendar(db);
  assertEventAllowed([], data.received, { calendar });
  const projection = projectTimeline([data.received], calendar, chinaToday());
  const queryCode = newQueryCode();
  const now = new Date().toISOString();
  const { agency, request } = await transact(db, async (trx) => {
    const agency = await agencyById(trx, data.agencyId);
    if (!agency) throw new DomainError('platform.agencyNotFound', { agency: data.agencyId });
    if (actor.agencyId && actor.agencyId !== agency.id) throw new DomainError('auth.otherAgency');
    const year = Number(data.received.on.slice(0, 4));
    const serial = await nextSerial(trx, agency.id, year);
    const request = await insertRequest(
      trx,
      {
        id: randomUUID(),
        agencyId: agency.id,
        registrationNumber: registrationNumber(agency, year, serial),
        registrationYear: year,
        serial,
        trackingNumber: newTrackingNumber(year),
        queryCodeHash: secretHash(queryCode),
        applicant: data.applicant,
        informationSought: data.informationSought,
        formWanted: data.formWanted,
        channel: data.channel,
        projection,
        demo: data.demo,
      },
      now,
    );
    await insertEvent(trx, request.id, 0, data.received, actor.name, now);
    await recordChange(trx, actor, {
      action: 'request.registered',
      subjectType: 'request',
      subjectId: request.id,
      agencyId: agency.id,
      details: { registrationNumber: request.registrationNumber, event: data.received },
    });
    return { agency, request };
  });
  return { request, queryCode, text: acknowledgementText(agency, request, queryCode) };
}

/** e.g. 临国动依申〔2023〕第007号: the agency's prefix, the year of arrival, the serial within that year. */
export function registrationNumber(agency: Agency, year: number, serial: number): string {
  return `${agency.registrationPrefix}〔${year}〕第${String(serial).padStart(3, '0')}号`;
}

// Crockford's base32 without I, L, O, U: nothing a person can misread when typing it from a letter.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomCode(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
}

/** GK + year + 10 random characters (50 bits): unique in practice, retried by the unique index if not. */
function newTrackingNumber(year: number): string {
  return `GK${year}${randomCode(10)}`;
}

/** 8 digits; guessing is bounded by the rate limit of the public lookup and by needing the tracking number too. */
function newQueryCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

function acknowledgementText(agency: Agency, request: DisclosureRequest, queryCode: string): string {
  return [
    `${agency.name}政府信息公开申请登记回执`,
    `登记号：${request.registrationNumber}`,
    `申请人：${request.applicant.name}（${APPLICANT_LABELS[request.applicant.kind]}）`,
    `提交方式：${CHANNEL_LABELS[request.channel]}`,
    `收到申请之日：${request.receivedOn}`,
    request.dueOn
      ? `答复期限：${request.dueOn}（《条例》第三十三条，如有补正、征求意见、延期等情形另行告知）`
      : '答复期限：待确认收到后计算',
    `查询号：${request.trackingNumber}，查询码：${queryCode}（凭查询号和查询码可在网上查询办理状态）`,
    agency.phone ? `联系电话：${agency.phone}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}
