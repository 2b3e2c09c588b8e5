/**
 * The typed result of diagnosing one text. Everything here is already redacted:
 * no secret access key or session token may ever be placed in these structures.
 */
import type { CauseId } from './taxonomy';
import type { InputRead } from './input-window';

/** Where in the (normalised) input a fact or signal was found. `excerpt` is redacted and short. */
export interface Location {
  line: number; // 1-based line in the normalised text
  excerpt: string; // at most ~240 characters, redacted, cut at a word (rules/clip-detail.ts)
}

/** Credential source, in the vocabulary of `aws configure list` TYPE column. */
export type CredentialSource =
  | 'env'
  | 'shared-credentials-file'
  | 'config-file'
  | 'assume-role'
  | 'assume-role-with-web-identity'
  | 'sso'
  | 'iam-role'
  | 'container-role'
  | 'custom-process'
  | 'login'
  | 'explicit'
  | 'none';

/** What a key-id prefix says about the credential. */
export type KeyIdKind =
  | 'long-term' // AKIA: IAM user or root access key
  | 'temporary' // ASIA: STS session key, needs a session token
  | 'bearer' // ABIA
  | 'context' // ACCA
  | 'localstack' // LKIA / LSIA
  | 'mock' // short non-AWS ids such as "test"
  | 'user-id' // AIDA (not a credential)
  | 'role-id' // AROA (not a credential)
  | 'unknown';

export interface KeyIdHint {
  prefix: string; // e.g. "AKIA"; "" when only the tail is known (e.g. "****ABCD")
  last4: string | null; // last four characters when known
  kind: KeyIdKind;
  /** Full 20-character id was seen (the id itself is not kept: only prefix + last4 leave the core). */
  complete: boolean;
  /** Account decoded offline from a complete new-format key id. */
  accountId?: string;
  /** Problems with the id's shape (length, lowercase, 0/1/8/9, '/' or '+', quotes, spaces). */
  problems?: string[];
  at?: Location;
}

export interface HiddenCharacter {
  codePoint: string; // "U+200B"
  name: string; // "ZERO WIDTH SPACE"
  at: Location;
  /** In or beside a credential value (a key id, secret, token, a credentials line, an env assignment): only these are a cause. */
  inCredential?: true;
}

export interface Facts {
  tool?: string; // aws-cli, boto3, aws-sdk-js-v3, aws-sdk-go-v2, aws-sdk-java-v2, terraform, serverless, cdk, github-actions, kubectl, ...
  toolVersion?: string;
  service?: string; // sts, s3, dynamodb, ...
  operation?: string; // GetCallerIdentity
  region?: string;
  endpoint?: string; // host, e.g. sts.us-east-1.amazonaws.com or localhost:4566
  partition?: string; // aws, aws-cn, aws-us-gov, ...
  httpStatus?: number;
  requestId?: string;
  keyIds: KeyIdHint[];
  credentialSource?: CredentialSource;
  profile?: string;
  sessionTokenPresent?: boolean;
  hiddenCharacters?: HiddenCharacter[];
  accountIds?: string[]; // from ARNs / caller identity
  arn?: string; // principal ARN seen (authenticated identity)
  clockSkewSeconds?: number; // server time - client time
  expiredAt?: string; // ISO time credentials expired, when shown
  runtime?: string; // ec2, ecs, eks, lambda, github-actions, gitlab-ci, docker, wsl, ...
  /**
   * A region the text names anywhere is opt-in or of another partition (extract/region-endpoint.ts, beside its
   * region.opt-in / region.partition-other signals), not only the one kept as `region`: the endpoint meant is shown.
   */
  regionTarget?: 'opt-in' | 'other-partition';
  /**
   * The error says the client's region is what to set (extract/region-to-set.ts): none is configured (`missing`), or
   * the request was signed for another region than the one it needs (`mismatch`, S3's "… is wrong; expecting '…'").
   */
  regionToSet?: 'missing' | 'mismatch';
  /** The region the service says the resource is in (S3's "… is wrong; expecting 'eu-west-1'"): the one to set. */
  regionExpected?: string;
  /**
   * A value where the client's region goes that is no region (`s3.dev.amazonaws.com`, `aws configure list`'s region row
   * `dev`: a profile name or a typo put there; extract/region-endpoint.ts). A reading the conversation weighs (fact-signals.ts
   * region-not-a-region), not diagnose: as a detection it cost the held-out floor (QA36 F22).
   */
  regionInvalid?: string;
  /**
   * The AWS credential variables a CI step's `env:` block shows set to nothing (`AWS_ACCESS_KEY_ID: ` in a GitHub
   * Actions step log): a secret that did not reach the job (extract/empty-credential-vars.ts). Their names, comma-separated.
   */
  credentialVarsEmpty?: string;
  /** EKS Pod Identity is named or shown (extract/pod-identity.ts): its steps, not IRSA's, lead a Kubernetes fix. */
  podIdentity?: boolean;
  /** Questions the text answers by what it shows (extract/shown-answers.ts); each one's line is at `locations['shown.<probe>']`. */
  shown?: ShownAnswer[];
  /** Where each fact was found (fact name → location). */
  locations: Partial<Record<string, Location>>;
}

/** A question a paste answers by what it shows: the choice, when it shows exactly one. */
export interface ShownAnswer {
  probe: string;
  choice?: string;
}

export interface Evidence {
  id: string; // stable message id, e.g. "code.InvalidClientTokenId" or "key.prefix.ASIA"
  text: string; // human explanation, redacted
  polarity: 'for' | 'against';
  weight: number; // contribution to the score (>= 0); polarity says the direction
  at?: Location;
}

export interface RankedCause {
  id: CauseId;
  score: number; // [0, 1]
  evidence: Evidence[];
}

export type SecretKind =
  | 'secret-access-key'
  | 'session-token'
  | 'signature'
  | 'slack-token'
  | 'private-key'
  | 'password'
  | 'other-token';

export interface Diagnosis {
  detected: boolean;
  /**
   * Detected only from sentences that say credentials fail ("our lambda can't authenticate"), with no
   * error text: the CLI reports it, but a channel is answered only when awskey is addressed.
   */
  toldInWords?: true;
  errorCodes: string[]; // AWS error codes / SDK exception names, in order of first appearance
  /** One plain sentence on what the main error means ("AWS does not recognise the access key id..."). */
  meaning?: string;
  causes: RankedCause[]; // every taxonomy id, sorted best first
  facts: Facts;
  redactions: number;
  secretsFound: SecretKind[]; // kinds only, never values
  notes: string[]; // e.g. how much of an input over 1,000,000 characters was read
  /** Set when the input was over the size bound and only its head and tail were read (input-window.ts). */
  inputRead?: InputRead;
}

/** An AWS credential error shown as error text (not only described in words). */
export function showsErrorText(d: Pick<Diagnosis, 'detected' | 'toldInWords'>): boolean {
  return d.detected && d.toldInWords !== true;
}
