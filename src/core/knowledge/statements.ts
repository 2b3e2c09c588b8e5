/**
 * Statements of fact people make in a thread at any moment, not as the answer to a question:
 * "the env has the old key", "it's the dev account, the state bucket lives in the ops account".
 * Each moves the causes like an answer would. Words that answer a question (rotated, sso, ASIA)
 * are the probes' own `say` patterns; these are the facts no question asks for.
 */
import type { Statement } from './types';

export const STATEMENTS: Statement[] = [
  {
    id: 'env-has-keys',
    say: [
      '\\b(env|environment|shell)\\b.{0,40}\\b(old|stale|wrong|previous|other|another)\\b.{0,20}\\b(key|creds|credentials)\\b',
      '\\b(old|stale|wrong|previous)\\b.{0,20}\\b(key|creds|credentials)\\b.{0,30}\\b(in|from) (my |the |our )?(env|environment|shell|bashrc|zshrc|profile|\\.env)\\b',
      '\\bAWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)\\b.{0,40}\\b(in|from) (my |the |our )?(env|environment|shell|bashrc|zshrc|\\.env)\\b',
      '\\b(problem|issue|culprit) (is|was) .{0,30}\\bAWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)\\b',
      '\\bexported (an? |the )?(old|stale|wrong) (key|creds|credentials)\\b',
      // "the script fails if you run it again in the same shell (i.e. `AWS_SESSION_TOKEN` is still set)"
      // (rust-lang/simpleinfra#27): a variable left from before wins over what should be used now.
      '\\bAWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)\\b.{0,20}\\b(is|are|was|were) still (set|exported|there|around|in (my |the )?(env|environment|shell))\\b',
      '\\b(token|key|creds|credentials)\\b.{0,20}\\b(cached|left|still set|still exported) in (my |the |our )?(env|environment|shell)\\b',
    ],
    effects: { 'env-var-override': 8, 'wrong-profile': 0.6, 'no-credentials-found': 0.1 },
    implies: { envKeys: 'yes' },
    evidence: 'The team says the environment holds other (old) keys, which win over the profile or role',
    source: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-configure.html#configure-precedence',
  },
  {
    // "AWX injects AWS_SECURITY_TOKEN, the collection only reads AWS_SESSION_TOKEN", "authenticating
    // w/o sessionToken": the temporary key travels without its token.
    id: 'token-not-sent',
    say: [
      '\\b(w/o|without|missing|no|forgot|forgot to (set|pass|send)|never (set|passed|sent))\\s+(the\\s+|a\\s+)?(aws_)?(session|security)[ _-]?token',
      '\\b(aws_)?(session|security)[ _-]?token\\b.{0,40}\\b(not (passed|sent|set|read|forwarded|picked up)|missing|dropped|ignored|never (passed|sent|set))\\b',
      '\\bonly reads\\b.{0,30}\\b(AWS_)?SESSION_TOKEN\\b',
      '\\b(doesn\'?t|does not|didn\'?t|did not|won\'?t) (read|pass|send|forward|set|support)\\b.{0,30}\\b(session|security)[ _-]?token',
    ],
    // Said outright, it is nearly decisive: diagnose gives a bare unknown-key error no weight for it.
    effects: { 'missing-session-token': 40, 'temporary-credentials-expired': 0.5, 'key-deleted-or-inactive': 0.2, 'stale-credentials-after-rotation': 0.3, 'env-var-override': 0.6, 'wrong-profile': 0.6 },
    implies: { sessionTokenPresent: 'false' },
    evidence: 'The team says the session token is not sent with the temporary key',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html',
  },
  {
    // "even if I set profile in provider, other resources are deployed on my default profile", "the
    // profile is ignored": the runtime resolves other credentials than the profile named. Usually
    // another profile wins (default, AWS_PROFILE, the tool's own setting); env keys win over any profile.
    id: 'profile-not-used',
    say: [
      '\\b(uses?|using|used|picks?( up)?|picked( up)?|deploy(s|ed)? (on|to|with|in|into)|goes to|went to|runs? (with|as|under)|ends? up (on|in|with)|falls? back to)\\b.{0,30}\\b(my |the |our )?default (aws )?profile\\b',
      '\\bprofile\\b.{0,40}\\b(is |was |gets |got )?(ignored|not (used|picked up|respected|honou?red|applied)|has no effect)\\b',
      "\\b(ignores?|ignoring|ignored|doesn'?t (use|respect|pick up|honou?r)|does not (use|respect|pick up|honou?r)|isn'?t using)\\b.{0,30}\\bprofile\\b",
      '\\b(uses?|using|picks?|picked) (the |a )?(wrong|other|another|different) (aws )?profile\\b',
      '\\bnot match(ing|es)?\\b.{0,30}\\bprofile\\b',
    ],
    effects: { 'wrong-profile': 6, 'env-var-override': 2.5, 'wrong-account-or-partition': 1.2, 'key-deleted-or-inactive': 0.5, 'no-credentials-found': 0.3 },
    evidence: 'The team says the runtime uses another profile than the one it was given',
    source: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html; https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration',
  },
  {
    // "it runs smoothly by hand, but under cron it fails", "works as my user, not with sudo": cron,
    // sudo and service users have another HOME and environment, so ~/.aws and the exported keys
    // are not the ones the person sees in their own shell.
    id: 'other-user-or-cron',
    say: ['\\b(under|in|from|via|with|as a) (a )?(cron|crontab|cron ?job|systemd( service| unit| timer)?|launchd)\\b', '\\bcron ?jobs?\\b', '\\b(with|under|using|via) sudo\\b', '\\bas (the )?root( user)?\\b', '\\bwww-data\\b'],
    effects: { 'no-credentials-found': 6, 'wrong-profile': 1.5, 'env-var-override': 1.3, 'key-deleted-or-inactive': 0.4, 'stale-credentials-after-rotation': 0.6 },
    evidence: 'The team says it fails under cron, sudo or a service user: another HOME and environment, so other (or no) credentials are found',
    source: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html (the files live under the HOME of the user running the command); https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html',
  },
  {
    // "the default http_put_response_hop_limit broke it": with IMDSv2 a hop limit of 1 stops the
    // instance role's credentials at the container boundary.
    id: 'imds-hop-limit',
    say: ['\\bhop[ _-]?limit\\b', '\\bhttp_put_response_hop_limit\\b'],
    effects: { 'role-credentials-unavailable': 8, 'no-credentials-found': 1.5, 'key-deleted-or-inactive': 0.3 },
    evidence: "The team names the instance metadata hop limit: with IMDSv2 and a limit of 1, a container cannot reach the instance role's credentials",
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html#modify-PUT-response-hop-limit',
  },
  {
    // "there's a newline character after the AccessKey", "a trailing space in the secret": the value
    // sent is not the key, so AWS rejects it as unknown or as a bad signature.
    id: 'whitespace-in-credentials',
    say: [
      '\\b(newline|new line|line ?break|carriage return|trailing (space|whitespace|newline)|leading (space|whitespace)|extra (space|whitespace|newline)|whitespace|invisible char\\w*|hidden char\\w*)\\b.{0,60}\\b(access ?key|secret|key id|credentials?|token)',
      '\\b(access ?key|secret|key id|credentials?)\\b.{0,60}\\b(newline|new line|line ?break|carriage return|trailing (space|whitespace|newline)|extra (space|whitespace|newline)|whitespace)\\b',
    ],
    effects: { 'malformed-credentials': 8, 'secret-key-mismatch': 1.5 },
    evidence: 'The team says the key or secret carries whitespace or a line break',
    source: 'https://github.com/postmanlabs/postman-app-support/issues/7882; https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot.html',
  },
  {
    // "my secret access key contains '+'; a new secret without '+' works": a tool that does not
    // encode or escape the secret signs with another value.
    id: 'secret-special-characters',
    say: [
      "\\bsecret( access)?( key)?\\b.{0,40}\\b(contains?|has|had|with|includes?)\\b.{0,20}(['\"`]?[+/]['\"`]?|\\bplus\\b|\\bslash\\b|special char)",
      '\\b(special char\\w*|plus sign|slash(es)?)\\b.{0,40}\\bsecret( access)?( key)?\\b',
    ],
    effects: { 'secret-key-mismatch': 6, 'malformed-credentials': 3 },
    evidence: "The team says the secret holds characters such as '+' or '/' that a tool may not pass on unchanged",
    source: 'https://github.com/aws/aws-cli/issues/6751',
  },
  {
    // "AWS SSO credentials is not supported in Java SDK V1" (bazaarvoice/s3-upload-maven-plugin#32, batch 14), "This
    // change adds support for AWS Single Sign On (AWS SSO) based config profiles. AWS SDK v1 does not support AWS SSO based
    // credentials" (aws/aws-msk-iam-auth#20, batch 12): the tool's chain has no SSO provider (aws-sdk-java v1 never gained
    // one: aws/aws-sdk-java#2434), so the SSO profile the person signed in with yields nothing. Both tuning threads were
    // resolved as no credentials found; the SSO answer alone (probes.ts sign-in `sso`) lowers that cause, as an SSO
    // sign-in usually has credentials to find. A chain without the provider may still end at a role it does read.
    // Support added is not read ("Since we added support for SSO profiles in our aws setup, the cli keeps failing": the
    // setup has SSO), nor a question; the two threads' own denials say it.
    id: 'sso-not-supported',
    say: [
      "\\b(sso|single sign[- ]on|identity center)\\b[^.]{0,60}\\b(is |are )?(not (yet )?supported|unsupported|isn'?t supported|aren'?t supported)\\b",
      // Support only: "Cannot load SSO provider" is an SDK's error for a profile without its SSO settings (aws/aws-sdk-go-v2#2430,
      // a wrong profile).
      "\\b(doesn'?t|does not|didn'?t|did not|won'?t|never) (yet )?support\\b[^.]{0,40}\\b(sso|single sign[- ]on|identity center)\\b",
    ],
    // Asked, not said: "is sso not supported by the aws terraform provider?".
    sayUnless: ['\\b(sso|single sign[- ]on|identity center)\\b[^.!?\\n]{0,120}\\?'],
    effects: { 'no-credentials-found': 60, 'role-credentials-unavailable': 2, 'temporary-credentials-expired': 0.3, 'wrong-profile': 0.2 },
    evidence: 'The team says the tool or its SDK does not read SSO credentials: the SSO profile gives it nothing',
    source: 'https://github.com/aws/aws-sdk-java/issues/2434; https://docs.aws.amazon.com/sdkref/latest/guide/feature-sso-credentials.html',
  },
  {
    id: 'other-account',
    say: [
      "\\b(it'?s|that'?s|is|was|using|uses|in) the (\\w+[- ])?(dev|prod|staging|test|sandbox|ops|shared|security|audit|tools|management|master|wrong)\\b[- ]?account\\b",
      '\\bwrong (aws )?account\\b',
      '\\b(lives|is|sits|are|belongs?) (in|to) (the |an)?(other|another|different|\\w+) (aws )?account\\b',
      '\\b(another|a different|other) (aws )?account\\b',
      '\\bcross[- ]account\\b',
    ],
    sayUnless: ['\\bsame account\\b'],
    effects: { 'wrong-account-or-partition': 3, 'wrong-profile': 2.5, 'env-var-override': 1.3, 'key-deleted-or-inactive': 0.5 },
    implies: { resourceAccount: 'other' },
    evidence: 'The team says another AWS account is involved (the caller or the resource is in a different account)',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
  },
];
