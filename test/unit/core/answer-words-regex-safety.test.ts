/**
 * The answer words run on every sentence people write (probes.ts `say`, `sayWhenAsked`, `sayUnless`, `outranks.when` and the answer
 * topics, statements.ts `say` and `sayUnless`), compiled by says.ts: checked like the engine's own patterns
 * (regex-safety.test.ts) with recheck's automaton checker, which decides exactly whether matching can take
 * super-linear time. Lookarounds it cannot read and backreferences are checked through their relaxation
 * (test/helpers/regex-relax.ts), which can only take longer.
 *
 * UNDECIDED: the patterns the checker could not decide in 30 s at load 11-27 (60 s allowed now): a bounded gap (`.{0,40}`,
 * `[^.]{0,60}`) or a bounded run of words (`([\w-]+ ){0,3}`) between word boundaries, whose automaton grows past what
 * it explores. They are not proved: a bounded gap bounds each match attempt's steps by a constant of the pattern, but
 * that is an argument, not the checker's proof, and recheck's fuzz checker cannot tell k·n from n² at the sizes it
 * tries (it "attacks" four of them). The list may only shrink: a new pattern the checker cannot decide is rewritten
 * until it can.
 */
import { check } from 'recheck';
import { ANSWER_TOPICS, PROBES, STATEMENTS } from '../../../src/core/knowledge';
import { READ_AS_ANSWER_PATTERNS } from '../../../src/core/conversation/read-as-answer';
import { SAYS_PATTERNS } from '../../../src/core/says';
import { relax } from '../../helpers/regex-relax';

function answerWords(): string[] {
  const all = new Set<string>(Object.values(ANSWER_TOPICS));
  for (const p of PROBES) if (p.kind === 'question') for (const c of p.choices) for (const s of [...(c.say ?? []), ...(c.sayWhenAsked ?? []), ...(c.sayUnless ?? []), ...(c.outranks?.when ?? [])]) all.add(s);
  for (const st of STATEMENTS) for (const s of [...st.say, ...(st.sayUnless ?? [])]) all.add(s);
  // The readers' own regexes run on the same sentences (checked with 'i', which only widens them).
  for (const re of [...READ_AS_ANSWER_PATTERNS, ...SAYS_PATTERNS]) all.add(re.source);
  return [...all];
}

const UNDECIDED = new Set<string>([
  // Gathered at the mend of stop 30 (they were in no checked list before): not decided in 60 s at load 15. An issuer's
  // `outranks.when` words (a bounded run of words, like `assuming … roles?` below) and read-as-answer.ts VARIABLE_NOT_SET (a
  // bounded gap). Stop 31 took read-as-answer.ts ASKS_WHETHER (a lookahead the checker cannot read) and CODE_LINE off this
  // list: each is now regexes the checker proves (read-as-answer-readers.test.ts shows they read every sentence the same).
  String.raw`\bassum(e|es|ed|ing)[-_ ]+(an? |the |that |this |my |our )?([\w-]+ ){0,3}roles?\b`,
  String.raw`\bAWS_\w+\b[^.]{0,40}\b(?:not|never|isn'?t|wasn'?t|aren'?t|weren'?t)\b(?:\s+\w+){0,2}\s+(?:set|found|present|defined|read|passed|forwarded|given)\b`,
  // Proved safe at load 11 and 20, timed out at 60 s at load 28.
  '\\b(w/o|without|missing|no|forgot|forgot to (set|pass|send)|never (set|passed|sent))\\s+(the\\s+|a\\s+)?(aws_)?(session|security)[ _-]?token',
  '\\b(cli|aws-?cli|awscli|kubectl|console|sdk|terraform|boto3?|get-caller-identity|aws (s3|sts|ec2|iam) [\\w-]+)\\b[^.]{0,30}\\b(work(s|ed)( just)? (fine|normally|ok|okay|well|perfectly)|(it\'?s|is) (ok|okay|fine))\\b(?![^.]{0,40}\\b(until|till|before|previously|but)\\b)',
  '\\barn:aws[\\w-]*:[\\w-]+:[\\w-]*:(\\d{12}):.{1,300}\\barn:aws[\\w-]*:[\\w-]+:[\\w-]*:(?!\\1:)\\d{12}:',
  '\\bnot (the |my |our )(right |correct |intended |(?!same\\b)[\\w-]+ )?(identity|user|role|account|profile)\\b(?!\\s{1,9}(owner|admin\\w{0,20}|id|number|holder)\\b)',
  '\\b(other|another|several|many)\\b[^.]{0,60}\\bsuccessfully (call|access|connect|authenticat|reach|upload|deploy|us|read|writ)\\w*',
  '\\b(i|we) can (access|list|read|reach|upload|download|connect( to)?|call|use|see)\\b[^.]{0,40}\\b(from|with|using|via|on|in) (the |my |our |a )?(cli|aws-?cli|awscli|console|laptop|local machine|terminal|shell|boto3?|sdk|another [\\w-]+|other [\\w-]+)\\b',
  '\\bassuming (an? |the |that |this )?([\\w-]+ ){0,3}roles?\\b',
  '\\b(credentials|creds|keys?)\\b[^.]{0,40}\\b(in|from|into) (my |the |our |an? )?`?(application|app|appsettings|settings|config)[\\w-]*\\.(ya?ml|properties|json|conf|ini|toml)\\b',
  '\\bannotat\\w*\\b.{0,40}\\b(pods?|deployments?|service ?accounts?|namespaces?)\\b',
  '\\bclock\\b.{0,30}\\b(slow|fast|out of sync|\\d+ ?(minutes?|mins?|hours?)( slow| fast| behind| ahead| off)?)\\b',
  '\\b(not|isn\'?t|wasn\'?t|aren\'?t|weren\'?t|never) (\\w+ )?(in sync|synced|synchroni[sz]ed|correct(ly)?|right|accurate(ly)?)\\b',
  '\\bcopy ?-?past\\w*\\b.{0,30}\\b(keys?|secrets?|credentials|creds|from (the )?(docs|documentation|console|e-?mail|chat|pdf|wiki))\\b',
  '\\barn:aws[\\w-]*:[\\w-]+:[\\w-]*:(\\d{12}):.{1,300}\\barn:aws[\\w-]*:[\\w-]+:[\\w-]*:\\1:',
  '\\b(newline|new line|line ?break|carriage return|trailing (space|whitespace|newline)|leading (space|whitespace)|extra (space|whitespace|newline)|whitespace|invisible char\\w*|hidden char\\w*)\\b.{0,60}\\b(access ?key|secret|key id|credentials?|token)',
  '\\b(special char\\w*|plus sign|slash(es)?)\\b.{0,40}\\bsecret( access)?( key)?\\b',
  '\\b(it\'?s|that\'?s|is|was|using|uses|in) the (\\w+[- ])?(dev|prod|staging|test|sandbox|ops|shared|security|audit|tools|management|master|wrong)\\b[- ]?account\\b',
  '\\b(lives|is|sits|are|belongs?) (in|to) (the |an)?(other|another|different|\\w+) (aws )?account\\b',
]);

describe('answer words: regex safety', () => {
  it('when the answer words are gathered, then every question and statement contributes', () => {
    expect(answerWords().length).toBeGreaterThan(350);
  });

  it('when the undecided list is read, then every entry is still an answer word (the list may only shrink)', () => {
    // An entry whose pattern was rewritten or removed no longer names anything: it would only let a later pattern of the
    // same text skip the check unseen.
    const words = new Set(answerWords());
    expect([...UNDECIDED].filter((u) => !words.has(u))).toEqual([]);
  });

  it('when each answer word pattern is checked with recheck, then every one is proved safe but the listed undecided ones', async () => {
    const failed: string[] = [];
    for (const src of answerWords()) {
      const r = relax(src, 'i');
      if (UNDECIDED.has(src)) continue;
      for (const s of [r.source, ...r.bodies]) {
        // 60 s is headroom for a loaded machine (at load 27 one pattern proved in under 30 s at load 11 timed out).
        const proof = await check(s, 'i', { checker: 'automaton', timeout: 60_000 });
        if (proof.status !== 'safe') failed.push(`${proof.status}${proof.status === 'unknown' ? ` (${proof.error.kind})` : ''}: ${JSON.stringify(src)}`);
      }
    }
    expect(failed).toEqual([]);
  }, 1_800_000);
});
