/**
 * Short prints of the secrets in a text, to remember "this person was warned about this secret"
 * in a case without keeping the secret: 24 bits of a hash, far too few to confirm a guess of the
 * value, enough to tell a few secrets in one thread apart.
 */
import type { SecretKind } from '../diagnosis';
import { findSecrets } from '../redact';

export interface SecretPrint {
  kind: SecretKind;
  print: string;
}

function fnv24(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h ^ (h >>> 24)) & 0xffffff).toString(36);
}

export function secretPrints(text: string): SecretPrint[] {
  const seen = new Set<string>();
  const out: SecretPrint[] = [];
  for (const s of findSecrets(text)) {
    const print = fnv24(s.value.replace(/\s+/g, ''));
    if (seen.has(print)) continue;
    seen.add(print);
    out.push({ kind: s.kind, print });
  }
  return out;
}
