/**
 * Private warnings to whoever pasted a secret: the text is redacted before anything else sees it,
 * but the secret was posted, so it must be rotated. Each poster is warned once per secret.
 */
import type { Diagnosis, KeyIdKind, SecretKind } from '../diagnosis';
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
  t.replies.push({ type: 'warning', private: true, text: secretWarningText(fresh, keys.map((k) => k.kind)) });
}

/**
 * The warning for secrets of `kinds` pasted with key ids of `keyKinds`: a secret key pasted with temporary key ids
 * only is a session's, which expires (TEMPORARY_SECRET_WARNING); creating a new access key is no remedy for it.
 */
export function secretWarningText(kinds: readonly SecretKind[], keyKinds: readonly KeyIdKind[]): string {
  const temporary = keyKinds.length > 0 && keyKinds.every((k) => k === 'temporary');
  return kinds.map((k) => (k === 'secret-access-key' && temporary ? TEMPORARY_SECRET_WARNING : SECRET_WARNINGS[k])).join('\n\n');
}
