import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { forEachEngine } from '../../../test/db.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { createAgency } from '../agencies.ts';
import { refusalCode } from './test-refusal.ts';
import { addAttachment, attachmentDownload, attachmentsOf } from './attachments.ts';
import { createDraft } from './catalogue.ts';
import { testContext } from '../../../test/context.ts';

forEachEngine((_engine, getDb) => {
  describe('attachments', () => {
    it('stores a real DOCX by its detected type, refuses a disguised file, and hides it from the public until published', async () => {
      const db = getDb();
      const agency = await createAgency(testContext(db), SYSTEM_ACTOR, {
        name: '附件测试机关',
        level: 'department',
        registrationPrefix: '附',
      });
      const clerk = staffAs('clerk', agency.id);
      const item = await createDraft(db, clerk, agency.id, {
        title: '附件测试',
        publishingBody: '附件测试机关',
        genre: 'notice',
        category: 'notice',
      });
      const docx = new Uint8Array(
        await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('附件正文')] }] })),
      );

      const stored = await addAttachment(db, clerk, item.id, '实施方案.docx', docx);
      expect(stored).toMatchObject({
        type: 'docx',
        size: docx.byteLength,
        sha256: createHash('sha256').update(docx).digest('hex'),
      });
      expect(
        await refusalCode(
          addAttachment(
            db,
            clerk,
            item.id,
            '通知.pdf',
            new TextEncoder().encode('<html><script>x</script></html>'),
          ),
        ),
      ).toBe('publications.attachmentType');
      expect((await attachmentsOf(db, item.id)).map((a) => a.fileName)).toEqual(['实施方案.docx']);

      const staffCopy = await attachmentDownload(db, stored.id, false);
      expect(Buffer.from(staffCopy.content).equals(Buffer.from(docx))).toBe(true);
      expect(await refusalCode(attachmentDownload(db, stored.id, true))).toBe('publications.notFound');
    });
  });
});
