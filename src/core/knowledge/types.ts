/**
 * The shape of the per-cause playbooks. Everything here is data: the conversation engine reads it
 * to choose the next question, to move scores, and to render remediation. Tests assert ids and
 * structure, never prose.
 */
import type { CauseId } from '../taxonomy';
import type { CodeSnippet, RemediationStep, RemediationVariant } from '../conversation/types';
import type { Words } from '../near';

export type { Words };

/**
 * Multipliers on a cause's weight (a likelihood ratio): > 1 raises, < 1 lowers, absent = 1.
 * Causes are then re-normalised, so only the ratios between causes matter.
 */
export type Effects = Partial<Record<CauseId, number>>;

/**
 * Names of the facts a condition can test. Most come straight from Diagnosis.facts; a few are
 * derived (keyPrefix and keyKind from keyIds, errorCode from the case's error codes) and some are
 * also implied by answers (a "starts with ASIA" answer implies keyKind=temporary).
 */
export type FactName =
  | 'credentialSource'
  | 'keyPrefix'
  | 'keyKind'
  | 'sessionTokenPresent'
  /** Implied by a statement: the tool has no way to take a session token (`none`), or the token is set next to the key (`set`). */
  | 'tokenField'
  /** Implied by a statement: the failing process is not the person's own shell (`other-user`: cron, sudo, a service, a daemon). */
  | 'process'
  /**
   * Implied by a statement: the AWS CLI works with the profile and the failing tool does not (`cli-only`: the tool cannot
   * read that profile), or the profile works where it is named and the failing run does not name it (`named-only`).
   */
  | 'profileReadBy'
  | 'runtime'
  | 'partition'
  | 'endpoint'
  | 'region'
  | 'regionToSet'
  /** The region the service names as the resource's (S3's "expecting '…'"). */
  | 'regionExpected'
  /** A value where the region goes that is no region (`dev`, `asd`): diagnosis.ts `regionInvalid`. */
  | 'regionInvalid'
  /** The credential variables a CI step's `env:` block shows empty (Facts.credentialVarsEmpty). */
  | 'credentialVarsEmpty'
  | 'podIdentity'
  | 'arn'
  | 'profile'
  | 'errorCode'
  | 'operation'
  | 'clockSkew'
  | 'hiddenCharacters'
  | 'keyProblems'
  | 'tool'
  | 'rotation'
  | 'worksElsewhere'
  | 'target'
  | 'regionEnabled'
  | 'signIn'
  | 'clock'
  | 'copied'
  /** Said: it broke after the tool was upgraded (it worked on the version before). */
  | 'toolUpgraded'
  | 'envKeys'
  | 'resourceAccount'
  | 'denyKind'
  /** Read from a pasted trust policy (conversation/paste-readings.ts): `stringequals-wildcard`, a `sub` pattern compared literally. */
  | 'trustPolicy'
  /** Read from a paste's words (conversation/paste-readings.ts): `hour`, the failure came at the one-hour mark of a run. */
  | 'sessionOutlived'
  | 'authSource'
  | 'callerExpected'
  /** Derived (rules/fact-values.ts): an authorization error and no authentication error, so the caller was denied, not rejected. */
  | 'callerDenied';

/** true when the fact has a value (and, with `in`, one of those values; with `matches`, a matching one). */
export interface FactTest {
  fact: FactName;
  in?: string[];
  matches?: string; // regular expression source, case-insensitive
  absent?: true; // true when the fact has no value
}

export interface ProbeChoice {
  id: string;
  label: string; // <= 75 characters (Slack button limit)
  effects: Effects;
  /** Derived facts this answer establishes, so later questions that need them are skipped. */
  implies?: Partial<Record<FactName, string>>;
  /** Words that select this choice in any free-text reply ("asia", "github actions"). Regex sources. */
  say?: Words[];
  /** Words that cancel `say`: the sentence is about something else ("works on my laptop"). */
  sayUnless?: Words[];
  /** Words that select it only as the reply to this very question ("yes", "no", "not sure"). */
  sayWhenAsked?: Words[];
  /**
   * Other choices this one is taken over when a sentence gives both, if it says one of `when` (regex sources): what
   * issued the keys over where they are kept ("`aws sts assume-role` gives me keys to put in AWS_ACCESS_KEY_ID").
   */
  outranks?: { choices: string[]; when: Words[] };
  /** Short evidence line recorded when this choice is taken. */
  evidence: string;
}

interface ProbeBase {
  id: string;
  text: string;
  /** One line on why the answer matters, said when the team asks "why do you need that?" (QA 37 F17). */
  why: string;
  /** Ask only while the facts do not already answer it. */
  skipWhen: FactTest[];
  /** Ask only when all of these hold (e.g. the session-token question needs a temporary key). */
  onlyWhen?: FactTest[];
  /** What answering costs the person (1 = a glance; a command to run and paste costs more). Divides the information gain. */
  cost?: number;
  /** Ask before showing the fix of these causes, however clear they look (AccessDenied: whose account?). */
  firstFor?: CauseId[];
  /** `firstFor` holds only when all of these hold (the caller's identity comes first on an AccessDenied only). */
  firstWhen?: FactTest[];
}

/** A statement of fact a person may make at any time ("the env has the old key"), not tied to a question. */
export interface Statement {
  id: string;
  /** Regex sources (case-insensitive) that select it. */
  say: Words[];
  sayUnless?: Words[];
  effects: Effects;
  implies?: Partial<Record<FactName, string>>;
  evidence: string;
  /** Where the knowledge comes from. */
  source: string;
  /** The words tell what made it work ("works if i set AWS_REGION=…"): the summary names them under "What fixed it". */
  toldFix?: true;
  /**
   * What the same words mean when the case's facts say otherwise ("no session token" about a long-term key is its normal
   * state, not a temporary key sent without its token): these effects and evidence instead, whichever was learned first.
   */
  otherwise?: { when: FactTest[]; effects: Effects; evidence: string };
}

/** A question answered by a choice (rendered as buttons / numbered choices). */
export interface QuestionProbe extends ProbeBase {
  kind: 'question';
  choices: ProbeChoice[];
}

/** A command to run in the failing runtime and paste back; its outcomes are read from the facts. */
export interface CommandProbe extends ProbeBase {
  kind: 'command';
  commands: CodeSnippet[];
  /** Ids of FACT_SIGNALS the pasted output can trigger (used to weigh what the command can tell apart). */
  outcomes: string[];
}

export type Probe = QuestionProbe | CommandProbe;

/** Evidence read from facts (from any paste) and the causes it raises or lowers. */
export interface FactSignal {
  id: string;
  when: FactTest[];
  effects: Effects;
  evidence: string;
}

/**
 * Steps for a situation or a tool at hand (a Terraform S3 backend, GitHub Actions OIDC, an SCP
 * deny), shown with the cause's fix when its conditions hold. Data with its sources.
 */
export interface Playbook {
  id: string;
  title: string;
  /** The causes whose fix it belongs to (absent: any cause). */
  causes?: CauseId[];
  /** All must hold (FactValues of the case). */
  when: FactTest[];
  /** And, when given, at least one of these. */
  whenAny?: FactTest[];
  steps: RemediationStep[];
  sources: string[];
  /**
   * Shown before the platform steps: it says what this case is (the kind of AccessDenied, the
   * credential source the paste shows), so it decides which of the generic steps matter.
   */
  first?: boolean;
  /**
   * The case's whole fix, not an addition to it (implies `first`): its title and steps replace the cause's title and
   * the runtime's own platform steps, which tell another story here (IRSA's annotation for a Pod Identity pod, opt-in
   * regions for a client given no region: qa36 F3). The cause's other platforms stay behind "other platforms".
   */
  replaces?: true;
  /** With `replaces`: what the case is, in plain words, told with the fix instead of the cause's general meaning. */
  meaning?: string;
  /** Placeholders of its steps filled from a fact of the case when it has one (`<region>` from the region S3 expects). */
  fills?: Record<string, FactName>;
}

export interface CauseKnowledge {
  id: CauseId;
  explanation: {
    /** What AWS is telling you, in plain words. */
    meaning: string;
    /** Authentication (who you are) or authorization (what you may do), and why that matters here. */
    authnVsAuthz: string;
    /**
     * The cause told after a denial (`callerDenied`), where AWS knew the key, so "a key unknown to the
     * account" is wrong: a `key` problem fits only beside another, rejected call (shared.ts says so
     * around its meaning); a `source` cause means a valid key of another identity, told in its own words.
     */
    afterDenial?: { kind: 'key' } | { kind: 'source'; meaning: string };
  };
  /** Probe ids (questions and commands) that confirm or rule this cause out. */
  probes: string[];
  remediation: { title: string; variants: RemediationVariant[] };
  verification: { text: string; commands: CodeSnippet[] };
  /** The wrong fixes people reach for. */
  avoid: string[];
  links: string[];
}
