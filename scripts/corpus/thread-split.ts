/**
 * The split rule shared by the real-thread corpora (their READMEs): sha1(canonical thread URL), first hex
 * digit 0-7 → tuning, 8-f → holdout, and the file slug of a thread. Never decided by hand.
 */
import { createHash } from 'node:crypto';

export function splitOf(url: string): 'tuning' | 'holdout' {
  const digit = parseInt(createHash('sha1').update(url).digest('hex')[0] ?? '0', 16);
  return digit <= 7 ? 'tuning' : 'holdout';
}

/** `<owner>-<repo>-<n>` of a canonical GitHub issue or pull request URL. */
export function slugOf(url: string): string {
  const m = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)$/.exec(url);
  if (!m) throw new Error(`not a canonical thread URL: ${url}`);
  return `${m[1]}-${m[2]}-${m[3]}`.toLowerCase();
}
