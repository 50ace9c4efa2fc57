// Bytes of a text file (.txt .md .html .json) → string. Chinese sites still serve GBK, so UTF-8 is tried first
// and GB18030 second; anything else, or text full of control characters, is binary and refused.
import { isUtf8 } from 'node:buffer';
import { DomainError } from '../../core/errors/index.ts';

const SNIFF_BYTES = 8192;
/** More control characters than this share of the text means it is not text. */
const MAX_CONTROL_SHARE = 0.01;
const REPLACEMENT_CHAR = 0xfffd;

/** C0 controls except tab, newline, form feed and carriage return; DEL; the replacement character. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

function controlCount(text: string): number {
  // Most texts have none: one native scan answers for them.
  if (!CONTROL.test(text)) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const allowed = code === 9 || code === 10 || code === 12 || code === 13;
    if ((code < 32 && !allowed) || code === 127 || code === REPLACEMENT_CHAR) count++;
  }
  return count;
}

function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DomainError('report.fileEmpty');
  const bom = bomEncoding(bytes);
  let text: string | undefined;
  if (bom) text = decodeWith(bom, bytes);
  else if (!bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    // Validating and decoding UTF-8 natively is several times faster than a fatal TextDecoder, and almost every
    // report is UTF-8.
    text = isUtf8(bytes)
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
      : decodeWith('gb18030', bytes);
  }
  if (text === undefined) throw new DomainError('report.binaryText');
  if (controlCount(text) > MAX_CONTROL_SHARE * text.length) throw new DomainError('report.binaryText');
  if (text.trim() === '') throw new DomainError('report.fileEmpty');
  return text;
}
