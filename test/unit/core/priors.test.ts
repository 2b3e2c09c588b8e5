/** Priors per error family (src/core/rules/priors.ts): what a bare error ranks with no other evidence. */
import { diagnose } from '../../../src/core/diagnose';
import { PRIORS, TOOL_PRIORS } from '../../../src/core/rules/priors';

const BARE_UNKNOWN_KEY = [
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  'An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.',
  'An error occurred (UnrecognizedClientException) when calling the ListTables operation: The security token included in the request is invalid.',
  'An error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials',
  'InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403, request id: 5c1b0e2a-0000-4000-8000-000000000005',
  'software.amazon.awssdk.services.sts.model.StsException: The security token included in the request is invalid. (Service: Sts, Status Code: 403, Request ID: 5c1b0e2a-0000-4000-8000-000000000009)',
  'UnrecognizedClientException: The security token included in the request is invalid.\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)',
  '│ Error: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 5c1b0e2a-0000-4000-8000-00000000000a, api error InvalidClientTokenId: The security token included in the request is invalid.',
  'Get-S3Bucket : The AWS Access Key Id you provided does not exist in our records.',
  'Aws::STS::Errors::InvalidClientTokenId: The security token included in the request is invalid.',
  'Fatal error: Uncaught Aws\\S3\\Exception\\S3Exception: Error executing "PutObject"; AWS HTTP error: Client error: 403 Forbidden InvalidAccessKeyId (client): The AWS Access Key Id you provided does not exist in our records.',
  'Amazon.DynamoDBv2.AmazonDynamoDBException: The security token included in the request is invalid.',
];

describe('family priors', () => {
  it.each(BARE_UNKNOWN_KEY)('when only a bare unknown-key error is pasted (%s), then the missing token and the wrong account/endpoint are both in the top three', (text) => {
    const top3 = diagnose(text).causes.slice(0, 3).map((c) => c.id);
    expect(top3).toEqual(expect.arrayContaining(['missing-session-token', 'wrong-account-or-partition']));
  });

  it('when only an InvalidClientTokenId is pasted, then a deleted key is not ranked above the causes public threads resolve most', () => {
    const ranked = diagnose(BARE_UNKNOWN_KEY[0]!).causes.map((c) => c.id);
    expect(ranked.indexOf('key-deleted-or-inactive')).toBeGreaterThan(ranked.indexOf('stale-credentials-after-rotation'));
    expect(ranked.slice(0, 3)).toEqual(['wrong-account-or-partition', 'missing-session-token', 'wrong-profile']);
  });

  it('when only an unknown-key error worded "security token ... invalid" is pasted, then malformed credentials (6+2 of 46 tuning cases) outrank rotation, env vars and a deleted key (2 each)', () => {
    for (const text of [BARE_UNKNOWN_KEY[0]!, BARE_UNKNOWN_KEY[2]!]) {
      const ranked = diagnose(text).causes.map((c) => c.id);
      for (const rarer of ['stale-credentials-after-rotation', 'env-var-override', 'key-deleted-or-inactive'] as const) {
        expect(ranked.indexOf('malformed-credentials')).toBeLessThan(ranked.indexOf(rarer));
      }
    }
  });

  // The key-not-in-records prior: with this wording a key rotated away or deleted was the resolution of 5 of 16 tuning
  // threads (sciencehistory/scihist_digicoll#810, cal-itp/data-infra#3602 among them), with the token-invalid wording of 2 of 39.
  it.each([BARE_UNKNOWN_KEY[1]!, BARE_UNKNOWN_KEY[8]!, BARE_UNKNOWN_KEY[10]!])(
    'when only "does not exist in our records" is pasted (%s), then a rotated-away key joins the top three and a deleted key outranks env vars',
    (text) => {
      const ranked = diagnose(text).causes;
      const ids = ranked.map((c) => c.id);
      expect(ids.slice(0, 3)).toEqual(['wrong-account-or-partition', 'stale-credentials-after-rotation', 'missing-session-token']);
      expect(ids.indexOf('key-deleted-or-inactive')).toBeLessThan(ids.indexOf('env-var-override'));
      expect(ranked[1]!.evidence.map((e) => e.id)).toContain('prior.msg.key-not-in-records');
    },
  );

  it('when the token-invalid wording is pasted, then the key-not-in-records prior does not apply', () => {
    const ids = diagnose(BARE_UNKNOWN_KEY[0]!).causes.flatMap((c) => c.evidence.map((e) => e.id));
    expect(ids).not.toContain('prior.msg.key-not-in-records');
  });

  it('when the person vouches for keys AWS does not recognise, then malformed credentials join the top three', () => {
    for (const claim of ['I double-checked the keys in the console.', 'The access key id and secret are correct, I copied them today.']) {
      const top3 = diagnose(`${BARE_UNKNOWN_KEY[0]}\n${claim}`).causes.slice(0, 3).map((c) => c.id);
      expect(top3).toContain('malformed-credentials');
    }
  });

  it('when a temporary key is rejected as unknown and another call got AccessDenied, then the missing token outranks a permissions problem', () => {
    const text = [
      'AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE',
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
      'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied',
    ].join('\n');
    const ranked = diagnose(text).causes.map((c) => c.id);
    expect(ranked.indexOf('missing-session-token')).toBeLessThan(ranked.indexOf('authorization-not-authentication'));
    expect(ranked[0]).not.toBe('authorization-not-authentication');
  });

  it.each([
    ['Go v1', 'NoCredentialProviders: no valid providers in chain. Deprecated.'],
    ['botocore', 'botocore.exceptions.NoCredentialsError: Unable to locate credentials'],
    ['JS v3', 'CredentialsProviderError: Could not load credentials from any providers'],
    ['Java v1', 'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain'],
  ])('when only a bare empty-chain error is pasted (%s), then no credentials leads and a role that did not deliver is second', (_tool, text) => {
    const ranked = diagnose(text).causes;
    expect(ranked.slice(0, 2).map((c) => c.id)).toEqual(['no-credentials-found', 'role-credentials-unavailable']);
    expect(ranked[1]!.evidence.map((e) => e.id)).toContain('prior.no-creds');
  });

  // CTFd/CTFd#1882 (tuning half of test/fixtures/real-pastes, batch 5): resolved by signing with SigV4; the region or
  // signing version was the resolution of 3 tuning threads with this error, the environment variables of none.
  it('when a signature mismatch is pasted with nothing else decisive, then the region or signing version is in the top three and the wrong secret leads', () => {
    const text = "Ran into an issue while accessing files that were uploaded to S3.  'SignatureDoesNotMatch - The request signature we calculated does not match the signature you provided. Check your key and signing method.'.  From troubleshooting it appears that v4 is being enforced on AWS in at least us-east-1 and us-east-2.";
    const top3 = diagnose(text).causes.slice(0, 3).map((c) => c.id);
    expect(top3[0]).toBe('secret-key-mismatch');
    expect(top3).toContain('region-endpoint');
    expect(top3).not.toContain('env-var-override');
  });

  // The error line of ianbelcher/eks-kubectl-action#1 and terraform-aws-modules/terraform-aws-eks#3198 (tuning halves),
  // both resolved as an access entry / aws-auth mapping, pasted without the sentences around it.
  it.each(['error: You must be logged in to the server (Unauthorized)', '```error: You must be logged in to the server (Unauthorized)```'])(
    'when only kubectl\'s "%s" is pasted, then authorization (an access entry / aws-auth mapping) is in the top three, by the kubectl prior',
    (text) => {
      const top3 = diagnose(text).causes.slice(0, 3);
      const authz = top3.find((c) => c.id === 'authorization-not-authentication');
      expect(authz?.score).toBeGreaterThan(0);
      expect(authz?.evidence.map((e) => e.id)).toContain('prior.kubectl');
      // A profile was the next most frequent resolution of kubectl's Unauthorized (2 of 8 tuning threads, batches 1-6);
      // an expired session was none of them, so it is still ranked but no longer ahead of the profile.
      expect(top3.map((c) => c.id)).toContain('wrong-profile');
      expect(diagnose(text).causes.find((c) => c.id === 'temporary-credentials-expired')!.score).toBeGreaterThan(0);
    },
  );

  it('when kubectl\'s Unauthorized comes with an EKS context, then the kubectl prior steps aside (the EKS catalogue entry decides)', () => {
    const d = diagnose('aws eks update-kubeconfig --name prod\nerror: You must be logged in to the server (Unauthorized)');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('prior.kubectl');
  });

  it('when a prior applies, then its evidence says so', () => {
    const wrong = diagnose(BARE_UNKNOWN_KEY[0]!).causes.find((c) => c.id === 'wrong-account-or-partition')!;
    expect(wrong.evidence.map((e) => e.id)).toContain('prior.unknown-key');
  });
});

describe('web identity answered with 403', () => {
  it.each([
    ['Go v2', 'failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 0c5b7e33-0000-4000-8000-000000000006, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity'],
    ['boto3', 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity'],
  ])('when %s shows AssumeRoleWithWebIdentity refused with 403, then the role (its trust policy) ranks above a permissions problem', (_tool, text) => {
    expect(diagnose(text).causes[0]!.id).toBe('role-credentials-unavailable');
  });
});

describe('region missing in the Go v2 wording', () => {
  it('when Terraform/Go v2 say an AWS region is required, then the region cause leads', () => {
    const text = '│ Error: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, failed to resolve service endpoint, an AWS region is required, but was not found';
    const d = diagnose(text);
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: true, top: 'region-endpoint' });
  });
});

describe('the prior of reports told in words', () => {
  // Session 23: with batch 9 in the learned context counts, "worked before" (this morning) lifts a role that did not
  // deliver to 0.201, just over an expired session (0.196) and a wrong profile (0.191): the three are within 0.01, so
  // the test asks for the first four (it asked for three when the counts held batches 1-8).
  it('when a credential failure is only told in words with no other hint, then the causes people most often describe so are ranked, wrong-profile among the first four', () => {
    const d = diagnose('The AWS credentials stopped working on the build server this morning and every deploy fails.');
    expect(d.detected).toBe(true);
    const top3 = d.causes.slice(0, 4);
    expect(top3.map((c) => c.id)).toContain('wrong-profile');
    expect(top3.find((c) => c.id === 'wrong-profile')!.evidence.map((e) => e.id)).toContain('prior.reported');
  });

  // Counted over tuning batches 1-9 where the prior applies and nothing at all is known (no cause at 1 before the priors;
  // primary 1, also-acceptable 0.5; scripts/corpus/priors-fit.ts --counts, rule 'sqrt reported, base<1, 3 batches'):
  // an expired session leads; no credentials and a role that did not deliver tie just above a wrong profile. Until stop
  // 24 (batches 1-8, counted where nothing above 2.5 was known) a wrong profile was second: recounted on 1-9 that rule
  // lost two cases in one fold, and the rule that replaced it orders these four as here.
  it('when a credential failure is only told in words, then an expired session leads, then no credentials, a role that did not deliver and a wrong profile', () => {
    const d = diagnose('My AWS credentials are not accepted and every deploy fails.');
    const ids = d.causes.map((c) => c.id);
    expect(ids[0]).toBe('temporary-credentials-expired');
    expect(ids.slice(1, 4)).toEqual(expect.arrayContaining(['no-credentials-found', 'role-credentials-unavailable', 'wrong-profile']));
    expect(ids.indexOf('malformed-credentials')).toBeGreaterThan(3);
  });

  it('when a specific error family is also present, then the reported prior steps aside', () => {
    const d = diagnose('UploadError: could not obtain AWS credentials for the upload\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('prior.reported');
  });
});

describe('a credential failure told in words on AWS compute', () => {
  // aws/aws-for-fluent-bit#83 (tuning): told in words on EKS, resolved as the pod getting the node's role, not IRSA's.
  it.each([
    'Since we moved the service to our EKS cluster the pods fail to get AWS credentials and every S3 call fails.',
    'On our EC2 instance the app cannot obtain AWS credentials anymore.',
    'The ECS task can\'t load AWS credentials after the deploy.',
  ])('when "%s", then a role that did not deliver leads', (text) => {
    const lead = diagnose(text).causes[0]!;
    expect(lead.id).toBe('role-credentials-unavailable');
    expect(lead.evidence.map((e) => e.id)).toContain('role-unavailable.compute-report');
  });

  it('when it is told on Lambda (whose role always delivers), then the compute rule does not apply', () => {
    const d = diagnose('Lambda function fails to get AWS credentials.');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('role-unavailable.compute-report');
  });

  it('when a specific error family is pasted on EKS, then the compute rule steps aside (the family\'s own rules decide)', () => {
    const d = diagnose('Our pod on EKS fails:\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('role-unavailable.compute-report');
  });
});

describe("the session token's old name", () => {
  // unbounce/iidy#18 (tuning): the tool read only AWS_SESSION_TOKEN; the reporter had set AWS_SECURITY_TOKEN. No hand
  // rule weighs the name since stop 33 (missing-token.legacy-name decided nothing out of fold, rank-prune.ts): the
  // learned ratio of hint.legacy-token-name (4 of 4 tuning threads resolved as the missing token) carries it.
  const ERROR = 'error:  InvalidClientTokenId: The security token included in the request is invalid.';
  it.each([
    'Expected `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SECURITY_TOKEN` and the tool fails at the import step.',
    'export AWS_SECURITY_TOKEN="$TOKEN"',
  ])('when AWS_SECURITY_TOKEN is named beside an unknown-key error ("%s"), then the missing token leads', (line) => {
    const lead = diagnose(`${line}\n${ERROR}`).causes[0]!;
    expect(lead.id).toBe('missing-session-token');
    expect(lead.evidence.map((e) => e.id)).toContain('context.hint.legacy-token-name');
  });

  it('when only AWS_SESSION_TOKEN is named, then the old name is not read', () => {
    const d = diagnose(`AWS_SESSION_TOKEN is exported too.\n${ERROR}`);
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('context.hint.legacy-token-name');
  });
});

describe('the tool/runtime shift of a family prior (TOOL_PRIORS)', () => {
  const LAMBDA_UNKNOWN_KEY = [
    'START RequestId: 5c1b0e2a-0000-4000-8000-000000000011 Version: $LATEST',
    'UnrecognizedClientException: The security token included in the request is invalid.',
  ].join('\n');

  // Counted on tuning batches 1-9: every unknown-key case on Lambda where nothing specific was known (8 of 8) was a
  // missing session token (the execution role's temporary key sent without its token).
  it('when a bare unknown-key error comes from Lambda, then the Lambda shift lifts the missing token to the lead', () => {
    const d = diagnose(LAMBDA_UNKNOWN_KEY);
    expect(d.causes[0]!.id).toBe('missing-session-token');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toContain('prior.unknown-key.runtime.lambda');
  });

  it('when the same error comes with no tool or runtime the extractor knows (.NET), then no shift applies', () => {
    const ids = diagnose(BARE_UNKNOWN_KEY[11]!).causes.flatMap((c) => c.evidence.map((e) => e.id));
    expect(ids.filter((id) => /^prior\.[\w-]+\.(?:tool|runtime)\./.test(id))).toEqual([]);
  });

  it('when a shift is negative, then it is evidence against the cause, in words that say so', () => {
    const d = diagnose('NoCredentialProviders: no valid providers in chain. Deprecated.\n\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors');
    const against = d.causes.flatMap((c) => c.evidence).filter((e) => e.id === 'prior.no-creds.tool.aws-sdk-go' && e.polarity === 'against');
    expect(against.length).toBeGreaterThan(0);
    expect(against[0]!.text).toContain('less often');
  });

  // Issue 10: the missing token and a wrong account/endpoint are never absent from a bare unknown-key error's top three.
  it.each(TOOL_PRIORS.filter((p) => ['fam.unknown-key', 'fam.authfailure'].includes(p.family)).map((p) => [p.family, p.with!.join(',')]))(
    'when %s is shifted by %s, then the missing token and a wrong account stay in the prior\'s top three',
    (family, key) => {
      const base = PRIORS.find((p) => p.family === family && !p.with)!.weights;
      const shift = TOOL_PRIORS.find((p) => p.family === family && p.with!.join(',') === key)!.weights;
      const ids = new Set([...Object.keys(base), ...Object.keys(shift)]) as Set<keyof typeof base>;
      const ranked = [...ids].sort((a, b) => (base[b] ?? 0) + (shift[b] ?? 0) - ((base[a] ?? 0) + (shift[a] ?? 0)));
      expect(ranked.slice(0, 3)).toEqual(expect.arrayContaining(['missing-session-token', 'wrong-account-or-partition']));
    },
  );
});

describe('EC2 AuthFailure', () => {
  // Its ten tuning threads (batches 1-9): region 3, clock skew 3 (b4, b6, b9), missing token 2, malformed 1+1.
  it('when only a bare AuthFailure is pasted, then a clock off comes fourth, after the three issue 10 keeps on top', () => {
    const ids = diagnose(BARE_UNKNOWN_KEY[3]!).causes.map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(['region-endpoint', 'wrong-account-or-partition', 'missing-session-token']);
    expect(ids[3]).toBe('clock-skew');
  });
});

describe('a refusal', () => {
  // Of the 104 tuning refusals with no authentication failure beside them, 79 were a permission; of the rest a role not
  // delivered was the most frequent resolution (8+5, seven batches), then a wrong profile (3+7).
  const BARE_DENIED = 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied';

  it('when only a bare AccessDenied is pasted, then the permission leads and a role not delivered joins the top three', () => {
    const ranked = diagnose(BARE_DENIED).causes;
    expect(ranked.slice(0, 3).map((c) => c.id)).toEqual(['authorization-not-authentication', 'wrong-profile', 'role-credentials-unavailable']);
    expect(ranked[2]!.evidence.map((e) => e.id)).toEqual(['prior.authz']);
  });

  it('when the refusal comes beside an authentication failure, then the refusal prior steps aside (that failure\'s rules decide)', () => {
    const d = diagnose(`An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.\n${BARE_DENIED}`);
    expect(d.causes[0]!.id).toBe('temporary-credentials-expired');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('prior.authz');
  });
});

describe('EC2 RequestExpired', () => {
  // Tuning threads with RequestExpired and nothing decisive (b2, b10, b11) were all resolved as expired credentials.
  const BARE_EXPIRED = 'botocore.exceptions.ClientError: An error occurred (RequestExpired) when calling the DescribeInstances operation: Request has expired.';

  it('when only a bare RequestExpired is pasted, then expired credentials lead and a clock off stays second', () => {
    const ids = diagnose(BARE_EXPIRED).causes.map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(['temporary-credentials-expired', 'clock-skew']);
  });

  it('when RequestExpired comes inside a report that says nothing decisive, then expired credentials lead', () => {
    // Fails with clock-skew.request-expired back at 1.2 (f9df37d8 lowered it to 0.9): the clock led this paste at e5133e3.
    expect(diagnose(`Our nightly job gets this after running a while:\n${BARE_EXPIRED}`).causes[0]!.id).toBe('temporary-credentials-expired');
  });

  // A guard, not a test of the change: undoing f9df37d8 (a heavier clock reading) would not fail it. It holds that the
  // lighter weight still lets what the person says about the clock decide.
  it('when the person says the clock is off beside RequestExpired, then the clock leads', () => {
    expect(diagnose(`${BARE_EXPIRED}\nMy VM clock drifted, ntp was not running.`).causes[0]!.id).toBe('clock-skew');
  });
});

describe('environment variables merely named', () => {
  // No hand rule reads hint.env any more (env-var-override.ts): only the learned ratio weighs it against its label counts.
  it('when an unknown-key error names environment variables only as how settings are passed, then the prior\'s order stands', () => {
    const text = 'Deploys fail with "The security token included in the request is invalid". We pass everything to the container through environment variables.';
    const ranked = diagnose(text).causes;
    expect(ranked.slice(0, 2).map((c) => c.id)).toEqual(['wrong-account-or-partition', 'missing-session-token']);
    expect(ranked.flatMap((c) => c.evidence.map((e) => e.id))).toContain('context.hint.env');
  });
});
