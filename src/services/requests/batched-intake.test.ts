// Intakes stored together in one batch (storeIntakes through the group commit) must come out exactly as if they had
// been registered one after another: the same serials and the same 《条例》第三十五条 flags, each intake seeing the
// applicant's stored requests and the ones before it in the batch.
import { expect, it } from 'vitest';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import type { Art35Flag } from '../../core/requests/art35.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import type { Db } from '../database.ts';
import { registerRequest, type Acknowledgement, type RegistrationInput } from './intake.ts';

const applicant = (n: number) => ({
  kind: 'naturalPerson' as const,
  name: `申请人${n}`,
  idDocument: `居民身份证 37000020000101${String(n).padStart(4, '0')}`,
  contact: `1380000${String(n).padStart(4, '0')}`,
});

/** Two applicants; the first asks 13 times, three of them for the same thing, the second twice for the same thing. */
function intakes(agencyId: string): RegistrationInput[] {
  const ask = (who: number, arrivedOn: string, informationSought: string): RegistrationInput => ({
    agencyId,
    channel: 'inPerson',
    arrivedOn,
    applicant: applicant(who),
    informationSought,
    formWanted: '纸质文本',
  });
  return [
    ask(1, '2026-11-02', '2025年人防工程竣工验收备案信息'),
    ask(2, '2026-11-20', '人防警报试鸣的时间安排'),
    ...Array.from({ length: 9 }, (_, n) => ask(1, '2026-11-25', `人防工程第 ${n + 1} 号批复文件`)),
    ask(1, '2026-12-01', '2025年度人防工程竣工验收备案信息。'),
    ask(2, '2026-12-02', '人防警报试鸣时间安排'),
    ask(1, '2026-12-03', '2025年人防工程竣工验收备案信息'),
    ask(1, '2026-12-04', '人防易地建设费收缴情况'),
  ];
}

/** Serials and flags with the requests they name replaced by their place in the list. */
function outcome(acks: Acknowledgement[]) {
  const place = new Map(acks.map((ack, i) => [ack.request.id, i]));
  return acks.map((ack) => ({
    serial: ack.request.registrationNumber.slice(-5),
    flags: ack.request.art35Flags.map((flag: Art35Flag) =>
      flag.kind === 'duplicate'
        ? { ...flag, requestId: place.get(flag.requestId), registrationNumber: '' }
        : flag,
    ),
  }));
}

forEachEngine((_engine, getDb) => {
  const oneByOne = async (db: Db, inputs: RegistrationInput[]) => {
    const ctx = testContext(db);
    const acks: Acknowledgement[] = [];
    for (const input of inputs) acks.push(await registerRequest(ctx, SYSTEM_ACTOR, input));
    return acks;
  };

  it('a batch registers and flags as one by one would', async () => {
    const alone = await makeAgency(getDb());
    const together = await makeAgency(getDb());
    const expected = outcome(await oneByOne(getDb(), intakes(alone.id)));
    // The one-by-one run did flag: volume past the tenth request in 30 days (the window moving on drops the first),
    // and the repeated texts.
    expect(expected.flatMap((o) => o.flags.map((f) => f.kind))).toEqual([
      'volume',
      'duplicate',
      'volume',
      'duplicate',
      'volume',
    ]);
    // The first request is stored before the burst, so the batch meets stored history as well as its own.
    const [first, ...rest] = intakes(together.id);
    const stored = await oneByOne(getDb(), [first!]);
    const ctx = testContext(getDb());
    const batch = await Promise.all(rest.map((input) => registerRequest(ctx, SYSTEM_ACTOR, input)));
    expect(ctx.writes.stats).toMatchObject({ batches: 1, units: rest.length, rerun: 0 });
    expect(outcome([...stored, ...batch])).toEqual(expected);
    await ctx.writes.close();
  });
});
