// The rule book: every action a use case performs, who may perform it and over which agencies. One table for
// every resource, so the two doors (HTTP and CLI) and direct calls are refused alike — the use case asks
// `authorize` before anything else.
//
// A rule's reach: 'own' — only the actor's agency (every write); 'readable' — also the agencies a supervisor
// oversees; 'any' — not tied to an agency (checking someone's published report). `public: true` lets the public
// (no sign-in) do it too. The system actor (the operator's command line) may do every action.
import type { RequestEventType } from '../../core/requests/events.ts';
import { ROLES, type Role } from '../../core/accounts/roles.ts';

export interface Rule {
  /** What the action is called in a refusal message. */
  label: string;
  roles: readonly Role[];
  reach: 'own' | 'readable' | 'any';
  public?: true;
}

const CASE_READERS = ['clerk', 'officeHead', 'leader', 'supervisor'] as const;
const CASE_HANDLERS = ['clerk', 'officeHead'] as const;
const CATALOGUE_WRITERS = ['clerk', 'officeHead', 'admin'] as const;

export const RULES = {
  // 依申请公开. Extension: only the head of the disclosure office (《条例》第三十三条第二款 经政府信息公开工作机构
  // 负责人同意); the decision is signed off (签发) by a leader or that head.
  'requests.read': { label: '查看依申请公开件', roles: CASE_READERS, reach: 'readable' },
  'requests.register': { label: '登记依申请公开件', roles: CASE_HANDLERS, reach: 'own' },
  'requests.handle': { label: '办理依申请公开件', roles: CASE_HANDLERS, reach: 'own' },
  'requests.extend': { label: '批准延长答复期限', roles: ['officeHead'], reach: 'own' },
  'requests.decide': { label: '签发办理结果', roles: ['leader', 'officeHead'], reach: 'own' },
  // 《条例》第二十九条: anyone may apply through the agency's online channel and follow the request.
  'requests.submitOnline': { label: '在线提交申请', roles: [], reach: 'any', public: true },
  'requests.track': { label: '查询申请办理状态', roles: [], reach: 'any', public: true },

  // 主动公开. Review steps are the agency's workflow (which role signs which step); the rule here is who may act
  // on the catalogue at all.
  'catalogue.read': { label: '查看公开目录（含草稿和审核记录）', roles: ROLES, reach: 'readable' },
  'catalogue.readPublished': { label: '查看已公开信息', roles: ROLES, reach: 'any', public: true },
  'catalogue.draft': { label: '起草和修改公开信息', roles: CATALOGUE_WRITERS, reach: 'own' },
  'catalogue.submit': { label: '提交审核', roles: CATALOGUE_WRITERS, reach: 'own' },
  'catalogue.review': { label: '审核公开信息', roles: ROLES, reach: 'own' },
  'catalogue.publish': { label: '发布公开信息', roles: CATALOGUE_WRITERS, reach: 'own' },
  'catalogue.channel': { label: '登记发布渠道', roles: CATALOGUE_WRITERS, reach: 'own' },
  'catalogue.figures': { label: '填报主动公开外部统计数据', roles: CATALOGUE_WRITERS, reach: 'own' },
  'catalogue.attach': { label: '上传附件', roles: CATALOGUE_WRITERS, reach: 'own' },
  'catalogue.settings': { label: '设置公开目录和审核流程', roles: ['admin'], reach: 'own' },
  // A year of published items written directly (services/publications/demo): the operator's, never staff's.
  'catalogue.loadDemo': { label: '载入演示公开目录', roles: [], reach: 'own' },

  // 行政复议、行政诉讼 (table 四).
  'reviewCases.read': { label: '查看复议诉讼案件', roles: CASE_READERS, reach: 'readable' },
  'reviewCases.record': { label: '登记复议诉讼案件', roles: CASE_HANDLERS, reach: 'own' },

  // 年度报告: built from an agency's data by its staff and read by its supervisor; anyone may check a document.
  'reports.build': { label: '查看年度统计和年度报告', roles: CASE_READERS, reach: 'readable' },
  // The prose (section 一's templates, 四's comment, 五, 六) is written by the disclosure office.
  'reports.write': { label: '撰写年度报告', roles: CASE_HANDLERS, reach: 'own' },
  'reports.check': { label: '检查年度报告文件', roles: ROLES, reach: 'any', public: true },
  // The review before publication (issue 11): the disclosure office submits the report it wrote, its head reviews
  // it, and a leader signs it off (签发), which publishes it — the report goes before the public under the agency's
  // name (《条例》第五十条). Three people, each step its own rule.
  'reports.submit': { label: '提交年度报告审核', roles: CASE_HANDLERS, reach: 'own' },
  'reports.review': { label: '审核年度报告', roles: ['officeHead'], reach: 'own' },
  'reports.signOff': { label: '签发年度报告', roles: ['leader'], reach: 'own' },
  'reports.readPublished': { label: '查看已发布的年度报告', roles: ROLES, reach: 'any', public: true },

  // 公众参与 (issue 14): the disclosure office puts drafts out for comment, moderates what the public writes and
  // answers its questions; anyone may comment and ask on the portal (《重大行政决策程序暂行条例》第十四条).
  'participation.read': { label: '查看意见征集和留言', roles: ROLES, reach: 'readable' },
  'participation.manage': {
    label: '发布意见征集、审核意见、公布采纳情况',
    roles: CATALOGUE_WRITERS,
    reach: 'own',
  },
  'participation.answer': { label: '答复留言', roles: CASE_HANDLERS, reach: 'own' },
  'participation.comment': { label: '对征求意见稿提出意见', roles: [], reach: 'any', public: true },
  'participation.ask': { label: '在线留言', roles: [], reach: 'any', public: true },
  'participation.readPublished': {
    label: '查看公开的意见征集和留言',
    roles: ROLES,
    reach: 'any',
    public: true,
  },
  // 工作要点台账: the supervising office assigns the year's tasks to the agencies under it; each agency records its
  // own progress; 人大建议、政协提案 are registered by the agency that handles them.
  'workPlan.assign': { label: '分配政务公开工作要点任务', roles: ['supervisor'], reach: 'own' },
  'workPlan.read': { label: '查看政务公开工作要点任务', roles: CASE_READERS, reach: 'readable' },
  'workPlan.report': { label: '填报工作要点落实情况', roles: CASE_HANDLERS, reach: 'own' },
  'proposals.record': { label: '登记人大建议、政协提案', roles: CASE_HANDLERS, reach: 'own' },
  'proposals.read': { label: '查看人大建议、政协提案', roles: ROLES, reach: 'readable' },

  // 用户与机关: separation of duties — an administrator manages people, not case files.
  'users.list': { label: '查看用户', roles: ['admin'], reach: 'own' },
  'users.create': { label: '新增用户', roles: ['admin'], reach: 'own' },
  // Role, disabling, password reset and unlocking of a user of the administrator's own agency.
  'users.manage': { label: '管理用户账号', roles: ['admin'], reach: 'own' },
  // Everyone sets their own password (and must, after an administrator set it: services/accounts/own-password.ts).
  'users.changePassword': { label: '修改本人密码', roles: ROLES, reach: 'any' },
  // Anyone may try to sign in; a signed-in person manages only their own session and API tokens.
  'users.signIn': { label: '登录', roles: ROLES, reach: 'any', public: true },
  'users.ownCredentials': { label: '管理本人的会话和 API 令牌', roles: ROLES, reach: 'any' },
  // Removing expired sessions is the operator's housekeeping.
  'users.purgeSessions': { label: '清理过期会话', roles: [], reach: 'any' },
  'platform.housekeeping': { label: '定期清理（过期会话、过期的幂等键）', roles: [], reach: 'any' },
  // The e-mail notifications' sender runs in the server process as the system, never on a person's behalf.
  'notifications.send': { label: '发送申请人电子邮件通知', roles: [], reach: 'any' },
  // 工作台: each person's own agency at a glance; each part of it is shown only under the rule for that part.
  'workbench.read': { label: '查看工作台', roles: ROLES, reach: 'own' },
  // 监督: a supervising office's view of the agencies under it (overdue requests, review backlog, report status).
  'supervision.read': { label: '查看下属机关的公开工作情况', roles: ['supervisor'], reach: 'readable' },
  // Reports of agencies not on the platform, collected by the office that supervises them (issue 11).
  'supervision.importReports': {
    label: '导入未上平台机关的年度报告',
    roles: ['supervisor'],
    reach: 'readable',
  },
  'agencies.read': { label: '查看机关信息', roles: ROLES, reach: 'readable' },
  // Agencies are set up by the operator (the system actor) until an installation administrator exists.
  'agencies.create': { label: '新增机关', roles: [], reach: 'any' },
  // An administrator keeps the agency's own profile (contact details on replies, the registration prefix); its
  // place in the hierarchy stays the operator's (agencies.create), since it decides who supervises whom.
  'agencies.update': { label: '修改本机关信息', roles: ['admin'], reach: 'own' },

  // The audit chain is one for the installation; its check is the administrators' job.
  'audit.verify': { label: '校验审计日志', roles: ['admin'], reach: 'own' },
  // Reading the trail: an administrator, of their own agency's rows (services/audit.ts widens it to every row for
  // the installation's administrators).
  'audit.read': { label: '查看审计日志', roles: ['admin'], reach: 'own' },
  // MACing the rows written before the chain was anchored, or all of them under a new key: the operator alone, who
  // holds the key.
  'audit.anchor': { label: '为审计日志加密钥校验码', roles: [], reach: 'any' },
  // The working calendar is the installation's: the State Council's notice is one text for every agency. Besides the
  // operator, an agency administrator may import it — they are the ones who read the notice when it comes out each
  // winter, and waiting for someone at the server's command line leaves every deadline into the new year 暂定. The
  // parser checks the text against itself (day counts, weekdays), the preview shows what moves before anything is
  // saved, and the import is audited with who did it.
  'calendar.import': { label: '导入年度放假安排', roles: ['admin'], reach: 'any' },
  'calendar.read': { label: '查看工作日历', roles: ROLES, reach: 'any', public: true },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

/** Appending an event to a request's timeline: the event type decides which action it is. */
export function requestEventAction(type: RequestEventType): Action {
  if (type === 'extended') return 'requests.extend';
  if (type === 'decided') return 'requests.decide';
  return 'requests.handle';
}
