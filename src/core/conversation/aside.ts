/**
 * Words in a shared case thread said to another person, not to awskey (QA 36 F2): "bob can you check the jenkins creds
 * when you have a sec?", "<@U024BE7LH> did you rotate it?". From someone the case is not with, they get no reply even when
 * they shift the ranking by a point: a reply there is noise between two people (README, Slack: only "a reply that moves
 * the case" is answered). What they state is still taken in.
 */

/** A Slack mention of a person (the adapters pass only messages that do not address awskey as overheard). */
const MENTION = /<@[UW][A-Z0-9]{2,20}(?:\|[^>]{0,80})?>/;
/**
 * A name opening a request or question to its owner: "bob can you …", "alice, did you …", "@sam could you …". The name is
 * one word that is no pronoun or filler, so "it can you …" or "so can you show the fix" is not read as one.
 */
const NAMED_REQUEST = /^@?([a-z][\w.-]{1,20})[,:]? (?:can|could|would|will|did|do|have|are|pls|please) you\b/i;
const NOT_A_NAME = /^(?:i|we|it|this|that|they|he|she|you|the|so|and|but|ok|okay|also|then|hey|hi|hello|awskey|bot|why|how|what|when|where|who|which|now|just|please|pls)$/i;

export function saidToAnother(text: string): boolean {
  const t = text.trim();
  if (MENTION.test(t)) return true;
  const m = NAMED_REQUEST.exec(t);
  return m !== null && !NOT_A_NAME.test(m[1]!);
}

export const ASIDE_PATTERNS: RegExp[] = [MENTION, NAMED_REQUEST, NOT_A_NAME];
