/**
 * Region, endpoint host, partition and LocalStack/mock signals; account ids from ARNs.
 */
import { liveFilter, wordGate } from './anchors';
import { addAccount, addSignal, setFact } from './draft';
import type { Extractor } from './types';
import { allMatches } from '../all-matches';

/** Regions launched after March 2019 are disabled until an administrator opts the account in. */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
  'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6',
  'ap-southeast-7', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1',
]);

const REGION = /\b((?:us-gov|us-iso|us-isob|eu-isoe|us-isof|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}|eusc-de-east-1)\b/g;
const HOST = /(?<![a-z0-9.-])((?:[a-z0-9-]{1,63}\.){1,6}amazonaws\.(?:com(?:\.cn)?|eu))\b/g;
const LOCALSTACK = /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|localstack)(?::(\d{2,5}))?/gi;
const ARN = /\barn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):([a-z0-9-]{1,30}):([a-z0-9-]{0,20}):(\d{12})?:([^\s"',)]{0,200})/g;
const EXPLICIT_REGION = /(?:--region[ =]|\bregion\s{0,4}[=:]\s{0,4}["']?|"region"\s{0,3}:\s{0,3}"|Region:\s{0,3}|aws-region:\s{0,4})((?:[a-z]{2}|us-gov)-[a-z]{4,10}-\d{1,2})\b/i;
const REGION_TAIL = /(?:st|th|al)-\d/;
const LOCAL_WORDS = /localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker|localstack/i;
const SIGNING_SCOPE = /\/\d{8}\/([a-z]{2}(?:-[a-z]{2,10}){1,2}-\d{1,2})\/([a-z0-9-]{2,30})\/aws4_request/;

export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  if (region.startsWith('eusc-')) return 'aws-eusc';
  return 'aws';
}

/** sts.us-east-1.amazonaws.com → {service: sts, region: us-east-1}; bucket.s3.amazonaws.com → s3. */
export function parseHost(host: string): { service?: string; region?: string } {
  const parts = host.replace(AWS_DOMAIN, '').split('.');
  const region = parts.find((p) => REGION_NAME.test(p));
  const svc = parts.find((p) => SERVICE_PART.test(p));
  const out: { service?: string; region?: string } = {};
  if (svc) out.service = svc === 'execute-api' ? 'apigateway' : svc;
  if (region) out.region = region;
  return out;
}
/**
 * `<service>.<label>.amazonaws.com` with a label that is no region name (`s3.asd.amazonaws.com`): AWS names its regional
 * endpoints `service.region.amazonaws.com`, so the label is the client's region, and it is none (QA36 F22: a region
 * mistyped in ~/.aws/config, the endpoint then does not resolve). Two labels only: `bucket.s3`, `s3.dualstack.<region>`
 * and `api.ecr.<region>` are other shapes.
 */
const REGION_LABEL = /^[a-z][a-z0-9-]{0,24}$/;
const NOT_REGION_LABELS = new Set(['amazonaws', 'dualstack', 'fips', 'external-1', 'accelerate', 'global']);
/**
 * A documentation template's word left in (`s3.your-region.amazonaws.com`, laravel/framework#11671, a tuning negative of
 * the pastes): an example config never filled in, not a region the client was given.
 */
const TEMPLATE_LABEL = /^(?:your|my|some|example|xx)|region/;
function notARegion(host: string): boolean {
  const parts = host.replace(AWS_DOMAIN, '').split('.');
  return parts.length === 2 && SERVICE_PART.test(parts[0]!) && notARegionValue(parts[1]!) && !NOT_REGION_LABELS.has(parts[1]!);
}

/** A region value that has no region's shape (`asd`): see notARegion. */
export function notARegionValue(value: string): boolean {
  return REGION_LABEL.test(value) && !REGION_NAME.test(value) && !TEMPLATE_LABEL.test(value);
}
/* Compiled once: a regex literal in the callbacks above was a new object for every part of every host. */
const AWS_DOMAIN = /\.amazonaws\.(?:com(?:\.cn)?|eu)$/;
/** A whole region name (us-east-1, us-gov-west-1, eu-central-2, the European Sovereign Cloud's eusc-de-east-1: R37-6), shared with credential-source.ts. */
export const REGION_NAME = /^(?:[a-z]{2}|eusc)(?:-[a-z]{2,10}){1,2}-\d{1,2}$/;
const SERVICE_PART = /^(?:sts|iam|s3|ec2|dynamodb|lambda|sqs|sns|ecr|api\.ecr|logs|ssm|kms|kinesis|cloudformation|sso|oidc|portal\.sso|eks|secretsmanager|execute-api|monitoring|elasticloadbalancing|rds|route53|cognito-idp|cognito-identity|bedrock|bedrock-runtime|sagemaker|athena|glue|states|events|codeartifact)$/;

/**
 * Every region name has a direction word before its number (north-1, east-2, central-1), so dated
 * log lines ("2026-11-21") need no REGION scan.
 */
function mayHoldRegion(line: string): boolean {
  return (line.includes('st-') || line.includes('th-') || line.includes('al-')) && REGION_TAIL.test(line);
}

/** LOCAL_WORDS's words, looked for by the shared literal scan: the regex over the whole text runs only when one is there. */
const localLive = liveFilter([LOCAL_WORDS]);

/** `/egion/i.test(text)`, answered by the shared literal scan (a whole-text regex pass on a long paste). */
const regionWord = wordGate(['egion']);

/** Per-line tests, compiled once (a regex literal inside the line loop is a new object on every line). */
const ENDPOINT_OVERRIDE = /--endpoint-url|endpoint_url|AWS_ENDPOINT_URL/i;
const REGION_WORD = /egion/i;
const TRAILING_PUNCTUATION = /[.:]$/;

export const extractRegionEndpoint: Extractor = (ctx, draft) => {
  let sawRegion = false;
  // Features absent from the whole text need no per-line test.
  const t = ctx.text;
  const has = { host: t.includes('amazonaws'), local: localLive(ctx.lower)[0]! && LOCAL_WORDS.test(t), arn: t.includes('arn:'), scope: t.includes('aws4_request'), region: regionWord(ctx.lower)('egion'), dash: REGION_TAIL.test(t) };
  ctx.lines.forEach((line, i) => {
    // What a line sets here depends on its text alone (sawRegion too): a repeat sets nothing new.
    if (line.length < 5 || ctx.repeats(i)) return;
    const n = i + 1;
    if (has.host && line.includes('amazonaws')) {
      for (const m of allMatches(HOST, line)) {
        const host = m[1]!;
        const parsed = parseHost(host);
        setFact(draft, 'endpoint', host, ctx.loc(n), parsed.service === 'sts' ? 1 : 2);
        if (parsed.region) setFact(draft, 'region', parsed.region, ctx.loc(n), 1);
        else if (notARegion(host)) {
          setFact(draft, 'regionInvalid', host.split('.')[1], ctx.loc(n), 2);
        }
        if (parsed.service) setFact(draft, 'service', parsed.service, ctx.loc(n), 4);
        if (host === 'sts.amazonaws.com') addSignal(draft, 'endpoint.global-sts', ctx.loc(n));
        addSignal(draft, 'endpoint.aws', ctx.loc(n), host);
        if (host.endsWith('.cn')) setFact(draft, 'partition', 'aws-cn', ctx.loc(n), 1);
        if (parsed.service === 'apigateway') addSignal(draft, 'msg.api-gateway', ctx.loc(n));
      }
    }
    if (has.local && LOCAL_WORDS.test(line)) {
      for (const m of allMatches(LOCALSTACK, line)) {
        const port = m[1];
        const isLocalstack = /localstack/i.test(m[0]) || port === '4566' || (port !== undefined && Number(port) >= 4510 && Number(port) <= 4559);
        if (isLocalstack || ENDPOINT_OVERRIDE.test(line)) {
          setFact(draft, 'endpoint', m[0].toLowerCase(), ctx.loc(n), 0);
          addSignal(draft, 'endpoint.localstack', ctx.loc(n), m[0]);
        }
      }
    }
    if (has.arn && line.includes('arn:')) {
      for (const m of allMatches(ARN, line)) {
        const [, partition, service, , account] = m;
        setFact(draft, 'partition', partition!, ctx.loc(n), 3);
        if (partition !== 'aws') addSignal(draft, 'arn.partition-other', ctx.loc(n), partition);
        if (account) {
          addAccount(draft, account);
          if (account === '000000000000') addSignal(draft, 'account.localstack', ctx.loc(n));
        }
        if (service === 'sts' || service === 'iam') setFact(draft, 'arn', m[0].replace(TRAILING_PUNCTUATION, ''), ctx.loc(n), 5);
      }
    }
    const scope = has.scope && line.includes('aws4_request') ? SIGNING_SCOPE.exec(line) : null;
    if (scope) {
      setFact(draft, 'region', scope[1]!, ctx.loc(n), 1);
      setFact(draft, 'service', scope[2]!, ctx.loc(n), 3);
    }
    if (has.region && REGION_WORD.test(line)) {
      const ex = EXPLICIT_REGION.exec(line);
      if (ex) setFact(draft, 'region', ex[1]!.toLowerCase(), ctx.loc(n), 2);
    }
    if (has.dash && mayHoldRegion(line)) {
      for (const m of allMatches(REGION, line)) {
        sawRegion = true;
        setFact(draft, 'region', m[1]!, ctx.loc(n), 6);
        if (OPT_IN_REGIONS.has(m[1]!)) {
          addSignal(draft, 'region.opt-in', ctx.loc(n), m[1]);
          setFact(draft, 'regionTarget', 'opt-in', ctx.loc(n));
        }
        const p = partitionOfRegion(m[1]!);
        if (p !== 'aws') {
          addSignal(draft, 'region.partition-other', ctx.loc(n), p);
          setFact(draft, 'regionTarget', 'other-partition', ctx.loc(n), 4);
        }
      }
    }
  });
  const region = draft.facts.region;
  if (region) {
    setFact(draft, 'partition', partitionOfRegion(region), draft.facts.locations.region, 2);
    if (OPT_IN_REGIONS.has(region)) {
      addSignal(draft, 'region.opt-in', draft.facts.locations.region, region);
      setFact(draft, 'regionTarget', 'opt-in', draft.facts.locations.region);
    }
    if (draft.facts.partition && draft.facts.partition !== 'aws') {
      addSignal(draft, 'region.partition-other', draft.facts.locations.region, draft.facts.partition);
      setFact(draft, 'regionTarget', 'other-partition', draft.facts.locations.region, 4);
    }
  }
  if (!sawRegion && !region) addSignal(draft, 'region.none-seen');
};

export const REGION_ENDPOINT_PATTERNS: RegExp[] = [LOCAL_WORDS, ENDPOINT_OVERRIDE, REGION_WORD, REGION_TAIL, REGION, HOST, LOCALSTACK, ARN, EXPLICIT_REGION, SIGNING_SCOPE, AWS_DOMAIN, REGION_NAME, SERVICE_PART, TRAILING_PUNCTUATION];
