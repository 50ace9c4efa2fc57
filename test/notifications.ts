// What the notification tests share: an agency with a portal code, a request filed online with (or without) an
// e-mail address, and the events that owe the applicant a message. The texts the message must never carry are
// named here so every test can look for them.
import { randomBytes } from 'node:crypto';
import { createAgency, type Agency } from '../src/services/agencies.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../src/services/actor.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { appendEvent } from '../src/services/requests/append-event.ts';
import { submitOnline } from '../src/services/requests/intake.ts';
import type { DisclosureRequest } from '../src/contracts/requests.ts';

/** Kept out of every message: what was asked for, the correction items, the decision's reasons, the name. */
export const SECRETS = {
  sought: '二〇二六年某街道人防工程验收的专家意见原件',
  items: '请补充说明所需信息的文号或者形成时间',
  reasons: '该信息涉及第三方张某某的个人隐私',
  name: '李申请',
};

export const APPLICANT_EMAIL = 'wang.xiaoming@example.com';
export const PUBLIC_BASE_URL = 'https://gongkai.example.gov.cn';

export function agencyCode(): string {
  return `1137${randomBytes(7).toString('hex').toUpperCase()}`;
}

export function makePortalAgency(ctx: ServiceContext, code: string | null = agencyCode()): Promise<Agency> {
  const suffix = randomBytes(3).toString('hex');
  return createAgency(ctx, SYSTEM_ACTOR, {
    name: `临沂市通知测试局${suffix}`,
    code,
    level: 'department',
    registrationPrefix: `通${suffix}`,
  });
}

export interface Filed {
  request: DisclosureRequest;
  queryCode: string;
}

export async function fileOnline(
  ctx: ServiceContext,
  agencyId: string,
  email: string | null = APPLICANT_EMAIL,
): Promise<Filed> {
  const ack = await submitOnline(ctx, PUBLIC_ACTOR, {
    agencyId,
    applicant: { kind: 'naturalPerson', name: SECRETS.name, idDocument: null, contact: '13800000000', email },
    informationSought: SECRETS.sought,
    formWanted: '电子邮件',
  });
  return { request: ack.request, queryCode: ack.queryCode };
}

export function requestCorrection(ctx: ServiceContext, requestId: string, on = ctx.clock.today()) {
  return appendEvent(ctx, SYSTEM_ACTOR, {
    requestId,
    event: { type: 'correctionRequested', on, correctionDueOn: '2026-12-18', items: SECRETS.items },
  });
}

/** Decided (nothing sent yet), then the reply sent: the second owes the applicant a message. */
export async function answer(ctx: ServiceContext, requestId: string, on = ctx.clock.today()) {
  await appendEvent(ctx, SYSTEM_ACTOR, {
    requestId,
    event: {
      type: 'decided',
      on,
      outcome: 'withheld.thirdPartyRights',
      reasons: SECRETS.reasons,
      articles: '第十五条',
    },
  });
  return appendEvent(ctx, SYSTEM_ACTOR, { requestId, event: { type: 'replySent', on } });
}
