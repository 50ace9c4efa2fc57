import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readWordPart } from './word-part.ts';
import { ZipArchive } from './zip.ts';

const W = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

describe('readWordPart', () => {
  it('decodes entities and reads tabs and breaks', () => {
    const part = readWordPart(
      W(
        '<w:p><w:r><w:t xml:space="preserve">A &amp; B &lt;1&gt; &#x4E2D;&#25991;</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p>',
      ),
    );
    expect(part.text).toBe('A & B <1> 中文\tx\ny\n');
    expect(part.leaks).toEqual([]);
  });

  it('does not take a hidden paragraph mark or an old hidden format for hidden text', () => {
    const part = readWordPart(
      W(
        '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="甲"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>看得见</w:t></w:r></w:p>' +
          '<w:p><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>也看得见</w:t></w:r></w:p>',
      ),
    );
    expect(part.text).toBe('看得见\n也看得见\n');
    expect(part.leaks).toEqual([]);
  });

  it('reads moves as tracked changes and joins consecutive hidden runs', () => {
    const part = readWordPart(
      W(
        '<w:p><w:moveFrom w:id="1" w:author="乙"><w:r><w:delText>旧位置</w:delText></w:r></w:moveFrom>' +
          '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>藏</w:t></w:r>' +
          '<w:moveTo w:id="2" w:author="乙"><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>',
      ),
    );
    expect(part.text).toBe('新位置\n');
    expect(part.leaks).toEqual([
      { kind: 'deletion', offset: 0, length: 0, text: '旧位置', author: '乙', date: undefined },
      { kind: 'hidden', offset: 0, length: 0, text: '隐藏' },
      { kind: 'insertion', offset: 0, length: 3, text: '新位置', author: '乙', date: undefined },
    ]);
  });
});

/** A ZIP written by hand: one stored and one deflated entry, so both methods of the reader are exercised. */
function handMadeZip(files: [string, Buffer, boolean][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content, deflate] of files) {
    const data = deflate ? deflateRawSync(content) : content;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('ZipArchive', () => {
  it('reads stored and deflated entries and answers null for a missing one', () => {
    const zip = new ZipArchive(
      handMadeZip([
        ['a.txt', Buffer.from('原样存储'), false],
        ['word/document.xml', Buffer.from('压缩存储'.repeat(100)), true],
      ]),
    );
    expect(zip.names()).toEqual(['a.txt', 'word/document.xml']);
    expect(zip.read('a.txt')!.toString()).toBe('原样存储');
    expect(zip.read('word/document.xml')!.toString()).toBe('压缩存储'.repeat(100));
    expect(zip.read('nothing')).toBeNull();
  });

  it('refuses to inflate an entry that declares more than 64 MB (a zip bomb), before inflating it', () => {
    const zip = handMadeZip([['word/document.xml', Buffer.from('小'.repeat(10)), true]]);
    // The central directory's uncompressed size of the only entry (46-byte header at the directory's start).
    const directoryStart = zip.readUInt32LE(zip.length - 22 + 16);
    zip.writeUInt32LE(65 * 1024 * 1024, directoryStart + 24);
    const archive = new ZipArchive(zip);
    expect(() => archive.read('word/document.xml')).toThrow(/超过 64 MB/);
  });

  it('refuses a file that is not a ZIP with the Chinese reason', () => {
    expect(() => new ZipArchive(Buffer.from('这不是压缩文件'.repeat(10)))).toThrow(/不是 ZIP 文件/);
  });
});

describe('tokenizeXml', () => {
  it('refuses malformed XML as a corrupt DOCX instead of guessing', () => {
    expect(() => readWordPart(W('<w:p><w:r><w:t>未闭合</w:r></w:p>'))).toThrow(/XML 无法解析/);
  });
});
