/**
 * A fix told in the team's words: "works if i set AWS_REGION=us-west-2 before running" (the QA 35 N8 run of batch-20 tuning
 * thread prefect-archive-prefect-aws-173), "setting AWS_PROFILE fixed it". The setting that makes the call work names the
 * cause it fixes, said outright: nearly decisive, like a session token said not to be sent (statements.ts token-not-sent).
 * `toldFix` has the summary name the sentence under "What fixed it" (summary.ts).
 */
import type { Statement } from './types';

/** "works / worked / fixed … if / when / once / after / with … <setting>"; the gap bounded (linear time). */
const worksWith = (setting: string): string => `\\b(works?|worked|working|fixed|fixes|solved)\\b.{0,20}\\b(if|when|once|after|with)\\b.{0,30}${setting}`;
/** "setting / exporting … <setting> … fixed it / works". */
const settingFixed = (setting: string): string =>
  `\\b(setting|exporting|passing|adding|specifying|changing)\\b.{0,12}${setting}.{0,40}\\b(fixed|fixes|solved|works|worked|did (it|the trick))\\b`;
/** A told failure is no told fix: "doesn't work if i set AWS_REGION", "never worked with --profile". */
const NOT_WORKING = ["(n'?t|\\bnot|\\bnever|\\bno longer)\\s+(work|fix|solve|help)"];

const REGION = '(\\bAWS_(DEFAULT_)?REGION\\b|--region\\b|\\bregion_name\\b|\\bthe (right|correct|bucket\'?s?) region\\b)';
const PROFILE = '(\\bAWS_PROFILE\\b|--profile\\b|\\bprofile_name\\b|\\bthe (right|correct) profile\\b)';
const TOKEN = '(\\bAWS_SESSION_TOKEN\\b|\\b(the |a )?session[ _-]?token\\b)';

/**
 * How much a told fix raises the cause its setting fixes. No tuning conversation has a told fix, so the weight is set
 * with a stated margin over error families, not at one QA test's edge (review 36 E-1): 9 openings (AccessDenied,
 * AccessDeniedException, InvalidClientTokenId, UnrecognizedClient, SignatureDoesNotMatch, ExpiredToken,
 * AuthorizationHeaderMalformed, no credentials, QA 35 N8's prefect paste) x the three settings told (region, profile,
 * session token), replayed in chat. At 36 every cell the told cause leads, it leads by >= 1.25x (the tightest: region
 * after AccessDenied, N8's shape, 1.25x; at 29 it was 1.01x), and where it does not lead it stays <= 0.81x of the leader
 * (session token after AccessDenied). The leaders are the same at every weight from 29 to 40; the first to change is
 * session token after AccessDenied, near 44. chat-jsonl-told-fix.test.ts (N8) stays the pinned test.
 */
const TOLD_FIX = 36;

/** The statement that a setting made it work: its cause raised, a permissions problem lowered (the same caller works). */
function toldFix(id: string, setting: string, effects: Statement['effects'], evidence: string, source: string): Statement {
  return { id, say: [worksWith(setting), settingFixed(setting)], sayUnless: NOT_WORKING, effects, toldFix: true, evidence, source };
}

export const TOLD_FIX_STATEMENTS: Statement[] = [
  // The same identity works in the right region: no permission is missing.
  toldFix('told-fix-region', REGION, { 'region-endpoint': TOLD_FIX, 'authorization-not-authentication': 0.1 },
    "The team says it works once the region is set to the resource's region", 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-region.html'),
  toldFix('told-fix-profile', PROFILE, { 'wrong-profile': TOLD_FIX, 'authorization-not-authentication': 0.3 },
    'The team says it works once the intended profile is named', 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html#cli-configure-files-using-profiles'),
  toldFix('told-fix-session-token', TOKEN, { 'missing-session-token': TOLD_FIX, 'authorization-not-authentication': 0.3 },
    'The team says it works once the session token is sent with the key', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html'),
];
