import { diagnose } from './src/core/diagnose';
const ERR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const S: Array<[string, string]> = [
  ['missing-session-token', 'I am using temporary credentials from sts assume-role.'],
  ['missing-session-token', 'I copied the access key and secret from the SSO portal into ~/.aws/credentials.'],
  ['missing-session-token', 'The credentials come from our STS federation script.'],
  ['missing-session-token', 'We get temporary credentials from Vault and export them.'],
  ['missing-session-token', 'These are STS credentials.'],
  ['region-endpoint', 'It works in us-east-1 but fails in ap-east-1.'],
  ['region-endpoint', 'We just started using the Milan region.'],
  ['region-endpoint', 'The same keys work against another region.'],
  ['clock-skew', 'This happens after my laptop wakes from sleep in WSL2.'],
  ['env-var-override', 'I have AWS_ACCESS_KEY_ID set in my .bashrc from an old project.'],
  ['env-var-override', 'There are AWS keys exported in my shell.'],
  ['wrong-profile', 'I have several profiles in ~/.aws/credentials and pass --profile prod.'],
  ['stale-credentials-after-rotation', 'We rotated the IAM user keys yesterday.'],
  ['stale-credentials-after-rotation', 'I deactivated the old key and created a new one.'],
  ['key-deleted-or-inactive', 'The IAM user was deleted last week.'],
  ['key-deleted-or-inactive', 'I just created this access key a minute ago.'],
  ['wrong-account-or-partition', 'The keys are for our MinIO server.'],
  ['wrong-account-or-partition', 'We use DigitalOcean Spaces with the AWS SDK.'],
  ['wrong-account-or-partition', 'These keys are from our China account.'],
  ['wrong-account-or-partition', 'The keys belong to my personal AWS account, not the company one.'],
  ['malformed-credentials', 'I stored the secret in a GitHub secret and it may have a trailing newline.'],
  ['malformed-credentials', 'The key is read from a .env file with quotes around it.'],
  ['malformed-credentials', 'I might have swapped the access key and the secret.'],
];
for (const [want, s] of S) {
  const d = diagnose(`${s}\n${ERR}`);
  const ids = d.causes.map((c) => c.id);
  const r = ids.indexOf(want as never) + 1;
  console.log(`${r === 1 ? 'OK ' : r <= 3 ? 'top3' : 'MISS'} rank ${r} ${want.padEnd(34)} | ${s} | ${d.causes.slice(0, 3).map((c) => `${c.id}:${c.score}`).join(' ')}`);
}
