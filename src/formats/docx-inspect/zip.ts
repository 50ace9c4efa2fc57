// A small ZIP reader, enough for DOCX: the central directory names every entry; each is stored or deflated
// (node:zlib inflateRaw). No ZIP64, no encryption, no spanning — a DOCX that needs them is refused by name rather
// than misread. Inflated sizes are capped so a crafted archive cannot exhaust memory.
import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../../core/errors/index.ts';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Largest single part we inflate: a DOCX body of this size is far beyond any real document. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const corrupt = (reason: string) => new DomainError('screening.docxCorrupt', { reason });

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly data: Buffer) {
    const end = this.findEndOfCentralDirectory();
    const count = data.readUInt16LE(end + 10);
    let at = data.readUInt32LE(end + 16);
    if (at === 0xffffffff) throw corrupt('不支持 ZIP64 格式');
    for (let i = 0; i < count; i++) {
      if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_ENTRY) throw corrupt('ZIP 目录损坏');
      const nameLength = data.readUInt16LE(at + 28);
      const name = data.toString('utf8', at + 46, at + 46 + nameLength);
      this.entries.set(name, {
        method: data.readUInt16LE(at + 10),
        encrypted: (data.readUInt16LE(at + 8) & 1) === 1,
        compressedSize: data.readUInt32LE(at + 20),
        size: data.readUInt32LE(at + 24),
        localHeaderOffset: data.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.encrypted) throw corrupt(`“${name}”已加密`);
    if (entry.size > MAX_ENTRY_BYTES)
      throw corrupt(`“${name}”解压后超过 ${MAX_ENTRY_BYTES / 1024 / 1024} MB`);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.data.length || this.data.readUInt32LE(at) !== LOCAL_HEADER)
      throw corrupt(`“${name}”的文件头损坏`);
    const start = at + 30 + this.data.readUInt16LE(at + 26) + this.data.readUInt16LE(at + 28);
    const raw = this.data.subarray(start, start + entry.compressedSize);
    if (raw.length !== entry.compressedSize) throw corrupt(`“${name}”的数据不完整`);
    if (entry.method === STORED) return raw;
    if (entry.method !== DEFLATED) throw corrupt(`“${name}”使用了不支持的压缩方法 ${entry.method}`);
    try {
      return inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES });
    } catch (error) {
      throw corrupt(`“${name}”解压失败（${(error as Error).message}）`);
    }
  }

  /** The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes. */
  private findEndOfCentralDirectory(): number {
    const lowest = Math.max(0, this.data.length - 22 - 0xffff);
    for (let at = this.data.length - 22; at >= lowest; at--) {
      if (this.data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
    }
    throw corrupt('不是 ZIP 文件（找不到目录结尾）');
  }
}
