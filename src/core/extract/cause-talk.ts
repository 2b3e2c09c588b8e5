/**
 * A general reading of cause talk: a clause in which the reporter names what went wrong in their own words ("the
 * session token isn't set", "my clock was off", "AWS_PROFILE is ignored", "the bucket is in another account").
 * Not a list of sentences seen before: for each cause a clause must name one of its OBJECTS (session token, clock,
 * region, profile …) and one of its PREDICATES (missing, off, wrong, ignored …) within a few words of each other.
 * The words are those an expert reads in such talk (the real-thread corpora's tuning titles and openings, batches 1–3,
 * made general: every inflection, either order). The clause splitting and the guards are credential-talk.ts's:
 * settled talk ("works now"), how-to questions, requests, tool output; and a clause that clears its topic ("the
 * clock is fine", "not the issue") says nothing. Each reading is a `hint.talk-<cause>` signal: weak evidence the
 * cause rules weigh (rules/cause-talk-weights.ts) and the context ratios learn from counts (context-counts.ts).
 * Not read here: missing credentials, mangled values and deleted keys. Their objects (keys, credentials, users) are
 * in nearly every sentence of a paste, so reading them cost about 5 % of a 4 KB diagnosis, and on the check batches
 * they added nothing over the hints that already read them (context-hints.ts: never-configured, mangled, deleted).
 */
import { CLOCK_OWNERS } from '../clock-owners';
import type { CauseId } from '../taxonomy';
import { ANAPHORA, CLAUSE_BREAK, HOW_TO, IMPERATIVE, MAX_LINE_CHARS, SETTLED, STRONG_TROUBLE, TOOL_MARKS, spans } from './credential-talk';

interface CauseWords {
  cause: CauseId;
  objects: string[];
  predicates: string[];
}

const NOT = String.raw`(?:not|n['’]t|never)`;

/**
 * Before "rotate": what rotates is not an AWS key someone replaced. Temporary credentials rotate on their own
 * (instance-role credentials "are temporary and we rotate them automatically": EC2 User Guide, "Retrieve security
 * credentials from instance metadata"; session and STS credentials expire after their interval), a lifetime that context-hints.ts reads as
 * hint.expired; logs, passwords, certificates and other services' API keys rotate too.
 */
export const NOT_A_KEY_ROTATION = String.raw`(?<!\b(?:instance|role|session|temporary|sts|sso|imds) (?:credentials?|creds|tokens?) |\b(?:tokens?|logs?|api keys?|passwords?|certificates?|certs?) )`;

export const CAUSE_WORDS: CauseWords[] = [
  {
    cause: 'missing-session-token',
    objects: [String.raw`(?:session|security)[ _-]?tokens?`, String.raw`AWS_SESSION_TOKEN`, String.raw`sessionToken`, String.raw`x-amz-security-token`],
    predicates: [
      String.raw`missing`, String.raw`without`, String.raw`forg[eo]t(?:ten)?`, String.raw`omit(?:s|ted|ting)?`, String.raw`lack(?:s|ed|ing)?`, String.raw`empty`, String.raw`null`, String.raw`undefined`,
      String.raw`${NOT} (?:be(?:ing)? )?(?:set|passed|provided|included|sent|supplied|exported|specified|added|forwarded|propagated|read|picked up|used)`,
      String.raw`(?:does|do|did|is|are|was|were)\s?${NOT} (?:set|pass|include|provide|send|add|export|specify|have|contain)\w{0,3}`,
      String.raw`(?:need|needs|needed|require|requires|required)`, String.raw`no`, String.raw`w/o`, String.raw`instead of`,
      String.raw`(?:must|should|to) include`, String.raw`(?:must|should|has to|have to|needs? to) be (?:included|passed|provided|set|sent|supplied|added)`, String.raw`add(?:s|ed|ing)?`,
      String.raw`${NOT} (?:take|taking|taken) into account`, String.raw`${NOT} (?:recogni[sz]\w{1,5}|support\w{0,3}|check\w{0,3}|handl\w{1,3})`,
      String.raw`(?:does|do|did)\s?${NOT} (?:exist|support|check|handle|take|recogni[sz]e)`,
      // A tool that loses the token on the way ("takes the key and secret but drops the session token", "does not look
      // for AWS_SESSION_TOKEN"): batch 20's jenkinsci/jobcacher-plugin#218, conversations batch 13's genomics thread.
      String.raw`drop(?:s|ped|ping)?`, String.raw`strip(?:s|ped|ping)?`, String.raw`ignor(?:e|es|ed|ing)`, String.raw`${NOT} (?:look(?:s|ed|ing)?|search\w{0,3}) for`,
    ],
  },
  {
    cause: 'clock-skew',
    objects: [String.raw`clocks?`, String.raw`(?:${CLOCK_OWNERS}) (?:time|clock|date)`, String.raw`ntp`, String.raw`time ?sync\w{0,6}`, String.raw`timedatectl`, String.raw`hwclock`, String.raw`date and time`, String.raw`the time`],
    predicates: [String.raw`off`, String.raw`wrong`, String.raw`skew(?:ed)?`, String.raw`behind`, String.raw`ahead`, String.raw`out of sync`, String.raw`drift(?:s|ed|ing)?`, String.raw`(?:re)?sync(?:ed|ing|hroni[sz]ed)?`, String.raw`incorrect`, String.raw`fast`, String.raw`slow`, String.raw`${NOT} (?:correct|right|synced|in sync|accurate)`],
  },
  {
    cause: 'region-endpoint',
    // The SigV4 credential scope (date/region/service/aws4_request) names the region and the service a signature is
    // for (@aws-sdk/signature-v4 3.37.0 createScope(shortDate, region, service): "the scope of credentials used to sign
    // a request"), so a scope named wrong is this cause's signing half: "the signature is set for the scope 'runtime.lex' instead of
    // 'lex'" (pplu/aws-sdk-perl#215 b17), a hand-built signer's service name. Not an OAuth scope's value ('openid').
    objects: [String.raw`regions?`, String.raw`endpoints?`, String.raw`AWS_(?:DEFAULT_)?REGION`, String.raw`(?:us|eu|ap|sa|ca|me|af|il|cn|mx)-(?:gov-)?[a-z]{4,9}-\d`,
      String.raw`(?:signing|signature|credential)[ _-]?scopes?`, String.raw`scope ['"\x60](?!(?:openid|email|profile|phone|offline_access|aws\.cognito)\b)[\w.-]{1,40}['"\x60]`],
    predicates: [String.raw`wrong`, String.raw`different`, String.raw`another`, String.raw`other`, String.raw`mismatch(?:ed)?`, String.raw`opt(?:ed)?[- ]?in`, String.raw`${NOT} (?:enabled|activated|opted in|supported|available|match\w{0,3})`, String.raw`disabled`, String.raw`incorrect`, String.raw`instead of`, String.raw`global`, String.raw`optional`, String.raw`fail(?:s|ed|ing)?`, String.raw`(?:does|do|did)\s?${NOT} work`,
      // A region never given: "`Region` is not set via environment variable" (brendanhay/amazonka#612), "the AWS SDK
      // configuration loaded from `~/.aws/config` does not contain a region" (elastic/beats#31014), "complains about region
      // mismatches" (runpod/runpod-python#126). Not "missing": "the bucket in eu-west-1 is missing its policy".
      String.raw`${NOT} (?:set|configured|specified|provided|passed)`, String.raw`(?:does|do|did)\s?${NOT} (?:contain|have|include|specify)`, String.raw`mismatches`],
  },
  {
    cause: 'wrong-profile',
    // "[default]": the section a workaround moves the keys into when the named profile is not the one used.
    objects: [String.raw`AWS_PROFILE`, String.raw`--profile`, String.raw`(?:aws_)?profiles?(?! (?:picture|page|photo|pic)s?\b)`, String.raw`\[default\]`],
    predicates: [
      // Another identity than intended: "the default profile is used instead", "defaulted to the default profile",
      // "picks up default", "not the one I set", and the workaround "make sure you set it as [default]".
      String.raw`instead`, String.raw`default(?:s|ed)? to`, String.raw`(?:picks?|picked|picking) up (?:the |my )?default`,
      String.raw`${NOT} the (?:one|profile) (?:I|we|you)?\s?(?:set|configured|specified|selected|chose|passed|wanted|intended|meant)`,
      String.raw`make sure (?:you |to )?(?:set|put|move|copy|rename)\w{0,3}`, String.raw`only works? (?:with|under|as|if|when)`,
      String.raw`ignor(?:e|es|ed|ing)`, String.raw`${NOT} (?:be(?:ing)? )?(?:used|picked up|respected|honou?red|applied|read|selected|passed)`, String.raw`(?:does|do|did|is|was)\s?${NOT} (?:use|pick|respect|honou?r|apply|read)\w{0,3}`,
      String.raw`wrong`, String.raw`falls? back`, String.raw`fell back`, String.raw`always (?:uses?|used|picks?)`, String.raw`${NOT} (?:exist|found|registered|recogni[sz]ed|matching)`, String.raw`(?:does|do|did)\s?${NOT} (?:exist|recogni[sz]e|match)`, String.raw`empty`, String.raw`blank`, String.raw`(?:uses?|used|using|picks?|picked) (?:the |my )?default`, String.raw`default (?:is |was |gets |got )?(?:always )?used`,
    ],
  },
  {
    cause: 'env-var-override',
    objects: [String.raw`env(?:ironment)?(?: var(?:iable)?s?)?`, String.raw`AWS_ACCESS_KEY_ID`, String.raw`AWS_SECRET_ACCESS_KEY`, String.raw`static (?:access )?keys?`, String.raw`exported (?:keys|credentials)`],
    predicates: [String.raw`overrid(?:e|es|den|ing)`, String.raw`overrode`, String.raw`precedence`, String.raw`priority`, String.raw`still (?:set|there|exported|present|defined)`, String.raw`left ?over`, String.raw`stale`, String.raw`take[ns]? over`, String.raw`win(?:s|ning)?`, String.raw`won`, String.raw`shadow(?:s|ed|ing)?`, String.raw`(?:were|was|are|is) (?:also |already )?(?:set|exported)`, String.raw`cached`, String.raw`from (?:a |an |the )?(?:previous|old|earlier)`],
  },
  {
    cause: 'stale-credentials-after-rotation',
    objects: [String.raw`${NOT_A_KEY_ROTATION}rotat(?:e|ed|ing|ion)`, String.raw`new (?:access )?keys?`, String.raw`regenerat(?:e|ed|ing)`, String.raw`old (?:access )?keys?`, String.raw`previous (?:access )?keys?`],
    predicates: [String.raw`old`, String.raw`still`, String.raw`cached?`, String.raw`stale`, String.raw`previous`, String.raw`${NOT} (?:be(?:ing)? )?(?:updated|picked up|propagated|refreshed|reloaded)`, String.raw`keeps? using`, String.raw`since`, String.raw`after`],
  },
  {
    cause: 'wrong-account-or-partition',
    objects: [String.raw`accounts?(?: ids?)?`, String.raw`partitions?`, String.raw`govcloud`, String.raw`aws-cn`, String.raw`aws-us-gov`, String.raw`china regions?`],
    predicates: [String.raw`another`, String.raw`wrong`, String.raw`different`, String.raw`other`, String.raw`separate`, String.raw`${NOT} the (?:same|right|correct)`, String.raw`belongs? to`, String.raw`mismatch(?:ed)?`, String.raw`china`, String.raw`gov(?:cloud)?`],
  },
  {
    cause: 'role-credentials-unavailable',
    objects: [String.raw`trust (?:policy|relationships?)`, String.raw`irsa`, String.raw`oidc(?: provider| tokens?| auth\w{0,12})?`, String.raw`iam security credentials`, String.raw`web ?identity`, String.raw`instance (?:profile|role|metadata)`, String.raw`service ?accounts?`, String.raw`(?:task|execution|node|pod) roles?`, String.raw`pod identity`, String.raw`imds(?:v[12])?`, String.raw`metadata (?:service|endpoint)`, String.raw`hop ?limit`],
    predicates: [String.raw`can(?:no|['’])?t`, String.raw`unable`, String.raw`${NOT} (?:be(?:ing)? )?(?:assumed|attached|found|available|configured|annotated|mounted|reachable|set up|picked up|used)`, String.raw`fail(?:s|ed|ing)?`, String.raw`missing`, String.raw`wrong`, String.raw`no`, String.raw`without`, String.raw`times? out`, String.raw`timed out`, String.raw`unreachable`, String.raw`miss(?:ed|ing)?`],
  },
  {
    cause: 'authorization-not-authentication',
    objects: [String.raw`permissions?`, String.raw`polic(?:y|ies)`, String.raw`scps?`, String.raw`service control`, String.raw`explicit deny`, String.raw`(?:s3|iam|sts|kms|ec2|ecr|dynamodb|lambda|ssm|secretsmanager|logs):[A-Z]\w{2,40}`],
    predicates: [String.raw`denied`, String.raw`${NOT} (?:allowed|authori[sz]ed|granted|permitted)`, String.raw`lack(?:s|ed|ing)?`, String.raw`missing`, String.raw`insufficient`, String.raw`(?:does|do|did)\s?${NOT} (?:have|allow|grant|include)`, String.raw`no`, String.raw`deny`, String.raw`(?:is|are|was|were) (?:too |very )?limited`, String.raw`(?:too )?restrict(?:ed|ive)`],
  },
  {
    cause: 'temporary-credentials-expired',
    objects: [String.raw`(?:session|security|sso|sts|temporary|access) ?(?:tokens?|credentials|creds|sessions?)`, String.raw`tokens?`, String.raw`sessions?`, String.raw`temporary (?:keys|credentials)`],
    predicates: [String.raw`expired`, String.raw`expir(?:e|es|ing) (?:after|in|every|within|too|early|mid)`, String.raw`(?:ran|runs?|running) out`, String.raw`after (?:an?|one|\d{1,3}) (?:hours?|minutes?)`, String.raw`no longer valid`, String.raw`timed out`],
  },
];

/** A clause that clears its topic: "the clock is fine", "region is correct", "that is not the issue". */
const CLEARED = /\b(?:is|are|was|were|seems?|looks?)\s{1,3}(?:all\s{1,3})?(?:fine|ok(?:ay)?|correct|right|good|synced|in sync|accurate|set correctly)\b|\bnot (?:the |an? )?(?:issue|problem|cause|culprit)\b|\b(?:rul(?:e|ed)|ruling) out\b/i;
/** A tool's message, not the reporter's words: "Awsume error: Invalid profile [dev] Missing keys …" (and what follows "I get this error:"). */
const ERROR_LABEL = /\b(?:error|exception|fatal)\s?:\s/i;
const REGION_NAME = String.raw`(?:us|eu|ap|sa|ca|me|af|il|cn|mx)-(?:gov-)?[a-z]{4,9}-\d`;
const WORKS = String.raw`(?:works?|worked|working|succeeds?|succeeded)(?: (?:fine|ok(?:ay)?|well|perfectly|great|as expected))?`;
/** Works in another region: "works fine in eu-west-1", "in region 'eu-west-1' this works fine", "works in other regions". */
const WORKS_ELSEWHERE = new RegExp(
  String.raw`\b${WORKS}\b[^.]{0,30}\b(?:in|on|for|with|from|against)\s(?:the\s|region\s)?['"]?(?:${REGION_NAME}|(?:other|another|different|all other|any other)\sregions?)\b|\b(?:${REGION_NAME}|(?:other|another|different)\sregions?)\b['"]?[^.]{0,40}\b${WORKS}\b`,
  'i',
);
/** It works since something was changed: settled talk after all. */
const AFTER_CHANGE = /\b(?:now|again|after|since|once|fixed|solved|resolved|thanks?)\b/i;
/** An object and its predicate stand this close or closer. */
const MAX_GAP_CHARS = 50;

const compile = (words: string[]): RegExp => new RegExp(String.raw`(?:^|[^\w-])(?:${words.join('|')})(?![\w-])`, 'gi');
const READERS = CAUSE_WORDS.map((w) => {
  const object = compile(w.objects);
  const predicate = compile(w.predicates);
  // Non-global twins: a test that allocates nothing, before the spans are collected.
  return { cause: w.cause, object, predicate, hasObject: new RegExp(object.source, 'i'), hasPredicate: new RegExp(predicate.source, 'i') };
});
/** One cheap look: a line that names none of the objects says nothing here. */
const ANY_OBJECT = new RegExp(compile(CAUSE_WORDS.flatMap((w) => w.objects)).source, 'i');

function near(a: Array<[number, number]>, b: Array<[number, number]>): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => (s2 >= e1 ? s2 - e1 : s1 - e2) <= MAX_GAP_CHARS && !(s2 < e1 && e2 > s1)));
}

/** The causes a line of prose talks about, in its own words (an empty list for most lines). */
export function causeTalk(line: string): CauseId[] {
  const head = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
  const text = head.includes('`') ? head.replace(/`/g, '') : head;
  if (!ANY_OBJECT.test(text) || TOOL_MARKS.test(text) || ERROR_LABEL.test(text)) return [];
  const out: CauseId[] = [];
  let previous = '';
  for (const part of text.split(CLAUSE_BREAK)) {
    const clause = ANAPHORA.test(part) ? `${previous} ${part}` : part;
    previous = part;
    if (clause.length < 8) continue;
    // "works fine in eu-west-1" beside a failure is no settled talk: it says the keys are right and the region differs.
    // Not when it works since a change ("works fine now", "again", "after …").
    if (WORKS_ELSEWHERE.test(clause) && !AFTER_CHANGE.test(clause) && !out.includes('region-endpoint')) out.push('region-endpoint');
    if (SETTLED.test(part) || CLEARED.test(part)) continue;
    if ((HOW_TO.test(clause) && !STRONG_TROUBLE.test(clause)) || IMPERATIVE.test(part)) continue;
    for (const r of READERS) {
      if (out.includes(r.cause) || !r.hasObject.test(clause) || !r.hasPredicate.test(clause)) continue;
      const objects = spans(r.object, clause);
      if (objects.length > 0 && near(objects, spans(r.predicate, clause))) out.push(r.cause);
    }
  }
  return out;
}

export const CAUSE_TALK_PATTERNS: RegExp[] = [CLEARED, ERROR_LABEL, WORKS_ELSEWHERE, AFTER_CHANGE, ANY_OBJECT, ...READERS.flatMap((r) => [r.object, r.predicate, r.hasObject, r.hasPredicate])];
