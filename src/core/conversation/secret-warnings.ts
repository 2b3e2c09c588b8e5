/**
 * Private warnings to whoever pasted a secret: the text is redacted before anything else sees it,
 * but the secret was posted, so it must be rotated. Each poster is warned once per secret.
 */
import type { Diagnosis, SecretKind } from '../diagnosis';
import { secretPrints } from '../secrets/prints';
import { SECRET_WARNINGS, TEMPORARY_SECRET_WARNING } from '../knowledge';
import { log, type Turn } from './turn';

/** Bound on remembered warnings per case. */
const MAX_WARNED_PRINTS = 200;

/** Every poster of a secret is warned privately, once per secret, whoever posted one before. */
export function warnSecrets(t: Turn, d: Diagnosis, pasted: string): void {
  if (d.secretsFound.length === 0) return;
  const warnedFor = (t.s.secretsWarnedFor ??= []);
  const prints = secretPrints(pasted);
  // The diagnosis read the normalised text: a kind it found that the prints missed still counts once.
  for (const k of d.secretsFound) if (!prints.some((p) => p.kind === k)) prints.push({ kind: k, print: `kind-${k}` });
  const fresh: SecretKind[] = [];
  for (const p of prints) {
    const id = `${t.user}:${p.print}`;
    if (warnedFor.includes(id)) continue;
    warnedFor.push(id);
    if (!fresh.includes(p.kind)) fresh.push(p.kind);
  }
  if (warnedFor.length > MAX_WARNED_PRINTS) warnedFor.splice(0, warnedFor.length - MAX_WARNED_PRINTS);
  if (fresh.length === 0) return;
  for (const k of fresh) if (!t.s.secretsWarned.includes(k)) t.s.secretsWarned.push(k);
  log(t, `secret pasted and redacted (${fresh.join(', ')})`);
  const keys = d.facts.keyIds.length > 0 ? d.facts.keyIds : t.s.facts.keyIds;
  const temporary = keys.length > 0 && keys.every((k) => k.kind === 'temporary');
  const text = (k: SecretKind) => (k === 'secret-access-key' && temporary ? TEMPORARY_SECRET_WARNING : SECRET_WARNINGS[k]);
  t.replies.push({ type: 'warning', private: true, text: fresh.map(text).join('\n\n') });
}
