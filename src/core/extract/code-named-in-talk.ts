/**
 * An error code named in team talk, not shown as output (QA39 F1): a tip ("PSA: if you get ExpiredToken just run aws sso
 * login again"), a fact learnt ("TIL UnrecognizedClientException means the key is wrong"), a past incident closed ("the
 * InvalidClientTokenId alert from last week is resolved, closing the ticket"), a docs note, a pull request's title ("PR
 * #412: retry on ExpiredToken …"), code or an alert rule that compares the code (`== "ExpiredToken"`,
 * `count(errorCode="AccessDenied") > 50`). Such a line names the code; no failure is happening. diagnose keeps the
 * detection (the text is about a credential error) but marks it told in words, so a channel, which acts on error text
 * only, stays silent, and a person who says it to awskey still gets an answer (conversation/description.ts).
 *
 * A line with a failure now ("still", "again", "keeps") or with the code in an error's framing (`An error occurred
 * (ExpiredToken)`, `ExpiredToken:` at the start, `Code: …`, `<Code>`) is never talk: those are output or a report.
 */

/** Words that make a line a tip, a fact learnt, a note, a closed incident or a pull request's title (small patterns: each is proved linear). */
const TALK: readonly RegExp[] = [
  /^\W{0,3}(?:psa|tip|til|fyi|fun fact|reminder|heads[ -]up|docs?|wiki)\b/i,
  /\bif (?:you|u) (?:get|see|hit|run into|ever get)\b|\bmeans (?:the|that|your|you)\b|\bblog post\b|\b(?:alert|alarm) rule\b|\bretry (?:on|when)\b/i,
  /\b(?:fixed|resolved|closing|closed) (?:the|that|this|it|our)\b|\b(?:is|was) resolved\b/i,
  /^\W{0,3}(?:pr|pull request|mr) ?#?\d+\b/i,
];
/** The code compared or counted in code or a query: `== "ExpiredToken"`, `errorCode="AccessDenied"`, `case 'ExpiredToken':`. */
const COMPARED = /(?:===?|!==?|\bin \(|\bcase|errorCode\s*[=:])\s*["'`]\w+["'`]/;
/** A failure happening now, on the same line: the person is still meeting it. */
const NOW = /\b(?:still|keeps?|currently|right now|since (?:this|today|yesterday))\b|\b(?:got|getting|seeing|hitting)\b[^.\n]{0,40}\bagain\b/i;
/** The code framed as output: an SDK's message, a log field, an XML or JSON error body, a line that starts with it. */
const FRAMED = /\(\w+\) when calling\b|\bcode\s*[:=]\s*\w|<code>|"code"\s*:/i;
/** A line that starts with a CamelCase code and a colon ("ExpiredToken: The security token …"): case matters here. */
const CODE_FIRST = /^\s*[A-Z][a-z]+[A-Z]\w*:\s/;

/** Whether this line names an error code in talk (see above). */
export function isTalkLine(line: string): boolean {
  if (line.length > 400 || FRAMED.test(line) || CODE_FIRST.test(line) || NOW.test(line)) return false;
  return TALK.some((re) => re.test(line)) || COMPARED.test(line);
}
