/**
 * The wish sections of a feature request's issue form: the lines under a heading that asks what the writer would like,
 * up to the next heading. Words there tell what is wanted, not what happened: "### Describe the feature … it would be
 * amazing if the CDK would fail when a `cdk-*` role cannot be assumed" (aws/aws-cdk#30236, batch 23), "What would you
 * like Teleport to do? Include the expiration time in the AWS credentials file …" (gravitational/teleport#54263, batch
 * 19), both tuning negatives read as a failure told in words. The same forms also ask what was met, under their own
 * headings ("Is your feature request related to a problem? Please describe.", "What problem does this solve?",
 * "Current Behavior"): a failure told there is still told, so only the wish headings open a section here.
 *
 * The headings are the forms' own, as GitHub's default feature request template and the projects' issue forms print
 * them: "Is your feature request related to a problem?", "Describe the solution you'd like", "Describe alternatives
 * you've considered" (GitHub Docs, "Configuring issue templates for your repository",
 * https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/configuring-issue-templates-for-your-repository);
 * "Describe the feature", "Use Case", "Proposed Solution" (the AWS SDKs' and CDK's feature-request.yml,
 * https://github.com/aws/aws-cdk/blob/main/.github/ISSUE_TEMPLATE/feature-request.yml); "What would you like Teleport to
 * do?" (https://github.com/gravitational/teleport/blob/master/.github/ISSUE_TEMPLATE/feature_request.md), "What would you
 * like Renovate to be able to do?" (renovatebot/renovate's request form).
 */

/** A heading that asks for the wish (the whole line, markup around it allowed). */
const WISH_HEADING =
  /^[\s#*_>]{0,8}(?:describe the feature|feature description|proposed solution|use ?case|describe the solution you(?:['’]?d| would) like|describe alternatives you(?:['’]?ve| have) considered|what would you like [\w .-]{1,40}? to (?:be able to )?do\??)[\s*_:.]{0,6}$/i;
/** Any heading: markdown's, a line in bold alone, or a question a form asks on a line of its own. */
const HEADING = /^\s{0,3}(?:#{1,6}\s|(?:\*\*|__)[^*_\n]{2,100}(?:\*\*|__)\s{0,2}:?\s{0,2}$)|^[\s*_]{0,4}(?:what|is|are|describe|does|how|why|which)\b[^\n?]{2,80}\?(?:\s{0,2}please describe\.?)?[\s*_]{0,4}$/i;
/** Most texts hold none of the wish headings' words: one look spares the line scan. */
const WISH_WORD = /describe the|feature description|proposed solution|use ?case|would you like/i;

/** The 0-based indexes of the lines inside wish sections (their headings included); empty when there are none. */
export function wishSectionLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let inWish = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (WISH_WORD.test(line) && WISH_HEADING.test(line)) inWish = true;
    else if (HEADING.test(line)) inWish = false;
    if (inWish) out.add(i);
  }
  return out;
}

export const WISH_SECTION_PATTERNS: RegExp[] = [WISH_HEADING, HEADING, WISH_WORD];
