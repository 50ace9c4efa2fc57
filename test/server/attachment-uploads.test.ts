// Staff uploads over a real socket on both engines: a case's material and a catalogue draft's attachment sent as
// multipart, 10 MB and 40 MB, come back byte for byte; a file past the configured 50 MB (or an agency's lower
// limit) is refused 413 with nothing stored; a name with U+202E, a caller who may not upload, and a client that
// goes away mid-stream leave no row and no file in the upload directory.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ATTACHMENT_POLICY } from '../../src/core/publications/attachments.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { catalogueSettings, saveCatalogueSettings } from '../../src/services/publications/settings.ts';
import { mayAddCaseMaterial } from '../../src/services/requests/attachments.ts';
import { staffAs } from '../actors.ts';
import { ENGINES } from '../db.ts';
import { startApi, username, type ApiFixture } from './fixture.ts';
import { rowCounts } from './row-counts.ts';
import { intakeBody } from './seed.ts';

const MB = 1024 * 1024;
const LIMIT = DEFAULT_ATTACHMENT_POLICY.maxBytes;

/** A file the detector takes for a PDF: the signature, then `size` bytes in all. */
function pdfOf(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from('%PDF-1.7\n').copy(bytes);
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(ENGINES)('streamed staff uploads (%s)', (engine) => {
  let api: ApiFixture;
  let base: string;
  let tempDir: string;
  let requestId: string;
  let draftId: string;
  const clerk = username('clerk', 'a');

  beforeAll(async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'gongkai-upload-test-'));
    api = await startApi(engine, { uploads: { maxFileBytes: LIMIT, tempDir } });
    base = await api.app.listen({ port: 0, host: '127.0.0.1' });
    const registered = await api.call(clerk, {
      method: 'POST',
      url: '/api/v1/requests',
      payload: intakeBody(1),
    });
    requestId = registered.json().request.id;
    const draft = await api.call(clerk, {
      method: 'POST',
      url: '/api/v1/publications',
      payload: { title: '上传测试', publishingBody: '测试市甲局', genre: 'notice', category: 'notice' },
    });
    draftId = draft.json().id;
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await rm(tempDir, { recursive: true, force: true });
  });

  const TARGETS = [
    { name: 'case material', list: () => `/api/v1/requests/${requestId}/attachments` },
    { name: 'catalogue attachment', list: () => `/api/v1/publications/${draftId}/attachments` },
  ] as const;

  const upload = async (user: string, url: string, fileName: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName);
    const response = await fetch(`${base}${url}`, {
      method: 'POST',
      headers: { cookie: api.cookieOf(user) },
      body: form,
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        id: string;
        error: { code: string; message: string };
      } & Record<string, unknown>,
    };
  };
  const rows = () => rowCounts(api.database.db);
  const spooled = () => readdir(tempDir);

  for (const target of TARGETS) {
    it(`${target.name}: 10 MB and 40 MB arrive whole and download byte for byte`, async () => {
      for (const size of [10 * MB, 40 * MB]) {
        const bytes = pdfOf(size);
        const name = `扫描件-${size / MB}MB.pdf`;
        const { status, body } = await upload(clerk, target.list(), name, bytes);
        expect(status, JSON.stringify(body)).toBe(201);
        expect(body).toMatchObject({ fileName: name, type: 'pdf', size, sha256: sha256(bytes) });
        const download = await fetch(`${base}${target.list()}/${body.id}`, {
          headers: { cookie: api.cookieOf(clerk) },
        });
        expect(download.status).toBe(200);
        expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
        expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
      }
      const listed = await api.call(clerk, { method: 'GET', url: target.list() });
      expect(listed.json().items.map((a: { size: number }) => a.size)).toEqual([10 * MB, 40 * MB]);
      expect(await spooled()).toEqual([]);
    }, 120_000);

    it(`${target.name}: a file over the configured limit is refused 413 and nothing is kept`, async () => {
      const before = await rows();
      const { status, body } = await upload(clerk, target.list(), '过大.pdf', pdfOf(LIMIT + 1));
      expect(status).toBe(413);
      expect(body.error).toEqual({
        code: 'platform.uploadTooLarge',
        message: '文件“过大.pdf”超过 50.0 MB 的上限，没有保存；请压缩或分成几个文件后重新上传',
      });
      // A file of exactly the limit is still taken: the limit is inclusive.
      expect((await upload(clerk, target.list(), '正好.pdf', pdfOf(LIMIT))).status).toBe(201);
      const after = await rows();
      const files = (counts: Record<string, number>) =>
        counts.request_attachments! + counts.publication_attachments!;
      expect([files(after), after.audit_log]).toEqual([files(before) + 1, before.audit_log! + 1]);
      expect(await spooled()).toEqual([]);
    }, 120_000);

    it(`${target.name}: a name with a right-to-left override is refused before the file is read`, async () => {
      const before = await rows();
      const { status, body } = await upload(clerk, target.list(), '申请书\u202Efdp.exe', pdfOf(MB));
      expect(status).toBe(400);
      expect(body.error.code).toBe('platform.invalidInput');
      expect(body.error.message).toContain('文字方向控制符');
      expect(await rows()).toEqual(before);
      expect(await spooled()).toEqual([]);
    });

    it(`${target.name}: callers who may not upload are refused 403`, async () => {
      const before = await rows();
      for (const user of [username('leader', 'a'), username('clerk', 'c'), username('supervisor', 's')]) {
        const { status, body } = await upload(user, target.list(), '材料.pdf', pdfOf(MB));
        expect(status, `${user}: ${JSON.stringify(body)}`).toBe(403);
        expect(body.error.code).toMatch(/^auth\./);
      }
      const anonymous = await fetch(`${base}${target.list()}`, { method: 'POST', body: new FormData() });
      expect(anonymous.status).toBe(401);
      expect(await rows()).toEqual(before);
      expect(await spooled()).toEqual([]);
    });

    it(`${target.name}: a client that goes away mid-stream leaves no row and no file`, async () => {
      const before = await rows();
      const boundary = 'gongkaiAbortBoundary';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="中断.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      );
      const { port } = new URL(base);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST ${target.list()} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${api.cookieOf(clerk)}\r\n` +
          `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${head.length + 20 * MB}\r\n\r\n`,
      );
      socket.write(head);
      socket.write(pdfOf(8 * MB));
      // The file is being written as it arrives: the server's spool holds part of it before the body is complete.
      await until(async () => {
        const dirs = await spooled();
        if (dirs.length === 0) return false;
        const file = join(tempDir, dirs[0]!, 'file');
        return ((await stat(file).catch(() => undefined))?.size ?? 0) > MB;
      });
      socket.destroy();
      await until(async () => (await spooled()).length === 0);
      expect(await rows()).toEqual(before);
      // The server is still answering.
      expect((await upload(clerk, target.list(), '之后.pdf', pdfOf(1024))).status).toBe(201);
    });
  }

  it("an agency's own lower limit for catalogue attachments is held as the file arrives", async () => {
    const agencyId = api.tenancy.a.id;
    const settings = await catalogueSettings(api.database.db, agencyId);
    await saveCatalogueSettings(api.ctx, SYSTEM_ACTOR, {
      agencyId,
      settings: { ...settings, attachments: { ...settings.attachments, maxBytes: 2 * MB } },
    });
    try {
      const before = await rows();
      const { status, body } = await upload(clerk, TARGETS[1].list(), '三兆.pdf', pdfOf(3 * MB));
      expect(status).toBe(413);
      expect(body.error.message).toContain('2.0 MB');
      expect(await rows()).toEqual(before);
      expect(await spooled()).toEqual([]);
    } finally {
      await saveCatalogueSettings(api.ctx, SYSTEM_ACTOR, { agencyId, settings });
    }
  });

  it('the case page offers the upload to who may handle the case, and not once it is archived', async () => {
    const detail = async (user: string) =>
      (await api.call(user, { method: 'GET', url: `/api/v1/requests/${requestId}` })).json();
    expect((await detail(clerk)).mayAttach).toBe(true);
    expect((await detail(username('leader', 'a'))).mayAttach).toBe(false);
    const { request } = await detail(clerk);
    const handler = staffAs('clerk', api.tenancy.a.id);
    expect(mayAddCaseMaterial(handler, request)).toBe(true);
    expect(mayAddCaseMaterial(handler, { ...request, state: 'archived' })).toBe(false);
  });

  it('a JSON body is not an upload (415)', async () => {
    const json = await api.call(clerk, {
      method: 'POST',
      url: `/api/v1/requests/${requestId}/attachments`,
      payload: { fileName: '旧方式.pdf', contentBase64: 'JVBERi0=' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('platform.uploadNotMultipart');
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
