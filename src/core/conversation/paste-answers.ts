/**
 * What a paste shows that a question would ask, where diagnose reports no fact for it: a masked key
 * id's prefix, how the credentials got in (an SSO or assume-role profile, a web-identity error, a
 * credentials file), where the call ran (a CI workspace, a Windows user profile, a Lambda task
 * directory, a pod's service-account token), a clock-offset error, a LocalStack endpoint or GovCloud
 * named beside the error. Such a question is not asked; the paste stays evidence, never an answer
 * (no answer is recorded). Each shape cites a public thread where a reporter pasted it.
 */

import { RUNTIME_KINDS, markersFor } from '../extract/runtimes';

export interface ShownAnswer {
  probe: string;
  /** The choice the paste shows, when it shows one choice only (for the log and tests; the belief reads the paste through diagnose). */
  choice?: string;
}

interface Shape {
  probe: string;
  choice: string;
  re: RegExp;
}

/** Masked after the prefix: `AKIA****`, `ASIA2BXO…`, `ASIA[REDACTED]`, or cut before it ends: `"AKI...."` (aws/aws-sdk-java#2313). */
const MASKED_PREFIX = /(?<![A-Za-z0-9])(?:(AKIA|ASIA)[A-Z0-9]{0,12}(?:\*{2,}|\.{2,}|…|[xX#]{4,}|\[(?:[Rr]edacted|REDACTED|[Mm]asked|MASKED|[Hh]idden|HIDDEN)[^\]\n]{0,20}\]|<(?:[Rr]edacted|REDACTED|[Mm]asked|MASKED)>)|A(K|S)I(?:\.{2,}|…|\*{2,}))/g;

const SHAPES: Shape[] = [
  // Session token: the SDK credential class in the pasted code says whether one is passed
  // (BasicSessionCredentials, aws/aws-sdk-java#2313; AwsSessionCredentials.create, aws/aws-sdk-java-v2#2067;
  // new BasicAWSCredentials(accessKey, secretKey), aws/aws-encryption-sdk-java#9).
  { probe: 'session-token', choice: 'yes', re: /\b(?:BasicSessionCredentials|AwsSessionCredentials|SessionAWSCredentials)\s*(?:\(|\.create\s*\()/ },
  { probe: 'session-token', choice: 'no', re: /\b(?:BasicAWSCredentials|AwsBasicCredentials)\s*(?:\(|\.create\s*\()/ },

  // Sign-in: SSO profiles and errors (ryansonshine/aws-sso-creds-helper#59), assume-role profiles (aws/aws-cli#7794),
  // web identity (kubernetes-sigs/aws-load-balancer-controller#1935, aws/aws-sdk-js#2848), OIDC in GitHub Actions
  // (aws-actions/configure-aws-credentials#743), IRSA annotations (aws/aws-node-termination-handler#373),
  // the ECS credentials endpoint (aws/aws-sdk-php-laravel#176), a credentials file or `aws configure`'s prompts (aws/aws-cli#3375).
  { probe: 'sign-in', choice: 'sso', re: /^\s*sso_(?:start_url|session|account_id|role_name)\s*=|\bSSO session\b[^\n]{0,80}\b(?:expired|invalid)|\bError loading SSO Token\b|\bToken has expired and refresh failed\b/im },
  { probe: 'sign-in', choice: 'assume-role', re: /^\s*(?:role_arn|source_profile|credential_source|credential_process)\s*=/m },
  {
    probe: 'sign-in',
    choice: 'role',
    re: /\bWebIdentityErr\b|\bAssumeRoleWithWebIdentity\b|\bAWS_WEB_IDENTITY_TOKEN_FILE\b|\brole-to-assume\s*:\s*\S|\bTokenFileWebIdentityCredentials\b|\beks\.amazonaws\.com\/role-arn\b|\bAWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI\b|\bEcsCredentialProvider\b|\bError retrieving credentials? from ECS\b/,
  },
  // Keys handed to a CI step as its inputs (CircleCI-Public/aws-ecr-orb#49, aws-actions/configure-aws-credentials#131) or to docker run -e.
  { probe: 'sign-in', choice: 'env', re: /\baws-access-key-id\s*:\s*\S|(?:\s-e\s+|--env\s+)AWS_ACCESS_KEY_ID\b/ },
  { probe: 'sign-in', choice: 'file', re: /^\s*\[(?:default|profile [\w.-]+|[\w.-]+)\]\s*\n(?:[^\n]*\n){0,3}?\s*aws_access_key_id\s*=|\bAWS Access Key ID \[[^\]\n]{0,40}\]:/m },

  // Runtime: paths and variables only that place has (the runtimes' `shown` markers, extract/runtimes.ts).
  ...markersFor('shown').map((m) => ({ probe: 'runtime', choice: RUNTIME_KINDS[m.runtime].answer, re: m.re })),

  // Clock: errors that carry the offset itself.
  { probe: 'clock', choice: 'off', re: /\bRequestTimeTooSkewed\b|\bdifference between the request time and the (?:current|server) time is too large\b|\bSignature not yet current\b|\bSignature expired:\s*\d{8}T\d{6}Z is now earlier than\b/i },

  // Region opt-in status as the CLI prints it: `aws account get-region-opt-status` ("RegionOptStatus": ENABLED | ENABLING |
  // DISABLING | DISABLED | ENABLED_BY_DEFAULT, AWS Account Management API reference, GetRegionOptStatus) and
  // `aws ec2 describe-regions --all-regions` ("OptInStatus": opted-in | not-opted-in | opt-in-not-required, EC2 API reference, Region).
  { probe: 'region-enabled', choice: 'enabled', re: /["']?RegionOptStatus["']?\s*[:=]\s*["']?ENABLED(?:_BY_DEFAULT)?\b|["']?OptInStatus["']?\s*[:=]\s*["']?(?:opted-in|opt-in-not-required)\b/ },
  { probe: 'region-enabled', choice: 'disabled', re: /["']?RegionOptStatus["']?\s*[:=]\s*["']?(?:DISABLED|DISABLING|ENABLING)\b|["']?OptInStatus["']?\s*[:=]\s*["']?not-opted-in\b/ },

  // Target: LocalStack as an endpoint or a running thing.
  { probe: 'target', choice: 'local', re: /\b(?:localhost|127\.0\.0\.1|localstack|host\.docker\.internal)(?::4566|:4510)\b|localhost\.localstack\.cloud|\bhttps?:\/\/localstack\b|\blocalstack\/localstack\b|\bLOCALSTACK_[A-Z_]+\b|\b(?:awslocal|tflocal|cdklocal|samlocal)\b/i },
];

/** Named beside the error ("… is invalid (govcloud)", aws/aws-sdk-js-v3#5755; "we test against LocalStack"), not negated or asked. */
const TARGET_WORDS: Array<{ choice: string; re: RegExp }> = [
  { choice: 'local', re: /\blocalstack\b/i },
  { choice: 'other-partition', re: /\bgov ?cloud\b|\baws china\b|\bchina regions?\b/i },
];
const NEGATED = /\b(?:not|no|never|without|nor|neither|instead of|rather than)\b|n't\b/i;

function targetWords(text: string, found: Map<string, Set<string>>): void {
  for (const clause of text.split(/[.;!\n]|,\s*(?:but|and)\b/)) {
    for (const w of TARGET_WORDS) {
      const m = w.re.exec(clause);
      if (m && !NEGATED.test(clause.slice(0, m.index)) && !clause.slice(m.index).includes('?')) add(found, 'target', w.choice);
    }
  }
}

/**
 * A block (no blank line or section header inside) that sets the key id and the secret and names no
 * token: the token is not set, wherever the lines start ("Any idea? aws_access_key_id = ASIA…").
 */
function keysWithoutToken(text: string): boolean {
  for (const block of text.split(/\n[ \t]*\n|\n(?=[ \t]*\[[\w .-]+\][ \t]*$)/m)) {
    if (/token/i.test(block)) continue;
    if (/\baws_access_key_id\b["']?[ \t]*[=:]|\bAWS_ACCESS_KEY_ID\b["']?[ \t]*[=:]|"AccessKeyId"\s*:/i.test(block) && /\baws_secret_access_key\b["']?[ \t]*[=:]|\bAWS_SECRET_ACCESS_KEY\b["']?[ \t]*[=:]|"SecretAccessKey"\s*:/i.test(block)) return true;
  }
  return false;
}

function add(found: Map<string, Set<string>>, probe: string, choice: string): void {
  const set = found.get(probe) ?? new Set<string>();
  set.add(choice);
  found.set(probe, set);
}

const MAX_READ = 200_000;

/** The questions a paste answers by what it shows (a choice only where it shows exactly one). */
export function answersShownIn(raw: string): ShownAnswer[] {
  const text = raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw;
  const found = new Map<string, Set<string>>();
  for (const m of text.matchAll(MASKED_PREFIX)) add(found, 'key-prefix', (m[1] ?? (m[2] === 'K' ? 'AKIA' : 'ASIA')).toLowerCase());
  for (const s of SHAPES) if (s.re.test(text)) add(found, s.probe, s.choice);
  if (keysWithoutToken(text)) add(found, 'session-token', 'no');
  targetWords(text, found);
  return [...found].map(([probe, choices]) => (choices.size === 1 ? { probe, choice: [...choices][0]! } : { probe }));
}
