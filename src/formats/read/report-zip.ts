// A zip of annual reports (a supervising office's upload): its directory is read before anything is inflated, so a
// zip bomb — declared sizes past the limit, or too many entries — is refused unopened; entries are then inflated
// one at a time and counted as they come, since a header can lie. An entry past the one-report size limit is
// refused on its own. Folders, hidden files and __MACOSX resource forks are not reports and are skipped.
import { unzipSync } from 'fflate';
import { DomainError } from '../../core/errors/index.ts';
import { MAX_DOCX_INFLATED_BYTES, MAX_REPORT_BYTES, formatBytes } from './limits.ts';

/** A zip holds one office's reports for a year: a few hundred at most. */
export const MAX_ZIP_ENTRIES = 1000;

/** An entry's content, or why it is refused without being inflated. */
export type ZipEntry = { name: string; bytes: Uint8Array } | { name: string; refusal: DomainError };

const skipped = (name: string) =>
  name.endsWith('/') || name.startsWith('__MACOSX/') || name.split('/').pop()!.startsWith('.');

function bomb(size: number): DomainError {
  return new DomainError('supervision.zipBomb', {
    size: formatBytes(size),
    limit: formatBytes(MAX_DOCX_INFLATED_BYTES),
  });
}

export function unzipReports(bytes: Uint8Array): ZipEntry[] {
  const declared = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (!skipped(file.name)) declared.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch {
    throw new DomainError('supervision.zipCorrupt');
  }
  if (declared.size > MAX_ZIP_ENTRIES) {
    throw new DomainError('supervision.zipTooManyFiles', { count: declared.size, limit: MAX_ZIP_ENTRIES });
  }
  const total = [...declared.values()].reduce((a, b) => a + b, 0);
  if (total > MAX_DOCX_INFLATED_BYTES) throw bomb(total);
  let inflated = 0;
  return [...declared].map(([name, size]): ZipEntry => {
    if (size > MAX_REPORT_BYTES) {
      return {
        name,
        refusal: new DomainError('report.fileTooLarge', {
          size: formatBytes(size),
          limit: formatBytes(MAX_REPORT_BYTES),
        }),
      };
    }
    let content: Uint8Array | undefined;
    try {
      content = unzipSync(bytes, { filter: (file) => file.name === name })[name];
    } catch {
      throw new DomainError('supervision.zipCorrupt');
    }
    inflated += content?.length ?? 0;
    if (inflated > MAX_DOCX_INFLATED_BYTES) throw bomb(inflated);
    return { name, bytes: content ?? new Uint8Array() };
  });
}
