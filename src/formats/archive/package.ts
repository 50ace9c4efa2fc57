// The archive package of a closed request (issue 13, 归档): a zip of its papers as PDF, its attachments, its
// timeline and audit entries, and a manifest listing every file with its size and SM3 (GB/T 32905-2016) digest.
// The manifest is sealed by manifest.sm3: its first line is the SM3 of manifest.json, its second the SM3 of that
// first line — so a changed byte anywhere, the seal included, is traced to the one file it is in (verifyPackage).
// Pure: bytes in, bytes or a verdict out.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const MANIFEST = 'manifest.json';
export const SEAL = 'manifest.sm3';

export const sm3 = (data: Uint8Array | string) => createHash('sm3').update(data).digest('hex');

export interface PackageFile {
  path: string;
  content: Uint8Array;
}

export interface ManifestEntry {
  path: string;
  size: number;
  sm3: string;
}

export interface Manifest {
  /** What the package is: the request's registration number, when it was archived, until when it is kept. */
  title: string;
  registrationNumber: string;
  archivedOn: string;
  retainUntil: string;
  files: ManifestEntry[];
}

/** The zip: the files, the manifest and its seal. Stored uncompressed (PDFs and DOCX are compressed already), with
 * a fixed time on every entry so the same content always gives the same bytes. */
export function buildPackage(head: Omit<Manifest, 'files'>, files: readonly PackageFile[]): Uint8Array {
  const manifest: Manifest = {
    ...head,
    files: files.map((f) => ({ path: f.path, size: f.content.length, sm3: sm3(f.content) })),
  };
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  const first = sm3(manifestBytes);
  const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  const options = { level: 0 as const, mtime: new Date(`${head.archivedOn}T00:00:00Z`) };
  for (const f of files) entries[f.path] = [f.content, options];
  entries[MANIFEST] = [manifestBytes, options];
  entries[SEAL] = [strToU8(`${first}\n${sm3(first)}\n`), options];
  return zipSync(entries);
}

export type PackageVerdict =
  { ok: true; manifest: Manifest } | { ok: false; problems: { path: string; problem: string }[] };

/** Checks every file against the manifest and the manifest against its seal; names each file that differs. */
export function verifyPackage(zip: Uint8Array): PackageVerdict {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '(整个文件)', problem: `不是可读取的 zip 文件：${(error as Error).message}` }],
    };
  }
  const seal = files[SEAL] ? strFromU8(files[SEAL]).split('\n') : [];
  const manifestBytes = files[MANIFEST];
  if (seal.length < 2 || seal[1] !== sm3(seal[0] ?? ''))
    return { ok: false, problems: [{ path: SEAL, problem: '清单校验文件已被改动或缺失' }] };
  if (!manifestBytes || seal[0] !== sm3(manifestBytes))
    return { ok: false, problems: [{ path: MANIFEST, problem: '清单已被改动或缺失（与清单校验值不符）' }] };
  const manifest = JSON.parse(strFromU8(manifestBytes)) as Manifest;
  const problems: { path: string; problem: string }[] = [];
  const listed = new Set<string>([MANIFEST, SEAL]);
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const content = files[entry.path];
    if (!content) problems.push({ path: entry.path, problem: '清单中列出的文件缺失' });
    else if (content.length !== entry.size || sm3(content) !== entry.sm3)
      problems.push({ path: entry.path, problem: 'SM3 校验值与清单不符，文件已被改动' });
  }
  for (const path of Object.keys(files))
    if (!listed.has(path)) problems.push({ path, problem: '清单中没有这个文件' });
  return problems.length ? { ok: false, problems } : { ok: true, manifest };
}
