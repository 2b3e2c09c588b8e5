/**
 * Every regex of `src/` is checked with recheck's automaton checker, which decides exactly whether matching can take
 * super-linear time. Unknown (timeout) counts as failure. What is checked is found, not listed by hand
 * (test/helpers/src-regexes.ts): every regex literal in `src/`, every regex `src/core` builds while it loads, and the
 * exported lists (ALL_PATTERNS: regexes built from data in a function). A function that builds a regex when it runs is
 * in BUILT_WHEN_RUN, with why what it builds is checked; a new one fails the test until it is added there.
 * The answer words (test/helpers/answer-words.ts) are left to answer-words-regex-safety.test.ts.
 * Lookarounds the checker cannot read and backreferences are checked through their relaxation (test/helpers/regex-relax.ts),
 * which can only take longer.
 */
import { check } from 'recheck';
import { ALL_PATTERNS } from '../../../src/core/patterns';
import { ROLE_DELIVERY_WORDS } from '../../../src/core/conversation/role-delivery-words';
import { PASTE_READING_PATTERNS } from '../../../src/core/conversation/paste-readings';
import * as knowledge from '../../../src/core/knowledge';
import { OPT_IN_REGION } from '../../../src/core/knowledge/regions';
import { TOKEN_EXPIRY } from '../../../src/core/conversation/description';
import { answerWords, checked } from '../../helpers/answer-words';
import { relax } from '../../helpers/regex-relax';
import { proofs, writing } from '../../helpers/regex-proofs';
import { builtAtLoad, scanSrc } from '../../helpers/src-regexes';

/**
 * The functions of `src/` that build a regex when they run, and why what they build is checked (by the source as the
 * call is written, so that a second call in the same file is a new entry).
 */
const BUILT_WHEN_RUN: Record<string, string> = {
  'core/rules/catalogue/sdk-cpp.ts: new RegExp(String.raw`\\bAWS_AUTH_(?:${names})\\b|\\b(?:${texts})`)': "built while the module loads (crtProvider: fixed error names and escaped messages in one alternation): the load recorder checks each",
  'core/rules/catalogue/service-models.ts: new RegExp(`\\\\b${code}\\\\b`)': 'built while the module loads (ssoAnswer: a fixed exception name between word boundaries): the load recorder checks each',
  'adapters/slack/action-listener.ts: new RegExp(`^${ACTION_PREFIX}`)': 'a constant prefix, anchored: no repetition',
  "adapters/slack/paste-listener.ts: new RegExp(`<@${botUserId}(\\\\|[^>]*)?>\\\\s*`, 'g')": "the bot's user id from Slack (config.ts checks its shape, /^[UW][A-Z0-9]+$/) between fixed parts",
  "adapters/slack/slack-text.ts: new RegExp(`[\\\\s\\\\S]{1,${budget}}`, 'g')": 'one bounded class repeat: each match ends at budget or the text\'s end',
  "core/conversation/description.ts: new RegExp(`\\\\b${code}\\\\b`, 'g')": 'an error code diagnose read (letters, digits) between word boundaries: no repetition',
  "core/conversation/interpreter.ts: new RegExp(doubt.source, 'gi')": 'DOUBT with other flags: DOUBT is in INTERPRETER_PATTERNS',
  "core/conversation/read-as-answer.ts: new RegExp(src, 'i')": 'answer words, checked by answer-words-regex-safety.test.ts',
  'core/conversation/replies.ts: new RegExp(OPT_IN_REGION)': "OPT_IN_REGION, a fact test's `matches`: gathered by factTests below",
  'core/conversation/verification.ts: new RegExp(`"${name}"\\\\s*:\\\\s*"(${value})"`)': 'JSON_FIELD, called at load: recorded while src/core loads',
  "core/extract/anchors.ts: new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)": "a checked pattern with 'g' added (the checker ignores 'g')",
  "core/extract/cause-talk.ts: new RegExp(String.raw`(?:^|[^\\w-])(?:${words.join('|')})(?![\\w-])`, 'gi')": 'compiled at load from the cause words: recorded while src/core loads',
  "core/extract/cause-talk.ts: new RegExp(object.source, 'i')": 'a checked pattern with the g flag dropped',
  "core/extract/cause-talk.ts: new RegExp(predicate.source, 'i')": 'a checked pattern with the g flag dropped',
  "core/extract/context-hints.ts: new RegExp(re.source, `${re.flags.replace('g', '')}g`)": "a checked pattern with 'g' added",
  "core/extract/context-hints.ts: new RegExp(SIGNING_VERSION.source, 'gi')": "SIGNING_VERSION, a literal, with 'g' and 'i' (checked with both)",
  "core/extract/context-hints.ts: new RegExp(h.re.source, `${h.re.flags}g`)": "a checked pattern with 'g' added",
  "core/extract/prose-report.ts: new RegExp(String.raw`\\b(?:fail(?:ed|s|ure)?|unable|could ?not|couldn['’]t|cannot|can['’]t)\\b(?: to)? (?:${verbs})\\b[^.]{0,30}\\bcredentials\\b`, 'i')": 'credentialsNot, called at load: recorded while src/core loads',
  "core/extract/sdk-env-names.ts: new RegExp(String.raw`\\b(?:get|getenv)\\(\\s{0,3}[\"']${name}[\"']|\\benviron/${name}\\b|\\benv\\.${name}\\b`)": 'built at load from two fixed names (AWS_PROFILE_NAME, AWS_REGION_NAME): in SDK_ENV_NAME_PATTERNS',
  "core/extract/shown-answers.ts: new RegExp(re.source, `${re.flags}g`)": "a checked pattern with 'g' added",
  "core/extract/shown-answers.ts: new RegExp(w.say, 'i')": 'answer words, checked by answer-words-regex-safety.test.ts',
  "core/extract/tool.ts: new RegExp(p.re.source, `${p.re.flags.replace('g', '')}m`)": 'called at load: recorded while src/core loads',
  "core/near.ts: new RegExp(source, 'iy')": 'a near form\'s parts, each checked anchored by answer-words-regex-safety.test.ts',
  "core/near.ts: new RegExp(n.first, 'gi')": "a near form's first part, checked by answer-words-regex-safety.test.ts",
  "core/rules/fact-values.ts: new RegExp(t.matches, 'i')": "the knowledge's fact tests (`matches`), gathered by factTests below",
  "core/says.ts: new RegExp(p, 'i')": 'answer words, checked by answer-words-regex-safety.test.ts',
  "core/says.ts: new RegExp(p, 'gi')": 'answer words, checked by answer-words-regex-safety.test.ts',
};

/** Every fact test's `matches` in the knowledge (probes, fact signals, playbooks), a regex source run with 'i' and without. */
function factTests(): Array<{ source: string; flags: string }> {
  const out: Array<{ source: string; flags: string }> = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.fact === 'string' && typeof o.matches === 'string') out.push({ source: o.matches, flags: 'i' }, { source: o.matches, flags: '' });
    for (const x of Object.values(o)) walk(x);
  };
  walk(knowledge);
  return out;
}

/**
 * PENDING: regexes the checker did not prove when this test began to read every literal of `src/` (stop 33; before, they
 * were in no exported list, so nothing checked them), each with the file that holds it (a file, not a line: a line moves
 * with every edit above it; the test checks the file). The list may only shrink: a new pattern
 * the checker cannot prove is rewritten until it can. What they are:
 * - "vulnerable", on text awskey does not take from people or reads anchored: an AWS XML response
 *   (access-keys-xml.ts, sdk-send-path.ts), awskey's own replies rendered for Slack (render-blocks.ts, slack-text.ts);
 * - "vulnerable" through the relaxation only: key-id.ts's trailing marks are tried only after a letter or digit (the
 *   lookbehind the relaxation drops), so a run of marks is tried from one place;
 * - "vulnerable" on pasted text, to rewrite: read-as-answer.ts CALL (`(?:…\s+)*` of options);
 * - "unknown" (30 s at load 14 not enough, or a lookahead with an unbounded body): chat-input.ts's paste shape,
 *   egress.ts's cut marks, context-hints.ts's SSO configuration line, accounts.ts's role ARN ({1,512}), and the
 *   get-caller-identity readers of verification.ts (their counted repeats, {8,32} and {1,200}).
 */
const PENDING: Record<string, string> = {
  "/<ListAccessKeysResult>([\\s\\S]*)<\\/ListAccessKeysResult>": 'adapters/aws/access-keys-xml.ts',
  "/<ResponseMetadata>[\\s\\S]*?<\\/ResponseMetadata>": 'adapters/aws/sdk-send-path.ts',
  "/^\\s*(<[A-Za-z?!/][^>]{0,80}>|[a-z_]{1,40}(?:\\s+\"[^\"]{1,80}\"){1,2}\\s*\\{|[A-Za-z]\\w{0,40}\\s{0,4}=\\s{0,4}\"|-\\s+[A-Za-z_]\\w{0,40}\\s{0,4}:|(?:set\\s+-[a-zA-Z]{1,4}|setenv)\\s+\\w+\\s|An error occurred|aws: \\[ERROR\\]|Traceback|botocore\\.|Error:|NAME\\s|Name\\s|profile\\s|access_key\\s|[{}[\\]]|AWS_[A-Z_]+=|(?:export|set)\\s+[A-Za-z_]\\w{0,80}=|[A-Za-z][A-Za-z0-9]{0,40}_\\w{0,80}\\s{0,4}[=:]|\"\\w{1,80}\"\\s{0,4}:|AWS [A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+ \\[|[$#] \\S|PS [A-Z]:\\\\|at \\S|File \"|\\d{4}-\\d\\d-\\d\\d|\\[?\\d\\d:\\d\\d:\\d\\d|(DEBUG|INFO|WARN(ING)?|ERROR|TRACE)\\b)|[A-Za-z]+(Exception|Error):": 'adapters/cli/chat-input.ts',
  "m/^(\\s*)[-*]\\s+": 'adapters/slack/render-blocks.ts',
  "m/^\\s*\\|(?:\\s*:?-{3,}:?\\s*\\|)+\\s*\\n?": 'adapters/slack/render-blocks.ts',
  "m/^\\s*\\|.*\\|\\s*$": 'adapters/slack/render-blocks.ts',
  "/<(https?:\\/\\/[^|>]+)\\|([^>]+)>": 'adapters/slack/slack-text.ts',
  "/<(https?:\\/\\/[^>]+)>": 'adapters/slack/slack-text.ts',
  "/<mailto:[^|>]+\\|([^>]+)>": 'adapters/slack/slack-text.ts',
  "/\\baws\\s+(?:-{1,2}\\w[\\w-]*(?:[ =]\\w[\\w.-]*)?\\s+)*(?:ec2|eks|ecs|lambda|ecr)\\s+(?:[a-z]+-[a-z-]+|([a-z]+))": 'core/conversation/read-as-answer.ts',
  "/\\s+|-----[A-Z ]{1,60}-----": 'core/egress.ts',
  "/(?<=[A-Za-z0-9.])[)>\\],;:!?]+$": 'core/key-id.ts',
  "/^arn:(aws|aws-cn|aws-us-gov|aws-iso[a-z-]*|aws-eusc):iam::(\\d{12}):role\\/[\\w+=,.@/-]{1,512}$": 'core/lookup/accounts.ts',
  "/\"UserId\"\\s*:\\s*\"([A-Z0-9]{8,32}(?::[\\w+=,.@-]{1,128})?)\"": 'core/conversation/verification.ts',
  "/\"Arn\"\\s*:\\s*\"(arn:aws[\\w-]*:(?:iam|sts)::\\d{12}:[\\w+=,.@/-]{1,200})\"": 'core/conversation/verification.ts',
  "m/^\\s*(\\d{12})\\s+(arn:aws[\\w-]*:(?:iam|sts)::\\d{12}:[\\w+=,.@/-]{1,200})\\s+[A-Z0-9]{8,32}(?::[\\w+=,.@-]{1,128})?\\s*$": 'core/conversation/verification.ts',
  "/\\|\\s*(\\d{12})\\s*\\|\\s*(arn:aws[\\w-]*:(?:iam|sts)::\\d{12}:[\\w+=,.@/-]{1,200})\\s*\\|\\s*[A-Z0-9]{8,32}(?::[\\w+=,.@-]{1,128})?\\s*\\|": 'core/conversation/verification.ts',
};

const key = (re: { source: string; flags: string }) => `${re.flags.replace(/[gd]/g, '')}/${re.source}`;

describe('regex safety', () => {
  const scan = scanSrc();
  // Every module of src/core loaded once more with the RegExp recorder in place: read once, for both tests below.
  const loaded = builtAtLoad();

  it('when the pattern list is gathered, then it covers normalise, redact and every extractor', () => {
    expect(ALL_PATTERNS.length).toBeGreaterThan(150);
    expect(ALL_PATTERNS).toEqual(expect.arrayContaining(PASTE_READING_PATTERNS));
  });

  it('when the pattern list is gathered, then it holds the conversation\'s "can\'t sign in" reader and its role-delivery words (review17 #15)', () => {
    expect(ALL_PATTERNS).toContain(ROLE_DELIVERY_WORDS);
    // The sign-in reader (interpreter.ts CANNOT_SIGN_IN, which replaced the "can't <verb>" list after review17 #10).
    expect(ALL_PATTERNS.some((re) => /can'\?t\|cannot/.test(re.source) && re.test("we can't assume the role") && !re.test("we can't use SSO on the build agents"))).toBe(true);
  });

  it('when src/ is read, then every function that builds a regex when it runs is listed with why what it builds is checked', () => {
    expect([...new Set(scan.builtInFunctions)].sort()).toEqual(Object.keys(BUILT_WHEN_RUN).sort());
  });

  it('when src/ is read, then the near forms are built only where their parts are gathered for the check', () => {
    // probes.ts, statements.ts and read-as-answer.ts: the answer words (answer-words-regex-safety.test.ts); description.ts:
    // TOKEN_EXPIRY, checked here. A new file that builds near forms fails this until its forms are gathered.
    expect(scan.nearBuilders.sort()).toEqual(['core/conversation/description.ts', 'core/conversation/read-as-answer.ts', 'core/knowledge/probes.ts', 'core/knowledge/statements.ts']);
  });

  it('when src/ is read, then its regex literals are found in every layer (the check reaches what no list exports)', () => {
    const files = new Set(scan.literals.map((l) => l.where.split('/')[0]));
    expect([...files].sort()).toEqual(expect.arrayContaining(['adapters', 'core']));
    // FIXED_IT (interpreter.ts) was in no exported list before this test read the source.
    expect(scan.literals.some((l) => l.source.startsWith('\\s(?:fixed|solved)'))).toBe(true);
  });

  it('when the pending list is read, then every entry is still a regex of the file it names (the list may only shrink)', () => {
    const found = new Set([...scan.literals, ...loaded].map((f) => `${f.where.split(':')[0]} ${key(f)}`));
    expect(Object.entries(PENDING).filter(([k, file]) => !found.has(`${file} ${k}`))).toEqual([]);
  });

  it('when the knowledge is read, then its fact tests are found (the regexes fact-values.ts builds from them)', () => {
    expect(factTests().map((t) => t.source)).toContain(OPT_IN_REGION);
  });

  it('when every regex of src/ is checked with recheck, then every one is safe (no exponential or polynomial backtracking)', async () => {
    const words = new Set(answerWords());
    const all = new Map<string, { source: string; flags: string }>();
    for (const re of [...ALL_PATTERNS, ...scan.literals, ...loaded, ...factTests(), ...TOKEN_EXPIRY.flatMap(checked).map((source) => ({ source, flags: 'i' }))]) {
      if (!words.has(re.source) && PENDING[key(re)] === undefined) all.set(key(re), re);
    }
    expect(all.size).toBeGreaterThan(1500);
    // Patterns proven safe before (same source, flags and recheck version) are taken from the record
    // (test/helpers/regex-proofs.ts); every other one is proven now.
    const p = proofs('src');
    const unsafe: string[] = [];
    for (const re of all.values()) {
      const flags = re.flags.replace(/[gd]/g, '');
      const r = relax(re.source, flags);
      for (const s of [r.source, ...r.bodies]) {
        // 120 s per pattern is headroom for a loaded machine, not a pattern's need (the slowest take 5-8 s on a quiet one;
        // 30 s timed out at load 14 in stop 35): a pattern that comes back "unknown" is rewritten until the checker can
        // prove it, not excused.
        const proof = await p.prove(s, flags);
        if (proof.status !== 'safe') unsafe.push(`${proof.status}${proof.detail ? ` (${proof.detail})` : ''}: /${s.slice(0, 120)}/${flags}`);
      }
    }
    p.save();
    expect(unsafe).toEqual([]);
    // The record holds proofs of today's patterns only: a proof of a pattern since rewritten or removed is stale.
    if (!writing) p.expectNoStale();
  }, 1_200_000);

  it('when a known catastrophic pattern is checked the same way, then recheck reports it (the check can fail)', async () => {
    const r = await check('^(a+)+$', '', { checker: 'automaton', timeout: 10_000 });
    expect(r.status).toBe('vulnerable');
  }, 60_000);
});
