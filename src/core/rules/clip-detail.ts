/**
 * Quoted text cut for a reply: a line's excerpt (diagnose.ts) and the detail quoted inside an evidence
 * sentence ("… a common resolution ({detail})."). Most SDK messages fit whole (boto3's InvalidAccessKeyId
 * line with its ClientError prefix is ~190 characters); a longer one is cut where a sentence or word ends,
 * never mid-word ("… operation: The AWS )" read as if AWS had said nothing more), and the cut is marked.
 */
export const MAX_QUOTE_CHARS = 240;

/**
 * `head` (the first part of a longer text) ended at its last sentence end when that keeps 60 % of it, else at
 * its last space, then marked " …". A `[REDACTED:kind]` marker holds no space, so it is never split.
 */
export function endAtBoundary(head: string): string {
  const sentence = Math.max(...['. ', '! ', '? ', ': '].map((end) => head.lastIndexOf(end)));
  const cut = sentence >= head.length * 0.6 ? sentence + 1 : head.lastIndexOf(' ');
  return `${(cut > 0 ? head.slice(0, cut) : head).trimEnd()} …`;
}

export function clipDetail(detail: string, max = MAX_QUOTE_CHARS): string {
  const text = detail.trim();
  return text.length <= max ? text : endAtBoundary(text.slice(0, max));
}
