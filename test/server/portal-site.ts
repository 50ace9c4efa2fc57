// Public-site helpers for server tests: an agency of the fixture gets a code (its site is /{code}/), and forms
// are posted as a browser posts them — urlencoded, or multipart/form-data with files.
import { editAgencyProfile, type Agency } from '../../src/services/agencies.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import type { ApiFixture } from './fixture.ts';

const CODES = { a: '113713000000000A1X', c: '113713000000000C2X' } as const;

/** Gives agency `key` of the fixture its code and returns its site path, `/{code}/`. Call before any page request. */
export async function siteOf(api: ApiFixture, key: keyof typeof CODES): Promise<string> {
  const agency: Agency = api.tenancy[key];
  await editAgencyProfile(api.ctx, SYSTEM_ACTOR, {
    id: agency.id,
    name: agency.name,
    code: CODES[key],
    address: agency.address,
    phone: agency.phone,
    postcode: agency.postcode,
    registrationPrefix: agency.registrationPrefix,
  });
  return `/${CODES[key]}/`;
}

export const urlencoded = (fields: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});

export interface FilePart {
  name?: string;
  fileName: string;
  type?: string;
  content: Uint8Array | string;
}

/** A multipart/form-data body as Chromium sends it (fields first, then the files). */
export function multipart(fields: Record<string, string>, files: readonly FilePart[] = []) {
  const boundary = '----GongkaiTestBoundary7MA4YWxkTrZu0gW';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name ?? 'files'}"; filename="${file.fileName}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(chunks),
  };
}

/** The smallest file every PDF reader and the type check take as a PDF. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
