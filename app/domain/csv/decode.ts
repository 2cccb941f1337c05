/**
 * From the bytes of an uploaded file to text, the way real spreadsheets save CSV: UTF-8 with or
 * without a byte-order mark, UTF-16 ("Unicode text" from Excel) or Windows-1252 (Excel's
 * "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows). Refuses an empty, too large
 * or binary file with a reason. Pure: TextDecoder exists in Node and in browsers.
 */

/** Files above this size are refused before they are read (20 MB). */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type DecodeError = 'empty' | 'tooLarge' | 'binary' | 'spreadsheet' | 'onlyWhitespace';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult = { ok: true; text: string; encoding: Encoding } | { ok: false; error: DecodeError };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Signatures of files people upload by mistake: xlsx/ods/docx (zip), xls/doc (OLE), pdf, images. */
const spreadsheetSignatures: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip: .xlsx, .ods
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE: .xls
];
const binarySignatures: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
];

/**
 * Whether decoded text looks like text: no NUL characters and almost no other control
 * characters (tab, CR and LF are normal; a stray form feed is tolerated).
 */
export function looksLikeText(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return false;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control += 1;
    else if (code === 0xfffd) control += 1;
  }
  return control <= Math.max(2, sample.length / 1000);
}

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, error: 'tooLarge' };
  if (spreadsheetSignatures.some((s) => startsWith(bytes, s))) return { ok: false, error: 'spreadsheet' };
  if (binarySignatures.some((s) => startsWith(bytes, s))) return { ok: false, error: 'binary' };

  let text: string;
  let encoding: Encoding;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8-bom';
    const decoded = tryDecode('utf-8', bytes.subarray(3));
    if (decoded === null) return { ok: false, error: 'binary' };
    text = decoded;
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    // NUL bytes never occur in UTF-8 or Windows-1252 text.
    if (bytes.subarray(0, 65_536).includes(0)) return { ok: false, error: 'binary' };
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) {
      encoding = 'utf-8';
      text = utf8;
    } else {
      encoding = 'windows-1252';
      text = decodeWindows1252(bytes);
    }
  }
  if (!looksLikeText(text)) return { ok: false, error: 'binary' };
  if (text.trim() === '') return { ok: false, error: 'onlyWhitespace' };
  return { ok: true, text, encoding };
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** 0x80–0x9F in Windows-1252 (the rest equals ISO-8859-1); unassigned bytes become U+FFFD. */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Windows-1252 by table: not every JavaScript runtime's TextDecoder maps 0x80–0x9F correctly. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
