/** Every regex the diagnosis engine runs on pasted text, and the reply readers' own, gathered for the ReDoS safety test. */
import { INTERPRETER_PATTERNS } from './conversation/interpreter';
import { PASTE_READING_PATTERNS } from './conversation/paste-readings';
import { ROLE_DELIVERY_WORDS } from './conversation/role-delivery-words';
import { DESCRIPTION_PATTERNS } from './conversation/description';
import { LAPSE_CUE_PATTERNS } from './extract/lapse-cue';
import { CUT_LINE_PATTERNS } from './cut-lines';
import { DIAGNOSE_PATTERNS } from './diagnose';
import { EXTRACT_PATTERNS } from './extract/index';
import { NORMALISE_PATTERNS } from './normalise';
import { REDACT_PATTERNS } from './redact';
import { SAYS_PATTERNS } from './says';
import { TOLD_OUTCOME_PATTERNS } from './conversation/told-outcome';
import { ASIDE_PATTERNS } from './conversation/aside';
import { ANOTHER_INCIDENT_PATTERNS } from './conversation/another-incident';
import { SDK_ENV_NAME_PATTERNS } from './extract/sdk-env-names';
import { PRINTED_ANSWER_PATTERNS } from './conversation/printed-answer';
import { ACCOUNT_ANSWER_PATTERNS } from './conversation/account-answer';
import { CLOCK_READING_PATTERNS } from './conversation/clock-reading';

export const ALL_PATTERNS: RegExp[] = [
  ...NORMALISE_PATTERNS,
  ...REDACT_PATTERNS,
  ...EXTRACT_PATTERNS,
  ...DIAGNOSE_PATTERNS,
  ...CUT_LINE_PATTERNS,
  ...INTERPRETER_PATTERNS,
  ...PASTE_READING_PATTERNS,
  ROLE_DELIVERY_WORDS, // description.ts: every message said to awskey
  ...DESCRIPTION_PATTERNS,
  ...LAPSE_CUE_PATTERNS,
  ...SAYS_PATTERNS,
  ...TOLD_OUTCOME_PATTERNS, // conversation/told-outcome.ts: replies at the verify step
  ...ASIDE_PATTERNS, // conversation/aside.ts: words said to another person in a case thread
  ...ANOTHER_INCIDENT_PATTERNS, // conversation/another-incident.ts: a paste mid-case
  ...SDK_ENV_NAME_PATTERNS, // extract/sdk-env-names.ts: an app's own read of AWS_REGION_NAME / AWS_PROFILE_NAME
  ...PRINTED_ANSWER_PATTERNS, // conversation/printed-answer.ts: a command's one-word output pasted as a reply
  ...ACCOUNT_ANSWER_PATTERNS, // conversation/account-answer.ts: an account number said as whose resource it is
  ...CLOCK_READING_PATTERNS, // conversation/clock-reading.ts: a pasted `date -u`
];
