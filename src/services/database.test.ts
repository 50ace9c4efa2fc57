// A failure anywhere in a composed write leaves nothing: the agency, the request, its event, the serial counter and
// every audit row vanish together (the demo loader relies on this).
import { expect, it } from 'vitest';
import { forEachEngine } from '../../test/db.ts';
import { uniqueSuffix } from '../../test/db/factories.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import { createAgency } from './agencies.ts';
import { verifyAuditChain } from '../storage/audit.ts';
import { transact } from './database.ts';
import { registerRequest } from './requests/intake.ts';
import { appendEvent } from './requests/append-event.ts';
import { testContext } from '../../test/context.ts';

forEachEngine((_engine, getDb) => {
  it('rolls back every write of a composed use case when a later step is refused', async () => {
    const name = `原子性测试${uniqueSuffix()}`;
    const head = await getDb().selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    const attempt = transact(getDb(), async (trx) => {
      const agency = await createAgency(testContext(trx), SYSTEM_ACTOR, {
        name,
        level: 'department',
        registrationPrefix: '原子',
      });
      const { request } = await registerRequest(testContext(trx), SYSTEM_ACTOR, {
        agencyId: agency.id,
        channel: 'inPerson',
        arrivedOn: '2023-05-04',
        applicant: { kind: 'naturalPerson', name: '甲', contact: '乙' },
        informationSought: '丙',
        formWanted: '丁',
      });
      await appendEvent(testContext(trx), SYSTEM_ACTOR, {
        requestId: request.id,
        event: { type: 'delivered', on: '2023-05-05' },
      });
    });
    await expect(attempt).rejects.toMatchObject({ code: 'requests.replyNotSent' });
    expect(await getDb().selectFrom('agencies').select('id').where('name', '=', name).execute()).toEqual([]);
    expect(
      await getDb()
        .selectFrom('request_serials')
        .selectAll()
        .where('agency_id', 'not in', getDb().selectFrom('agencies').select('id'))
        .execute(),
    ).toEqual([]);
    expect(await getDb().selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()).toEqual(head);
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true });
  });
});
