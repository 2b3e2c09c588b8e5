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

/** The setting's names in Terraform / the CLI / CloudFormation and the SDKs, and the words. */
const HOP_LIMIT = /\bhttp[_-]put[_-]response[_-]hop[_-]limit\b|\bHttpPutResponseHopLimit\b|\bhop[ -]?limit\b/i;

export const extractImdsHopLimit: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('hop')) return;
  const m = HOP_LIMIT.exec(ctx.text);
  if (m) addSignal(draft, 'imds.hop-limit', ctx.loc(ctx.lineOf(m.index)), m[0]);
};

export const IMDS_HOP_LIMIT_PATTERNS: RegExp[] = [HOP_LIMIT];
