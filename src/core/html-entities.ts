/**
 * HTML entities as a copied web page or Slack's escaping leaves them: the named ones Slack and pages use (`&nbsp;`
 * is a page's space between words, read as a plain space) and every numeric one (`&#8203;`, `&#x41E;`). One table
 * for normalise (which then checks what they produce for hidden and look-alike characters) and the secrets view.
 */
const NAMED: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'", '&nbsp;': ' ' };

/** One entity at a position (sticky: set lastIndex). */
export const ENTITY_AT = /&(?:lt|gt|amp|quot|apos|nbsp|#(?:\d{1,7}|[xX][0-9a-fA-F]{1,6}));/y;
/** Every entity of a text. */
export const ENTITY = new RegExp(ENTITY_AT.source, 'g');

/** What one entity (a match of ENTITY_AT) stands for; the entity itself when it names no character (`&#0;`, a surrogate). */
export function entityText(entity: string): string {
  const named = NAMED[entity];
  if (named !== undefined) return named;
  const hex = entity[2] === 'x' || entity[2] === 'X';
  const code = hex ? parseInt(entity.slice(3, -1), 16) : Number(entity.slice(2, -1));
  // Control characters stay encoded (normalise has already replaced the typed ones).
  const control = code < 0x20 ? code !== 9 && code !== 10 : code >= 0x7f && code < 0xa0;
  return code > 0 && code <= 0x10ffff && !control && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
}

/** `text` with its entities decoded (the same string when it holds none). */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, entityText) : text;
}

export const ENTITY_PATTERNS: RegExp[] = [ENTITY_AT, ENTITY];
