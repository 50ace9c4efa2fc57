import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../actor.ts';
import { createAgency } from '../agencies.ts';
import { refusalCode } from '../../../test/refusal.ts';
import { heldFile } from '../incoming-file.ts';
import { addAttachment, attachmentsOf, downloadAttachment } from './attachments.ts';
import { createDraft } from './catalogue.ts';

forEachEngine((_engine, getDb) => {
  describe('attachments', () => {
    it('stores a real DOCX by its detected type, refuses a disguised file, and hides it from the public until published', async () => {
      const db = getDb();
      const agency = await createAgency(testContext(db), SYSTEM_ACTOR, {
        name: '附件测试机关',
        level: 'department',
        registrationPrefix: '附',
      });
      const ctx = testContext(db);
      const clerk = staffAs('clerk', agency.id);
      const item = await createDraft(ctx, clerk, {
        agencyId: agency.id,
        draft: { title: '附件测试', publishingBody: '附件测试机关', genre: 'notice', category: 'notice' },
      });
      const docx = new Uint8Array(
        await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('附件正文')] }] })),
      );

      const stored = await addAttachment(ctx, clerk, {
        publicationId: item.id,
        file: heldFile('实施方案.docx', docx),
      });
      expect(stored).toMatchObject({
        type: 'docx',
        size: docx.byteLength,
        sha256: createHash('sha256').update(docx).digest('hex'),
      });
      expect(
        await refusalCode(
          addAttachment(ctx, clerk, {
            publicationId: item.id,
            file: heldFile('通知.pdf', new TextEncoder().encode('<html><script>x</script></html>')),
          }),
        ),
      ).toBe('publications.attachmentType');
      // A right-to-left override would show "方案‮xcod.exe" as "方案exe.docx"; a control character, a path or a
      // leading dot are refused alike (contracts/attachment-name.ts).
      for (const fileName of [
        '方案\u202excod.exe.docx',
        '方案\u2067.docx',
        '方案\u0007.docx',
        '../方案.docx',
        '.方案.docx',
      ])
        await expect(
          addAttachment(ctx, clerk, { publicationId: item.id, file: heldFile(fileName, docx) }),
          fileName,
        ).rejects.toMatchObject({ code: 'platform.invalidInput', message: expect.stringMatching(/文件名/) });
      expect((await attachmentsOf(ctx, clerk, { publicationId: item.id })).map((a) => a.fileName)).toEqual([
        '实施方案.docx',
      ]);

      const staffCopy = await downloadAttachment(ctx, clerk, { id: stored.id });
      expect(Buffer.from(staffCopy.content).equals(Buffer.from(docx))).toBe(true);
      expect(await refusalCode(downloadAttachment(ctx, PUBLIC_ACTOR, { id: stored.id }))).toBe(
        'publications.notFound',
      );
      // Another agency's staff cannot fetch the bytes of a draft either.
      expect(
        await refusalCode(downloadAttachment(ctx, staffAs('clerk', 'another-agency'), { id: stored.id })),
      ).toBe('auth.otherAgency');
    });
  });
});
