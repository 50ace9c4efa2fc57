// Puts one agency and one clerk into a database file before a real server process is started on it.
import { createAgency } from '../../src/services/agencies.ts';
import { createUser } from '../../src/services/accounts/users.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { openServiceContext } from '../../src/services/bootstrap.ts';

export const SEED_CLERK = { username: 'clerk.seed', password: 'seed-password-123' };

export async function seedAgencyWithClerk(databaseUrl: string): Promise<{ agencyId: string }> {
  const opened = await openServiceContext(databaseUrl);
  try {
    const agency = await createAgency(opened.ctx, SYSTEM_ACTOR, {
      name: '压力测试局',
      level: 'department',
      registrationPrefix: '压测依申',
    });
    await createUser(opened.ctx, SYSTEM_ACTOR, {
      agencyId: agency.id,
      displayName: '承办人',
      role: 'clerk',
      ...SEED_CLERK,
    });
    return { agencyId: agency.id };
  } finally {
    await opened.close();
  }
}

/** Signs in over HTTP and returns the Cookie header. */
export async function signIn(baseUrl: string, credentials = SEED_CLERK): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 200) throw new Error(`登录失败：${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gongkai_session='));
  return cookie!.split(';')[0]!;
}

/** A valid staff registration, numbered so each is distinguishable. */
export function intakeBody(n: number) {
  return {
    channel: 'inPerson' as const,
    arrivedOn: '2026-11-02',
    confirmedOn: null,
    applicant: {
      kind: 'naturalPerson' as const,
      name: `申请人${n}`,
      idDocument: null,
      contact: `1390000${String(n).padStart(4, '0')}`,
    },
    informationSought: `第 ${n} 件：2025 年度人防工程建设审批信息`,
    formWanted: '纸质文本',
  };
}
