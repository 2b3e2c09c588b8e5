/**
 * Slack text in and out. Incoming message text is HTML-escaped by Slack (&amp; &lt; &gt;) and wraps
 * links and mentions in <...>; outgoing mrkdwn must escape the same three characters.
 */

/** Turn Slack's escaped message text back into what the person pasted. */
export function unescapeSlackText(text: string): string {
  return text
    .replace(/<(https?:\/\/[^|>]+)\|([^>]+)>/g, '$2') // <https://x|label> -> label
    .replace(/<(https?:\/\/[^>]+)>/g, '$1') // <https://x> -> https://x
    .replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Escape text for a mrkdwn or plain_text field: & < > only (Slack's rule). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cut to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * Split long mrkdwn into pieces of at most `max` characters, at line breaks where possible, keeping
 * ``` code fences balanced in each piece.
 */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const budget = max - 8; // room for the fence we may add at either end
  const lines = text.split('\n').flatMap((l) => (l.length <= budget ? [l] : (l.match(new RegExp(`[\\s\\S]{1,${budget}}`, 'g')) ?? [])));
  const pieces: string[] = [];
  let current: string[] = [];
  let size = 0;
  let inFence = false;
  for (const line of lines) {
    if (size + line.length + 1 > budget && current.length > 0) {
      pieces.push(inFence ? `${current.join('\n')}\n\`\`\`` : current.join('\n'));
      current = inFence ? ['```'] : [];
      size = inFence ? 4 : 0;
    }
    current.push(line);
    size += line.length + 1;
    if ((line.match(/```/g) ?? []).length % 2 === 1) inFence = !inFence;
  }
  if (current.length > 0) pieces.push(current.join('\n'));
  return pieces;
}
