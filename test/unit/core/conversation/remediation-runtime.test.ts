/**
 * Remediation for the runtime at hand (issue 9 item 7): the detected runtime's steps only, read from
 * everything said and pasted (CI markers, container/pod/Lambda markers, shell prompts and paths, a
 * tool that implies where it runs); when it is not known, ONE default (the shell) and one "other
 * platforms" line, never all six; no "not on your laptop" for a laptop; the tool's playbook when the
 * tool is known.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { renderReplies } from '../../../../src/adapters/cli/render-terminal';
import { renderMessages } from '../../../../src/adapters/slack/render-blocks';
import { whereItRuns } from '../../../../src/core/conversation/runtime';
import { Clock, T0, ofType, send } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';
import type { CauseId } from '../../../../src/core/taxonomy';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Said to awskey (as in the terminal chat or an @mention), so a paste that only describes the failure opens a case too. */
function open(text: string): { state: CaseState; replies: Reply[] } {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r;
}
type Cause = 'env-var-override' | 'no-credentials-found' | 'wrong-account-or-partition' | 'missing-session-token' | 'role-credentials-unavailable' | 'wrong-profile';
const confirm = (s: CaseState, causeId: Cause) => send(s, { kind: 'confirm-cause', causeId, user: 'U1', at: '' }, new Clock());
const fixOf = (r: { replies: Reply[] }) => ofType(r.replies, 'remediation')[0]!;
const shown = (rem: Extract<Reply, { type: 'remediation' }>) => rem.variants.slice(0, rem.primary ?? rem.variants.length).map((v) => v.platform);

describe('remediation for the runtime at hand', () => {
  it('when the runtime is a laptop, then the fix shows the laptop shell, the rest is one line, and nobody is told "not on your laptop"', () => {
    let r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'laptop', user: 'U1', at: '' }, new Clock());
    const fix = confirm(r.state, 'env-var-override');
    expect(shown(fixOf(fix))).toEqual(['linux-macos']);
    const text = renderReplies(fix.replies);
    expect(text).toMatch(/Steps for your laptop or workstation \(you said so\)/);
    expect(text).toMatch(/Other platforms: Windows PowerShell, CI runners, Containers \/ ECS, Kubernetes \(IRSA\), AWS Lambda, IAM Identity Center \(SSO\)/);
    expect(text).not.toMatch(/\[CI runners\]/);
    expect(text).not.toMatch(/not on your laptop|only from your own laptop|does not run on your own machine/i);
    const verify = send(fix.state, { say: 'done' }, new Clock());
    expect(ofType(verify.replies, 'verification')[0]!.text).not.toMatch(/laptop/);
  });

  it.each(['wrong-account-or-partition', 'role-credentials-unavailable', 'wrong-profile'] as const)('when a laptop user verifies the %s fix (its check adds a sentence of its own), then the check never says "not on your laptop"', (cause) => {
    let r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'laptop', user: 'U1', at: '' }, new Clock());
    const verify = send(confirm(r.state, cause).state, { say: 'done' }, new Clock());
    const text = ofType(verify.replies, 'verification')[0]!.text;
    expect(text).not.toMatch(/not on your laptop/);
    expect(text).toMatch(/in the same shell that failed/);
  });

  it('when the runtime is not known, then ONE default (the shell) is shown, marked as a default, with the others on one line, never all six', () => {
    const fix = confirm(open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`).state, 'env-var-override');
    const rem = fixOf(fix);
    expect(shown(rem)).toEqual(['linux-macos']);
    expect(rem.shownFor).toMatch(/not known/);
    const text = renderReplies(fix.replies);
    expect(text.match(/^ {2}\[/gm)).toHaveLength(1);
    const fixText = renderReplies([rem]);
    expect(text).toMatch(/Other platforms: Windows PowerShell, CI runners, Containers \/ ECS, Kubernetes \(IRSA\), AWS Lambda, IAM Identity Center \(SSO\) \(type "other platforms"/);
    // Before: 45–55 lines with every platform; the fix alone now fits a screen.
    expect(fixText.split('\n').length).toBeLessThan(22);
    // Not known: neither "not on your laptop" nor a claim that it is the laptop.
    expect(text).not.toMatch(/only from your own laptop/);
    const verify = send(fix.state, { say: 'done' }, new Clock());
    expect(ofType(verify.replies, 'verification')[0]!.text).not.toMatch(/not on your laptop/);
    expect(ofType(verify.replies, 'verification')[0]!.text).toMatch(/in the runtime that failed/);
  });

  it('when the team asks for "other platforms", then the steps of the platforms not shown follow, and the fix offers it as an action', () => {
    let r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'ci', user: 'U1', at: '' }, new Clock());
    const fix = confirm(r.state, 'env-var-override');
    expect(shown(fixOf(fix))).toEqual(['ci']);
    expect(ofType(fix.replies, 'actions')[0]!.actions.map((a) => a.id)).toContain('other-platforms');
    const more = send(fix.state, { say: 'other platforms' }, new Clock());
    const rem = fixOf(more);
    expect(rem.primary).toBeUndefined();
    expect(rem.variants.map((v) => v.platform)).toEqual(['linux-macos', 'windows-powershell', 'container-ecs', 'kubernetes-irsa', 'lambda', 'sso']);
  });

  it('when the credentials come from SSO, then the SSO steps are shown beside the runtime\'s', () => {
    let r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'laptop', user: 'U1', at: '' }, new Clock());
    r.state.facts.credentialSource = 'sso';
    expect(shown(fixOf(confirm(r.state, 'wrong-profile')))).toEqual(['linux-macos', 'sso']);
  });
});

/**
 * Real shapes of where a failing call runs, as people paste them: each line is what the platform
 * itself prints or sets (the markers in src/core/conversation/runtime.ts cite the pages).
 */
const SHAPES: Array<[string, string, string, boolean | undefined]> = [
  ['a GitHub Actions log', 'Run aws s3 sync ./dist s3://my-site\n  aws s3 sync ./dist s3://my-site\n  shell: /usr/bin/bash -e {0}\nupload failed: dist/index.html to s3://my-site/index.html An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.\n##[error]Process completed with exit code 1.', 'ci', false],
  ['a GitHub Actions workspace path', 'Traceback (most recent call last):\n  File "/home/runner/work/app/app/deploy.py", line 12, in <module>\nbotocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', 'ci', false],
  ['a GitLab job', 'Running with gitlab-runner 16.4.0 (4e724e03)\n  on docker-runner abc123\n$ aws sts get-caller-identity\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', 'ci', false],
  ['a CircleCI job', '#!/bin/bash -eo pipefail\ncd /home/circleci/project && aws s3 ls\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.', 'ci', false],
  ['a Jenkins pipeline', "[Pipeline] sh\n+ aws sts get-caller-identity\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\n[Pipeline] }", 'ci', false],
  ['a CodeBuild log', '[Container] 2024/05/01 12:00:00.123456 Running command aws ecr get-login-password\nAn error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.', 'ci', false],
  ['an ECS task environment', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/abcd\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials', 'container-ecs', false],
  ['a pod with IRSA', 'AWS_ROLE_ARN=arn:aws:iam::123456789012:role/app\nAWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token\nAn error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity', 'kubernetes-irsa', false],
  ['a Lambda log', 'START RequestId: 8f5e2c1a-1111-2222-3333-444455556666 Version: $LATEST\n[ERROR] ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\nEND RequestId: 8f5e2c1a-1111-2222-3333-444455556666', 'lambda', false],
  ['a shell in a container', 'root@3f4e5d6c7b8a:/app# aws s3 ls\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.', 'container-ecs', false],
  ['a PowerShell prompt', 'PS C:\\Users\\alice> aws sts get-caller-identity\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', 'windows-powershell', true],
  ['a Windows credentials path', 'The config profile (dev) could not be found in C:\\Users\\alice\\.aws\\config\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', 'windows-powershell', true],
  ['a macOS zsh prompt', 'alice@MacBook-Pro ~ % aws s3 ls\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.', 'linux-macos', true],
  ['a macOS home path', 'File "/Users/alice/project/venv/lib/python3.11/site-packages/botocore/client.py", line 960\nbotocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', 'linux-macos', true],
  ['a Linux prompt', 'alice@devbox:~/infra$ aws sts get-caller-identity\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', 'linux-macos', true],
  ['an EC2 prompt', '[ec2-user@ip-172-31-5-10 ~]$ aws s3 ls\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.', 'linux-macos', false],
  ['kubectl', '$ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)', 'kubernetes-irsa', true],
  ['nothing about where', PASTES.cliInvalidToken, 'linux-macos', undefined],
];

describe('where it runs, read from what was pasted', () => {
  it.each(SHAPES.map(([what, paste, platform, local]) => [what, platform, String(local), paste, local] as const))('when the paste is %s, then the %s steps are shown (own shell: %s)', (_what, platform, _l, paste, local) => {
    const r = open(paste);
    const where = whereItRuns(r.state);
    expect({ platform: where.platform, local: where.local }).toEqual({ platform, local });
  });

  it.each([
    [`Our CircleCI job started failing:\n${PASTES.cliInvalidToken}`, 'ci', false],
    [`It works fine on my mac but fails in the pipeline.\n${PASTES.cliInvalidToken}`, 'ci', false],
    [`It works in Jenkins, but on my MacBook it fails:\n${PASTES.cliInvalidToken}`, 'linux-macos', true],
    [`Running this from my Windows 11 laptop:\n${PASTES.cliInvalidToken}`, 'windows-powershell', true],
    [`The SDK call fails inside the pod:\n${PASTES.cliInvalidToken}`, 'kubernetes-irsa', false],
    ['An error occurred (AccessDeniedException) when calling the StartBuild operation: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: codebuild:StartBuild', 'linux-macos', undefined],
  ] as const)('when the words say where it runs (%s), then that is the runtime; a place said to work is not', (text, platform, local) => {
    const where = whereItRuns(open(text).state);
    expect({ platform: where.platform, local: where.local }).toEqual({ platform, local });
  });

  it('when the team answered "laptop" and a paste shows a PowerShell prompt, then the PowerShell steps are shown', () => {
    let r = open(`PS C:\\Users\\alice> aws sts get-caller-identity\n${PASTES.cliInvalidToken}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'laptop', user: 'U1', at: '' }, new Clock());
    const fix = confirm(r.state, 'env-var-override');
    expect(shown(fixOf(fix))).toEqual(['windows-powershell']);
    expect(fixOf(fix).shownFor).toBe('Steps for your laptop or workstation, a Windows shell (you said so).');
  });

  it('when the team said where it runs, then that wins over a shell prompt in a paste', () => {
    let r = open(`alice@MacBook-Pro ~ % aws s3 ls\n${PASTES.cliInvalidToken}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'ci', user: 'U1', at: '' }, new Clock());
    expect(whereItRuns(r.state).platform).toBe('ci');
  });

  it('when a later paste shows the CI runner, then the fix is for the CI job and its check runs in the job', () => {
    let r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    r = send(r.state, { paste: 'Error: Process completed with exit code 255.\n  GITHUB_ACTIONS: true\n  RUNNER_OS: Linux' }, new Clock());
    const fix = confirm(r.state, 'env-var-override');
    expect(shown(fixOf(fix))).toEqual(['ci']);
    expect(fixOf(fix).shownFor).toMatch(/GitHub Actions \(`(?:GITHUB_ACTIONS|Error: Process completed with exit code \d+\.)` in what was pasted\)/);
    expect(fixOf(fix).playbooks?.map((p) => p.id)).toContain('github-actions-oidc');
    const verify = send(fix.state, { say: 'done' }, new Clock());
    expect(ofType(verify.replies, 'verification')[0]!.text).toMatch(/as a step of the failing job.*not on your laptop|not on your laptop.*as a step of the failing job/);
  });

  it.each([
    ['an EC2 prompt', '[ec2-user@ip-172-31-5-10 ~]$ aws s3 ls', 'aws ssm start-session --target <instance id>'],
    ['a Lambda log', 'START RequestId: 8f5e2c1a-1111-2222-3333-444455556666 Version: $LATEST', 'aws lambda get-function-configuration --function-name <function> --query Role'],
  ])('when the paste shows %s, then the check says how to run it there', (_what, marker, command) => {
    const fix = confirm(open(`${marker}\n${PASTES.cliInvalidToken}`).state, 'env-var-override');
    const verify = ofType(send(fix.state, { say: 'done' }, new Clock()).replies, 'verification')[0]!;
    expect(verify.commands[0]!.code).toBe(command);
    expect(verify.text).toMatch(/not on your laptop/);
  });

  it('when kubectl fails in the person\'s shell, then the check is not "run it inside the pod"', () => {
    const r = open('$ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)');
    const fix = r.state.phase === 'remediating' ? r : confirm(r.state, 'no-credentials-found');
    const verify = send(fix.state, { say: 'done' }, new Clock());
    expect(ofType(verify.replies, 'verification')[0]!.text).not.toMatch(/inside the pod|not on your laptop/);
  });
});

/** Real pastes of the tuning half (each file holds its thread's URL): where they ran, as the reporters pasted it. */
const REAL: Array<[string, string, boolean | undefined]> = [
  ['99designs-aws-vault-49.json', 'linux-macos', true], // a macOS home path in a Go trace
  ['aws-aws-cli-2408.json', 'linux-macos', true], // the CLI's user agent: Darwin
  ['aws-actions-configure-aws-credentials-291.json', 'ci', false], // the action's own log
  ['awslabs-aws-lambda-redshift-loader-80.json', 'lambda', false], // a Lambda log (START RequestId)
  // Java v2's whole-chain listing names AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and "credentials from container" only to say
  // they are not there, on every machine: no container (QA37 F12), so the default shell, not known to be the person's own.
  ['slackhq-astra-17.json', 'linux-macos', undefined],
  ['localstack-localstack-12261.json', 'linux-macos', true], // a Linux home path
  ['kubernetes-sigs-aws-iam-authenticator-275.json', 'kubernetes-irsa', true], // kubectl in the person's shell
];

describe('where it runs, in real pastes', () => {
  it.each(REAL)('when the paste of %s is read, then the %s steps are shown (own shell: %s)', (file, platform, local) => {
    const { paste } = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/real-pastes/tuning', file), 'utf8')) as { paste: string };
    const where = whereItRuns(open(paste).state);
    expect({ platform: where.platform, local: where.local }).toEqual({ platform, local });
  });
});

describe('tool playbooks come with the fix when the tool is known', () => {
  it.each([
    ['Terraform', 'Error: configuring Terraform AWS Provider: no valid credential sources for Terraform AWS Provider found.', 'no-credentials-found', 'terraform-s3-backend'],
    ['LocalStack', PASTES.localstackKeys, 'wrong-account-or-partition', 'localstack'],
    ['kubectl', 'error: You must be logged in to the server (Unauthorized)', 'no-credentials-found', 'eks-cluster-access'],
    ['GitHub Actions', 'Run aws-actions/configure-aws-credentials@v4\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity', 'role-credentials-unavailable', 'github-actions-oidc'],
    ['CDK', '$ cdk deploy\nUnable to resolve AWS account to use. It must be either configured when you define your CDK Stack, or through the environment', 'no-credentials-found', 'cdk'],
    ['SAM', '$ sam deploy --guided\nError: Unable to locate credentials. You can configure credentials by running "aws configure".', 'no-credentials-found', 'sam'],
    ['Serverless', 'Deploying "api" to stage "dev" (us-east-1)\n✖ AWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: https://www.serverless.com/framework/docs/providers/aws/guide/credentials', 'no-credentials-found', 'serverless'],
  ] as const)('when the paste shows %s, then its playbook comes with the fix', (_tool, paste, cause, playbook) => {
    const r = open(paste);
    const fix = r.state.phase === 'remediating' && r.state.scoring?.current === cause ? r : confirm(r.state, cause);
    expect(fixOf(fix).playbooks?.map((p) => p.id)).toContain(playbook);
  });

  it('when the GitHub Actions OIDC playbook is shown, then it has the permission, the four `sub` forms and the command printing the trust policy, each with an AWS or GitHub source', () => {
    const r = open('Run aws-actions/configure-aws-credentials@v4\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity');
    const fix = r.state.phase === 'remediating' ? r : confirm(r.state, 'role-credentials-unavailable');
    const p = fixOf(fix).playbooks!.find((x) => x.id === 'github-actions-oidc')!;
    const all = JSON.stringify(p.steps);
    expect(all).toContain('id-token: write');
    for (const sub of [':ref:refs/heads/<branch>', ':pull_request', ':environment:<name>', ':ref:refs/tags/<tag>']) expect(all).toContain(sub);
    expect(all).toContain('aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument');
    expect(p.sources.some((s) => s.startsWith('https://docs.aws.amazon.com/IAM/'))).toBe(true);
  });
});

describe('the Terraform S3 backend playbook', () => {
  it('when it is shown, then the backend role is an argument (`assume_role = {…}`, a block is refused by Terraform), with -reconfigure, the state bucket/KMS key in another account and AWS sources', () => {
    const r = open('Error: configuring Terraform AWS Provider: no valid credential sources for Terraform AWS Provider found.');
    const fix = r.state.phase === 'remediating' && r.state.scoring?.current === 'no-credentials-found' ? r : confirm(r.state, 'no-credentials-found');
    const p = fixOf(fix).playbooks!.find((x) => x.id === 'terraform-s3-backend')!;
    const all = JSON.stringify(p.steps);
    expect(all).toContain('assume_role = { role_arn = ');
    expect(all).not.toMatch(/assume_role \{/);
    expect(all).toContain('terraform init -reconfigure');
    expect(all).toMatch(/KMS key/);
    expect(p.sources.filter((x) => x.startsWith('https://docs.aws.amazon.com/')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the Serverless playbook', () => {
  it('when it is shown, then it says --aws-profile wins over env keys and provider.profile does not (serverless getCredentials order)', () => {
    const r = open('Deploying "api" to stage "dev" (us-east-1)\n✖ AWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: https://www.serverless.com/framework/docs/providers/aws/guide/credentials');
    const fix = r.state.phase === 'remediating' && r.state.scoring?.current === 'no-credentials-found' ? r : confirm(r.state, 'no-credentials-found');
    const text = JSON.stringify(fixOf(fix).playbooks!.find((x) => x.id === 'serverless')!.steps);
    expect(text).toMatch(/`--aws-profile` wins over everything, env keys too/);
    expect(text).toMatch(/`provider.profile` in `serverless.yml` loses to `AWS_ACCESS_KEY_ID`/);
  });
});

describe('the platform choice renders the same in Slack', () => {
  it('when the runtime is not known, then Slack shows one platform, says it is a default, and has an "Other platforms" button', () => {
    const fix = confirm(open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`).state, 'env-var-override');
    const slack = JSON.stringify(renderMessages(fix.replies));
    expect(slack).toContain('*Linux / macOS*');
    expect(slack).not.toContain('*Windows PowerShell*');
    expect(slack).toContain('Where it fails is not known');
    expect(slack).toContain('Other platforms: Windows PowerShell, CI runners');
    expect(slack).toContain(JSON.stringify(JSON.stringify({ k: 'platforms' })).slice(1, -1));
  });
});

describe('a Lambda function gets the Lambda steps', () => {
  const LAMBDA_LOG = `START RequestId: 8f5e2c1a-1111-2222-3333-444455556666 Version: $LATEST\n${PASTES.cliInvalidToken}`;
  const fixFor = (causeId: CauseId) => fixOf(send(open(LAMBDA_LOG).state, { kind: 'confirm-cause', causeId, user: 'U1', at: '' }, new Clock()));

  it.each(['role-credentials-unavailable', 'env-var-override', 'missing-session-token', 'region-endpoint', 'clock-skew', 'wrong-profile'] as const)('when the fix of %s is shown for a Lambda log, then only its Lambda steps are shown, each with its AWS page', (cause) => {
    const fix = fixFor(cause);
    // Besides the steps every platform shares (the cause's `any` variant: qa36 F3).
    expect(shown(fix).filter((p) => p !== 'any')).toEqual(['lambda']);
    expect(fix.shownFor).toMatch(/^Steps for a Lambda function \(`START RequestId:` in what was pasted\)\.$/);
    for (const s of fix.variants.find((v) => v.platform === 'lambda')!.steps) expect(s.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    const text = renderReplies([fix]);
    expect(text).toMatch(/\[AWS Lambda\][\s\S]*source: https:\/\/docs\.aws\.amazon\.com\/lambda\//);
    expect(text).not.toMatch(/\[Linux \/ macOS\]/);
    expect(JSON.stringify(renderMessages([fix]))).toMatch(/\*AWS Lambda\*[^"]*<https:\/\/docs\.aws\.amazon\.com\/[^|>]+\|source>/);
  });

  it('when the function\'s env keys are the cause, then the steps say Lambda reserves the key variables, not "unset them in your shell"', () => {
    const steps = fixFor('env-var-override').variants[0]!.steps.map((s) => s.text).join(' ');
    expect(steps).toMatch(/reserves `AWS_ACCESS_KEY_ID`/);
    expect(steps).toMatch(/execution role/);
  });

  it('when the key of a deleted-key cause is held by a function, then its Lambda steps are shown, not the shell\'s (every cause has Lambda steps: qa36 F18)', () => {
    const fix = fixFor('key-deleted-or-inactive');
    expect(shown(fix).filter((p) => p !== 'any')).toEqual(['lambda']);
    expect(fix.shownFor).toMatch(/^Steps for /);
  });
});

describe('the line over the steps names the platform as the heading under it does', () => {
  const sso = () => {
    const r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    r.state.facts.credentialSource = 'sso';
    return confirm(r.state, 'wrong-profile');
  };
  it.each([
    ['the runtime is not known (the default)', () => confirm(open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`).state, 'env-var-override'), undefined],
    ['the credentials come from SSO in the person\'s own shell', sso, undefined],
  ] as const)('when %s, then the terminal and Slack name the shown platform with its heading\'s words', (_, fixed, runtime) => {
    const fix = fixed();
    const terminal = renderReplies(fix.replies);
    const note = fixOf(fix).shownFor!;
    const heading = /^ {2}\[([^\]]+)\]$/m.exec(terminal)![1]!;
    expect(terminal).toContain(`  ${note}\n  [${heading}]`);
    expect(note).toMatch(new RegExp(`\\bsteps for ${heading.replace(/[/()]/g, '\\$&')}\\b`, 'i'));
    if (runtime) expect(note.startsWith(`${runtime} (`)).toBe(true);
    const slack = renderMessages(fix.replies).flatMap((m) => m.blocks ?? []).map((b) => JSON.stringify(b));
    const at = slack.findIndex((b) => b.includes(JSON.stringify(note).slice(1, -1)));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(slack[at + 1]).toContain(`*${heading}*`);
  });
});

/** A laptop whose OS nobody named: what a Windows paste shows (prompt, drive paths, `$env:`, PowerShell's error record). */
const WINDOWS: Array<[string, string]> = [
  ['a PowerShell prompt', 'PS C:\\Users\\alice\\infra> aws s3 ls'],
  ['a cmd prompt', 'C:\\work>aws s3 ls'],
  ['an `$env:` assignment of another variable', '$env:Path += ";C:\\tools"\naws s3 ls'],
  ['$env:AWS_PROFILE', '$env:AWS_PROFILE = "dev"'],
  ['the CLI under Program Files', "'C:\\Program Files\\Amazon\\AWSCLIV2\\aws.exe' s3 ls"],
  ['a Python traceback on a C: drive', '  File "C:\\Python311\\Lib\\site-packages\\botocore\\client.py", line 960, in _make_api_call'],
  ['a path in JSON with doubled backslashes', '{"credentials_file": "C:\\\\Users\\\\alice\\\\.aws\\\\credentials"}'],
  ['PowerShell\'s error record', 'aws : An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation\nAt line:1 char:1\n    + CategoryInfo          : NotSpecified: (An error occur...ken is invalid.:String) [], RemoteException\n    + FullyQualifiedErrorId : NativeCommandError'],
];

describe('a laptop with a Windows paste gets the Windows steps', () => {
  it.each(WINDOWS)('when the team answered "laptop" and the paste shows %s, then the PowerShell steps are shown', (_what, marker) => {
    let r = open(`${marker}\n${PASTES.cliInvalidToken}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'laptop', user: 'U1', at: '' }, new Clock());
    expect(shown(fixOf(confirm(r.state, 'env-var-override')))).toEqual(['windows-powershell']);
  });

  it.each(WINDOWS)('when nothing else says where and the paste shows %s, then it is a Windows shell', (_what, marker) => {
    const where = whereItRuns(open(`${marker}\n${PASTES.cliInvalidToken}`).state);
    expect({ platform: where.platform, local: where.local }).toEqual({ platform: 'windows-powershell', local: true });
  });

  it.each([
    ['an ARN', 'arn:aws:iam::123456789012:user/alice'],
    ['an S3 URI', 's3://bucket/C/x'],
    ['a Linux path', '/home/alice/.aws/credentials'],
  ])('when the paste shows only %s, then it is not read as Windows', (_what, marker) => {
    expect(whereItRuns(open(`${marker}\n${PASTES.cliInvalidToken}`).state).platform).not.toBe('windows-powershell');
  });
});

describe('"EC2 or Lambda" told apart by the words', () => {
  it.each([
    ['the function is named', 'Our Lambda function started failing:', 'lambda'],
    ['only EC2 is named, beside a Lambda IAM action', 'On the EC2 box the call to lambda:InvokeFunction fails:', 'ec2'],
    ['both are named', 'It fails on EC2 and in the Lambda:', 'ec2'],
  ])('when the words imply the "EC2 or Lambda" runtime and %s (%s), then the runtime is read as %s', (_what, words, runtime) => {
    const r = open(`${words}\n${PASTES.cliInvalidToken}`);
    expect(r.state.scoring?.implied?.runtime).toBe('ec2');
    expect(whereItRuns(r.state).runtime).toBe(runtime);
  });
});
