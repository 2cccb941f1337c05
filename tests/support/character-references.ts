/**
 * Text with HTML's numeric character references (`&#8364;`, `&#x20ac;`) and `&euro;` written as
 * the characters they stand for. Markup trees may write characters above U+00FF that way (ADR 027),
 * so the leak tests read pages through this: an amount such as `&#8364;&nbsp;62,50` still counts.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&#(?:x([0-9a-f]+)|(\d+));|&euro;/gi, (whole, hex: string | undefined, decimal: string | undefined) => {
    if (whole.toLowerCase() === '&euro;') return '€';
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
