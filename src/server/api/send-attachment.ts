// A stored file sent back: with the type detected when it was uploaded, and always as a download — what someone
// uploaded is never rendered inline in the platform's origin.
import type { FastifyReply } from 'fastify';

export function sendAttachment(
  reply: FastifyReply,
  file: { fileName: string; mime: string },
  content: Uint8Array,
): FastifyReply {
  return reply
    .type(file.mime)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(Buffer.from(content.buffer, content.byteOffset, content.byteLength));
}
