/**
 * A CI step whose log shows the AWS credential variables empty (extract/empty-credential-vars.ts, QA 38 F13): the
 * secret never reached the job, so no profile or `aws configure` on the runner is the fix. GitHub's reasons a
 * `${{ secrets.X }}` resolves to nothing: a name that does not match, an environment secret in a job without
 * `environment:` (aws-actions/configure-aws-credentials#402: "If you don't specify the environment in the workflow,
 * the environment secrets will not be accessible"), a pull request from a fork (secrets are not passed to it), an
 * organisation secret whose access policy leaves the repository out.
 */
import type { Playbook } from '../types';
import { step } from '../shared';

const GH_SECRETS = 'https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions';
const ENVIRONMENT_402 = 'https://github.com/aws-actions/configure-aws-credentials/issues/402';

export const CI_SECRET_PLAYBOOKS: Playbook[] = [
  {
    id: 'ci-secret-empty',
    title: 'The job got the AWS secrets empty: make the secret reach the job',
    causes: ['no-credentials-found', 'malformed-credentials'],
    first: true,
    when: [{ fact: 'credentialVarsEmpty' }],
    steps: [
      step('The step\'s `env:` block shows the credential variables set to nothing: the `${{ secrets.… }}` they read resolved to an empty string, so the tool found no key. Check, in this order: the secret\'s name matches the workflow exactly; a secret stored under an *environment* is visible only to a job that names it (`environment: <name>`); a pull request from a fork gets no secrets; an organisation secret must be shared with this repository.'),
      step('Print whether each secret arrived (this never prints its value):', "- run: |\n    echo \"key id set: ${{ secrets.AWS_ACCESS_KEY_ID != '' }}\"\n    echo \"secret set: ${{ secrets.AWS_SECRET_ACCESS_KEY != '' }}\""),
      step('Better still, drop the static keys: give the job `permissions: id-token: write` and let `aws-actions/configure-aws-credentials` assume a role with `role-to-assume`.'),
    ],
    sources: [GH_SECRETS, ENVIRONMENT_402],
  },
];
