import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvFileError } from './csv-file-error';
import { createCsvTextDecoder, decodeCsvBytes, ENCODING_SNIFF_BYTES } from './decode-csv-bytes';
import { detectCsvEncoding } from './detect-csv-encoding';

function decodeInChunks(bytes: Buffer, size: number, encoding?: string) {
  const decoder = createCsvTextDecoder({ encoding });
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
  text += decoder.end();
  return { text, decoder };
}

const mixedScripts = 'Zoë, Łódź, 東京, 😀 and 👩‍💻\r\nnext line\n';

describe('createCsvTextDecoder', () => {
  it('keeps 2-, 3- and 4-byte UTF-8 characters whole across every chunk boundary', () => {
    const bytes = Buffer.from(mixedScripts.repeat(50));
    for (let size = 1; size <= 9; size++) expect(decodeInChunks(bytes, size).text).toBe(mixedScripts.repeat(50));
  });

  it('keeps UTF-16 code units and surrogate pairs whole across odd chunk boundaries', () => {
    for (const [bom, encoding] of [
      [[0xff, 0xfe], 'utf-16le'],
      [[0xfe, 0xff], 'utf-16be'],
    ] as const) {
      const bytes = Buffer.concat([Buffer.from(bom), iconv.encode(mixedScripts, encoding)]);
      for (const size of [1, 3, 7]) {
        const { text, decoder } = decodeInChunks(bytes, size);
        expect(text).toBe(mixedScripts);
        expect(decoder.detected).toMatchObject({ encoding, bomLength: 2, source: 'bom' });
      }
    }
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeInChunks(Buffer.from('\uFEFFa,b\n'), 1).text).toBe('a,b\n');
  });

  it('reads invalid bytes after a UTF-8 start as Windows-1252, and reports them', () => {
    const start = Buffer.from(`Zoë\n${'x'.repeat(ENCODING_SNIFF_BYTES)}\n`);
    const bytes = Buffer.concat([start, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x93, 0x48, 0x94])]);
    for (const size of [bytes.length, 1, 7]) {
      const { text, decoder } = decodeInChunks(bytes, size);
      expect(text.endsWith('Café\n“H”')).toBe(true);
      expect(decoder.report()).toEqual({ encoding: 'utf-8', fallbackBytes: 3, firstFallbackOffset: start.length + 3 });
    }
  });

  it('switches an all-ASCII start to Windows-1252 at the first byte that is not UTF-8', () => {
    const start = Buffer.from(`${'ascii,only\n'.repeat(7000)}`);
    const bytes = Buffer.concat([start, iconv.encode('Société,Zoë\n', 'win1252')]);
    for (const size of [bytes.length, 1, 7]) {
      const { text, decoder } = decodeInChunks(bytes, size);
      expect(text.endsWith('ascii,only\nSociété,Zoë\n')).toBe(true);
      expect(decoder.detected).toMatchObject({ encoding: 'utf-8', asciiOnly: true });
      expect(decoder.report().encoding).toBe('windows-1252');
    }
  });

  it('stays UTF-8 when the first non-ASCII byte after an ASCII start is valid UTF-8', () => {
    const bytes = Buffer.from(`${'ascii,only\n'.repeat(7000)}Société,Zoë\n`);
    const { text, decoder } = decodeInChunks(bytes, 5);
    expect(text.endsWith('Société,Zoë\n')).toBe(true);
    expect(decoder.report()).toEqual({ encoding: 'utf-8', fallbackBytes: 0, firstFallbackOffset: null });
  });

  it("uses chardet's single-byte guess for non-Latin text", () => {
    const bytes = iconv.encode(
      'Компания;Телефон;Город\r\nООО Ромашка;+7 495 123 45 67;Москва\r\nИП Иванов;+7 812 000 00 00;Санкт-Петербург\r\n',
      'win1251',
    );
    const { text, decoder } = decodeInChunks(bytes, 4);
    expect(decoder.detected!.encoding).toBe('windows-1251');
    expect(text).toContain('Санкт-Петербург');
  });

  it('uses the encoding the caller chose', () => {
    const bytes = iconv.encode('Ville\r\nOrléans\r\n', 'latin1');
    expect(decodeInChunks(bytes, 2, 'latin1').text).toBe('Ville\r\nOrléans\r\n');
    expect(() => decodeInChunks(bytes, 2, 'klingon-8')).toThrow(CsvFileError);
  });

  it('refuses UTF-32', () => {
    expect(() => decodeInChunks(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 3)).toThrow(/UTF-32/);
  });

  it('with truncated input, leaves out a character cut in half', () => {
    const decoder = createCsvTextDecoder();
    const bytes = Buffer.from('Zoë,東');
    expect(decoder.write(bytes.subarray(0, bytes.length - 1)) + decoder.end(true)).toBe('Zoë,');
  });
});

describe('decodeCsvBytes', () => {
  it('is an async generator of text that returns the decode report', async () => {
    const source = [Buffer.from('a,b\n'), Buffer.from([0xc3]), Buffer.from([0xa9, 0x0a])];
    const generator = decodeCsvBytes(source);
    const parts: string[] = [];
    let step = await generator.next();
    while (!step.done) {
      parts.push(step.value);
      step = await generator.next();
    }
    expect(parts.join('')).toBe('a,b\né\n');
    expect(step.value).toEqual({ encoding: 'utf-8', fallbackBytes: 0, firstFallbackOffset: null });
  });
});

describe('detectCsvEncoding', () => {
  it('ignores a UTF-8 sequence cut at the end of the sniffed head', () => {
    const head = Buffer.from('Société,Zoë,東').subarray(0, -1);
    expect(detectCsvEncoding(head, false).encoding).toBe('utf-8');
    expect(detectCsvEncoding(head, true).encoding).not.toBe('utf-8');
  });

  it('names what a binary file looks like', () => {
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(() => detectCsvEncoding(xlsx, true)).toThrow('This looks like an Excel .xlsx file, not CSV');
    expect(() => detectCsvEncoding(Buffer.from([0x1f, 0x8b, 8, 0]), true)).toThrow(/compressed/);
    expect(() => detectCsvEncoding(Buffer.from('a,b\n\0\0\x01'), true)).toThrow(/binary data/);
  });
});
