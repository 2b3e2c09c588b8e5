/**
 * Sentences that hold a credential word and a failure word, yet tell no failure (issue #10: no false positive on
 * feature requests, pull requests and docs talk): a condition an instruction supposes (extract/supposed.ts), a negated
 * duty ("so I don't have to …"), the docs not making something clear, typos fixed in the docs, credentials "not expired"
 * (extract/credential-talk.ts, prose-report.ts).
 * The texts are fresh public threads, none in the corpora (their URLs were claimed so that no corpus batch takes them);
 * each reading's report with the same words stays detected.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { supposedSpans, withoutSupposed } from '../../../../src/core/extract/supposed';

const NOW = new Date('2026-12-07T00:00:00Z');
const detected = (text: string): boolean => diagnose(text, { now: NOW }).detected;

describe('not told failures', () => {
  it.each([
    [
      'a pull request: what the code does when credentials are not set',
      'https://github.com/uswitch/bifrost/pull/5',
      'If the credentials are not set in the configuration file, look for them in the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables.\n\n' +
        'This is a minimal change that maintains backward compatibility and will allow removal of embedded credentials in the config file.',
    ],
    [
      'a feature request: a duty the writer wants gone',
      'https://github.com/dtan4/dockerfile-terraforming/issues/33',
      'in other word, I would like to use this \n\ndocker run \\\n    --rm \\\n    quay.io/dtan4/terraforming:latest \\\n    terraforming --profile=default --region=us-west-2 s3\n\n' +
        'Where the default profile is stored in ~/.aws/config and ~/.aws/credential\n\nSo I don\'t have to expose my credential in a script.',
    ],
    [
      'a docs issue: the docs not clear about the variables',
      'https://github.com/Yelp/mrjob/issues/402',
      "The docs aren't clear about `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` being environment variables. You can also put this in `~/.boto` or `/etc/boto.cfg`:\n\n" +
        '```\naws_access_key_id = XXXX\naws_secret_access_key = YYYY\n```',
    ],
    [
      'a docs pull request: the docs make no mention of the file',
      'https://github.com/hashicorp/packer/pull/1784',
      'Updated Amazon documentation to reflect the precedence rules putting ~/.aws/credentials files ahead of env vars. The current documentation does not make mention of this file.\n\n' +
        'See #1612 for more detail on the issue.',
    ],
    [
      'a docs pull request: typos fixed',
      'https://github.com/awslabs/aws-well-architected-labs/pull/83',
      '*Issue #, if available:*\n\n*Description of changes:*\nfixes for various typos and language/command clarifications in Documentation/AWS_Credentials.md\n\n' +
        'By submitting this pull request, I confirm that my contribution is made under the terms of the Apache 2.0 license.',
    ],
    [
      'a feature request: credentials "not expired" as the condition a tool needs',
      'https://github.com/naftulikay/aws-env/issues/19',
      'AWS Single-Sign-On uses temporary credentials<sup>1</sup>, then uses STS to get temporary role credentials<sup>2</sup>. \n\n' +
        '[naftulikay/aws-sso-env](https://github.com/naftulikay/aws-sso-env) already implements the required logic to generate and export role credentials<sup>2</sup>, ' +
        'provided that the temporary credentials<sup>1</sup> are present and not expired.\n\n' +
        'Temporary credentials<sup>1</sup> are obtained via `aws sso login`, which opens a browser window to obtain the credentials.',
    ],
  ])('%s (%s) is no credential failure', (_what, _url, text) => {
    expect(detected(text)).toBe(false);
  });

  it.each([
    // The failure is outside the condition; the profile inside it stays the credential it is about.
    'If I set AWS_PROFILE, the CLI ignores it and uses the default credentials.',
    // A condition whose main clause has a subject tells what happens (deis/postgres#167, a tuning positive of batch 16).
    "If these values are empty, then the user is using IAM credentials so we don't want these in the environment",
    // "have" without "to" is what a credential lacks.
    "The pod doesn't have credentials for S3 even though the IAM role is attached.",
    "Our AWS credentials don't work anymore and I have to run aws sso login every hour.",
    'I made a typo in AWS_SECRET_ACCESS_KEY and now every aws call fails.',
    // "Not expired" beside a failure told, and an expiry told.
    'I checked that the AWS credentials are not expired, but aws s3 ls still fails.',
    'My AWS session token expired and the deploy stopped.',
    // "Clear" after "doesn't" is the verb a failure uses, not the docs' adjective (review 33, R33-6).
    "Running aws sso logout doesn't clear the cached AWS credentials, so the old session keeps being used.",
    // A main clause whose subject is a bare name tells what happens, it is no instruction (review 33, R33-13).
    'If the role cannot be assumed, terraform just exits with code 1 and prints nothing else.',
  ])('the report %j stays detected', (text) => {
    expect(detected(text)).toBe(true);
  });
});

describe('supposed conditions', () => {
  it('reads a condition before an instruction, not before a clause with a subject, nor one with no comma', () => {
    const spec = 'If the credentials are not set, look for them in the environment.';
    expect(supposedSpans(spec)).toEqual([[0, 'If the credentials are not set,'.length]]);
    expect(withoutSupposed(spec)).toBe(' '.repeat('If the credentials are not set,'.length) + ' look for them in the environment.');
    expect(supposedSpans('If the credentials are not set, the CLI prompts for them.')).toEqual([]);
    expect(supposedSpans('If I run it I get Access Denied.')).toEqual([]);
    expect(supposedSpans('It fails even if the profile is set, retry.')).toEqual([]);
    expect(supposedSpans('It acts as if the key were not set, then stops.')).toEqual([]);
    // A bare name and a finite verb is a subject ("terraform just exits", "boto3 hangs", "Lambda can't"); a verb first
    // is an instruction, also before "this" or "its".
    expect(supposedSpans('If the role cannot be assumed, terraform just exits with code 1.')).toEqual([]);
    expect(supposedSpans('If credentials are not found, boto3 hangs on the metadata endpoint.')).toEqual([]);
    expect(supposedSpans("If the key is not set, Lambda can't read the bucket.")).toEqual([]);
    expect(supposedSpans('If the credentials are not set, try this instead.')).toEqual([[0, 'If the credentials are not set,'.length]]);
    expect(supposedSpans('If the profile is not set, check its value.')).toEqual([[0, 'If the profile is not set,'.length]]);
    // Review 33b (R33b-6): an instruction's verb and a plural object are no name and verb.
    for (const doc of [
      'If no AWS credentials are found, use credentials from the instance profile instead.',
      'If the AWS credentials are expired, refresh tokens with aws sso login before you deploy.',
      'If the access key is invalid, rotate keys in the IAM console.',
    ]) {
      expect(supposedSpans(doc)).toEqual([[0, doc.indexOf(',') + 1]]);
      expect(diagnose(doc, { now: NOW }).detected).toBe(false);
    }
    expect(diagnose('If the role cannot be assumed, terraform just exits with code 1 and prints nothing else.', { now: NOW }).detected).toBe(true);
    expect(diagnose("Running aws sso logout doesn't clear the cached AWS credentials, so the old session keeps being used.", { now: NOW }).detected).toBe(true);
  });
});
