// `gongkai demo` and `npm start` on an empty database: the seed agency with its 2023 (seed-year.ts), its 2023
// catalogue (services/publications/demo) and its 2023 annual report reviewed and published, a few requests open today near their
// deadline so the warnings show something, and one demo user per role, who must set their own password at first sign-in. Everything goes through the ordinary use cases (state machine, audit
// trail) in ONE transaction (withDb): it loads completely or not at all. Loading again finds the agency and changes
// nothing. Today is ctx.clock's, and working days are counted with ctx.calendar, as the requests' deadlines are.
import { dayOf, isoOf } from '../../core/calendar/days.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import { creditCodeCheckCharacter } from '../../core/publications/index-number.ts';
import { outcomeLeaf } from '../../core/taxonomy/outcomes.ts';
import { agencyByNameOrCode, type Agency } from '../../storage/agencies.ts';
import { createUser } from '../accounts/users.ts';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { staffActor, type Actor, type AuthenticatedUser } from '../actor.ts';
import { createAgency } from '../agencies.ts';
import { withDb, type ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { registerRequest } from '../requests/intake.ts';
import { appendEvent } from '../requests/append-event.ts';
import { fileReviewCase } from '../review-cases.ts';
import type { Role } from '../../core/accounts/roles.ts';
import { loadDemoCatalogue } from '../publications/demo/load.ts';
import { saveNarrative } from '../reports/narrative.ts';
import { reviewReport, signOffReport, submitReport } from '../reports/workflow.ts';
import { DEMO_2023_NARRATIVE } from './narrative-2023.ts';
import { loadDemoWorkPlan } from './participation-2023.ts';
import {
  DEMO_2023_REQUESTS,
  DEMO_AGENCY,
  DEMO_LAWSUIT,
  DEMO_MARK,
  DEMO_PASSWORD,
  DEMO_SUPERVISOR,
  DEMO_USERS,
  type DemoRequestPlan,
} from './seed-year.ts';

export { DEMO_PASSWORD, DEMO_USERS, DEMO_AGENCY };

export interface DemoSummary {
  /** False when the demo was already there (nothing changed). */
  loaded: boolean;
  agency: Agency;
  requests2023: number;
  openNow: number;
}

type Staff = Record<Role, Actor>;

const CHANNELS = ['inPerson', 'online', 'signedPost', 'email', 'ordinaryLetter'] as const;

/** Loads the demo as `actor` (the operator: it creates agencies, which only the operator may). */
export async function loadDemo(ctx: ServiceContext, actor: Actor): Promise<DemoSummary> {
  authorize(actor, 'agencies.create');
  const calendar = await ctx.calendar.current();
  return transact(ctx.db, async (trx) => {
    const tx = withDb(ctx, trx);
    const existing = await agencyByNameOrCode(trx, DEMO_AGENCY.name);
    if (existing) return { loaded: false, agency: existing, requests2023: 0, openNow: 0 };
    const supervisor = await createAgency(tx, actor, {
      name: DEMO_SUPERVISOR.name,
      level: 'government',
      registrationPrefix: DEMO_SUPERVISOR.registrationPrefix,
    });
    const agency = await createAgency(tx, actor, {
      parentId: supervisor.id,
      name: DEMO_AGENCY.name,
      code: DEMO_AGENCY.codeFirst17 + creditCodeCheckCharacter(DEMO_AGENCY.codeFirst17),
      address: DEMO_AGENCY.address,
      phone: DEMO_AGENCY.phone,
      postcode: DEMO_AGENCY.postcode,
      level: 'department',
      canMakeRegulations: false,
      registrationPrefix: DEMO_AGENCY.registrationPrefix,
    });
    const staff = {} as Staff;
    for (const user of DEMO_USERS) {
      // The demo's one password is printed in the README and at start: each person sets their own at first sign-in.
      const created: AuthenticatedUser = await createUser(
        tx,
        actor,
        {
          agencyId: user.at === 'agency' ? agency.id : supervisor.id,
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          password: DEMO_PASSWORD,
        },
        { passwordKnownToOthers: true },
      );
      staff[user.role] = staffActor(created);
    }
    const lawsuitRequestId = await loadYear(tx, calendar, agency, staff);
    await fileReviewCase(tx, staff.clerk, {
      agencyId: agency.id,
      requestId: lawsuitRequestId,
      kind: 'litigationDirect',
      caseNumber: DEMO_LAWSUIT.caseNumber,
      filedOn: '2023-11-20',
      notes: DEMO_LAWSUIT.notes,
    });
    const openNow = await loadOpenRequests(tx, calendar, agency, staff, ctx.clock.today());
    await loadDemoCatalogue(tx, actor, agency.id);
    await loadDemoWorkPlan(tx, staff, { supervisorId: supervisor.id, agencyId: agency.id });
    // The prose is saved before publishing, so the published report carries it (issue 11).
    await saveNarrative(tx, staff.clerk, { agencyId: agency.id, year: 2023, sections: DEMO_2023_NARRATIVE });
    // The 2023 report through its review — the clerk submits, the office head approves, the leader signs it off —
    // so the portal's 年报 page and the catalogue have the seed's year to show.
    const report2023 = { agencyId: agency.id, year: 2023 };
    await submitReport(tx, staff.clerk, { ...report2023, expectedState: 'draft' });
    await reviewReport(tx, staff.officeHead, {
      ...report2023,
      expectedState: 'inReview',
      decision: 'approve',
    });
    await signOffReport(tx, staff.leader, { ...report2023, expectedState: 'awaitingSignOff' });
    return { loaded: true, agency, requests2023: DEMO_2023_REQUESTS.length, openNow };
  });
}

const wd = (calendar: WorkingCalendar, date: string, n: number) => isoOf(calendar.addDays(dayOf(date), n));
const plusDays = (date: string, n: number) => isoOf(dayOf(date) + n);

/** The first working day on or after `date`. */
function workingDayFrom(calendar: WorkingCalendar, date: string): string {
  let day = dayOf(date);
  while (!calendar.isWorkingDay(day)) day++;
  return isoOf(day);
}

/** Registers and handles the 29 requests of 2023; returns the id of the one the lawsuit concerns. */
async function loadYear(
  ctx: ServiceContext,
  calendar: WorkingCalendar,
  agency: Agency,
  staff: Staff,
): Promise<string> {
  let lawsuitRequestId: string | null = null;
  const total = DEMO_2023_REQUESTS.length;
  const perKind = new Map<string, number>();
  for (const [i, plan] of DEMO_2023_REQUESTS.entries()) {
    const ordinal = (perKind.get(plan.kind) ?? 0) + 1;
    perKind.set(plan.kind, ordinal);
    // Spread over January–October so that every request is decided well within 2023.
    const arrivedOn = workingDayFrom(calendar, plusDays('2023-01-01', 5 + Math.floor((i * 300) / total)));
    const channel = CHANNELS[i % CHANNELS.length]!;
    const { request } = await registerRequest(ctx, staff.clerk, {
      agencyId: agency.id,
      channel,
      arrivedOn,
      confirmedOn: channel === 'inPerson' || channel === 'signedPost' ? null : arrivedOn,
      applicant: applicantOf(plan, ordinal),
      informationSought: `${plan.subject}${DEMO_MARK}`,
      formWanted: i % 2 ? '电子邮件发送电子文档' : '纸质文本邮寄',
      demo: true,
    });
    for (const [actor, event] of timeline2023(calendar, plan, i, arrivedOn, staff))
      await appendEvent(ctx, actor, { requestId: request.id, event });
    if (lawsuitRequestId === null && plan.outcome === DEMO_LAWSUIT.outcome) lawsuitRequestId = request.id;
  }
  return lawsuitRequestId!;
}

/** The `ordinal`-th applicant of its kind (1-based), invented and marked as such. */
function applicantOf(plan: DemoRequestPlan, ordinal: number) {
  const n = String(ordinal).padStart(2, '0');
  return plan.kind === 'naturalPerson'
    ? {
        kind: plan.kind,
        name: `演示申请人${n}`,
        idDocument: `居民身份证（演示，号码略）`,
        contact: `演示联系方式${n}`,
      }
    : {
        kind: plan.kind,
        name: `演示商贸有限公司${n}${DEMO_MARK}`,
        idDocument: '营业执照（演示，号码略）',
        contact: `演示联系方式${n}`,
      };
}

/** A plausible handling: assignment, sometimes a correction, a third-party consultation or an extension, then the
 * decision signed by the leader, the reply, delivery and archiving. */
function timeline2023(
  calendar: WorkingCalendar,
  plan: DemoRequestPlan,
  i: number,
  arrivedOn: string,
  staff: Staff,
): [Actor, RequestEvent][] {
  const steps: [Actor, RequestEvent][] = [];
  let on = wd(calendar, arrivedOn, 1);
  steps.push([staff.clerk, { type: 'assigned', on, assignee: '演示承办人' }]);
  if (i % 6 === 2) {
    on = wd(calendar, on, 2);
    steps.push([
      staff.clerk,
      {
        type: 'correctionRequested',
        on,
        correctionDueOn: plusDays(on, 15),
        items: `请明确所需信息的名称或文号${DEMO_MARK}`,
      },
    ]);
    on = wd(calendar, on, 5);
    steps.push([staff.clerk, { type: 'correctionReceived', on }]);
  }
  if (plan.outcome === 'partiallyGranted' && i % 4 === 1) {
    on = wd(calendar, on, 3);
    steps.push([
      staff.clerk,
      { type: 'consultationStarted', on, party: 'thirdParty', consultee: `演示第三方单位${DEMO_MARK}` },
    ]);
    on = wd(calendar, on, 8);
    steps.push([staff.clerk, { type: 'consultationEnded', on, party: 'thirdParty' }]);
  }
  if (i === 9) {
    on = wd(calendar, on, 4);
    steps.push([staff.officeHead, { type: 'extended', on, workingDays: 10, approvedBy: '演示公开办负责人' }]);
  }
  on = wd(calendar, on, 6 + (i % 5));
  const leaf = outcomeLeaf(plan.outcome);
  steps.push([
    staff.leader,
    {
      type: 'decided',
      on,
      outcome: plan.outcome,
      reasons: `${leaf.label}${DEMO_MARK}`,
      articles: leaf.basis,
    },
  ]);
  steps.push([staff.clerk, { type: 'replySent', on }]);
  steps.push([staff.clerk, { type: 'delivered', on: wd(calendar, on, 2) }]);
  steps.push([staff.clerk, { type: 'archived', on: wd(calendar, on, 5) }]);
  return steps;
}

/** Working days before `today` at which an open request was received: overdue, due in 2 and 4 days, fresh. */
const OPEN_AGES = [22, 18, 16, 3];

async function loadOpenRequests(
  ctx: ServiceContext,
  calendar: WorkingCalendar,
  agency: Agency,
  staff: Staff,
  today: string,
): Promise<number> {
  for (const [k, age] of OPEN_AGES.entries()) {
    const arrivedOn = workingDaysBefore(calendar, today, age);
    const { request } = await registerRequest(ctx, staff.clerk, {
      agencyId: agency.id,
      channel: 'inPerson',
      arrivedOn,
      applicant: {
        kind: 'naturalPerson',
        name: `演示申请人${String(28 + k)}`,
        idDocument: '居民身份证（演示，号码略）',
        contact: `演示联系方式${28 + k}`,
      },
      informationSought: `本市人防工程平时开放使用名录${DEMO_MARK}`,
      formWanted: '纸质文本邮寄',
      demo: true,
    });
    const assignedOn = wd(calendar, arrivedOn, 1);
    if (assignedOn <= today)
      await appendEvent(ctx, staff.clerk, {
        requestId: request.id,
        event: { type: 'assigned', on: assignedOn, assignee: '演示承办人' },
      });
  }
  return OPEN_AGES.length;
}

/** The working day `n` working days before `date`. */
function workingDaysBefore(calendar: WorkingCalendar, date: string, n: number): string {
  let day = dayOf(date) - 1;
  while (!(calendar.isWorkingDay(day) && calendar.countDays(day, dayOf(date)) >= n)) day--;
  return isoOf(day);
}
