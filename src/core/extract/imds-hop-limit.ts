/**
 * The instance metadata service's hop limit named anywhere in the text: the launch setting in Terraform, the CLI or
 * CloudFormation (`http_put_response_hop_limit = 1`, `--http-put-response-hop-limit 2`, `HttpPutResponseHopLimit`) or
 * "hop limit" in words. IMDSv2's token answer travels at most that many network hops, and a container on the
 * instance is one hop further than the instance itself, so at the default limit of 1 the instance role's credentials
 * never reach code in a container (EC2 User Guide, "Use the Instance Metadata Service to access instance metadata":
 * "we recommend setting the hop limit to 2"; https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html).
 * The setting is read where prose readers do not look (a Terraform block, a shell command, a code comment): in the
 * tuning halves of batches 1-16 the hop limit stands in 7 texts (batches 1, 2, 12, 15, 16), all resolved as role
 * credentials not delivered, and in no negative of any set. Two of them put the empty chain's no credentials found
 * first: terraform-aws-modules/terraform-aws-autoscaling#296 (batch 2: `http_put_response_hop_limit = 1` beside the
 * CLI's "Unable to locate credentials" in a container) and ColeMurray/background-agents#1797 (batch 16: a Terraform
 * comment on "no valid providers in chain" at a limit of 1).
 * `imds.hop-limit`, not a hint: a setting shown, weighed by its own rule
 * (rules/causes/role-credentials-unavailable.ts role-unavailable.imds-hop-limit).
 */
import { addSignal } from './draft';
import type { Extractor } from './types';

/** The setting's names in Terraform / the CLI / CloudFormation and the SDKs: the metadata service's by name. */
const HOP_LIMIT_SETTING = /\bhttp[_-]put[_-]response[_-]hop[_-]limit\b|\bHttpPutResponseHopLimit\b/i;
/** The words, which other hop limits share (IPv6's, a router's): read only beside the metadata service or a container. */
const HOP_LIMIT_WORDS = /\bhop[ -]?limit\b/gi;
const METADATA_TOPIC = /\b(?:imds(?:v[12])?|metadata|instances?|containers?|pods?|docker)\b/i;
/** The hop limit set aside: "so the hop limit is irrelevant", "the hop limit is not related". */
const DISMISSED = /\b(?:irrelevant|unrelated|not (?:related|relevant)|nothing to do with)\b/i;
/** How far either side of the words the topic and a dismissal are looked for. */
const NEAR = 80;

/** Where the words stand beside the metadata service and are not set aside; undefined when nowhere. */
function hopLimitWordsAt(text: string): { index: number; words: string } | undefined {
  for (const m of text.matchAll(HOP_LIMIT_WORDS)) {
    const around = text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
    if (METADATA_TOPIC.test(around) && !DISMISSED.test(around)) return { index: m.index, words: m[0] };
  }
  return undefined;
}

export const extractImdsHopLimit: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('hop')) return;
  const m = HOP_LIMIT_SETTING.exec(ctx.text);
  const at = m ? { index: m.index, words: m[0] } : hopLimitWordsAt(ctx.text);
  if (at) addSignal(draft, 'imds.hop-limit', ctx.loc(ctx.lineOf(at.index)), at.words);
};

export const IMDS_HOP_LIMIT_PATTERNS: RegExp[] = [HOP_LIMIT_SETTING, HOP_LIMIT_WORDS, METADATA_TOPIC, DISMISSED];
