// The entries of a DOCX through fflate's ZIP reader. Each read inflates only the entry asked for (the filter),
// and only when its declared size is below the cap, so a crafted archive cannot exhaust memory.
import { unzipSync } from 'fflate';
import { DomainError } from '../../core/errors/index.ts';

/** Largest single part we inflate: a DOCX body of this size is far beyond any real document. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;

const corrupt = (reason: string) => new DomainError('screening.docxCorrupt', { reason });

function unzip(data: Uint8Array, filter: Parameters<typeof unzipSync>[1]): Record<string, Uint8Array> {
  try {
    return unzipSync(data, filter);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw corrupt(`不是 ZIP 文件（${(error as Error).message}）`);
  }
}

export class ZipArchive {
  private readonly entryNames: string[] = [];

  constructor(private readonly data: Buffer) {
    unzip(data, {
      filter: (file) => {
        this.entryNames.push(file.name);
        return false;
      },
    });
  }

  names(): string[] {
    return [...this.entryNames];
  }

  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Buffer | null {
    const found = unzip(this.data, {
      filter: (file) => {
        if (file.name !== name) return false;
        if (file.compression !== STORED && file.compression !== DEFLATED)
          throw corrupt(`“${name}”使用了不支持的压缩方法 ${file.compression}`);
        if (file.originalSize > MAX_ENTRY_BYTES)
          throw corrupt(`“${name}”解压后超过 ${MAX_ENTRY_BYTES / 1024 / 1024} MB`);
        return true;
      },
    })[name];
    return found ? Buffer.from(found.buffer, found.byteOffset, found.byteLength) : null;
  }
}
