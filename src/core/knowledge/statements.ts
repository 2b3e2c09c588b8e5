/**
 * Statements of fact people make in a thread at any moment, not as the answer to a question:
 * "the env has the old key", "it's the dev account, the state bucket lives in the ops account".
 * Each moves the causes like an answer would. Words that answer a question (rotated, sso, ASIA)
 * are the probes' own `say` patterns; these are the facts no question asks for.
 */
import type { Statement } from './types';
import { near } from '../near';
import { LAPSE_RATIO, LAPSE_SAY } from '../extract/lapse-cue';
import { UNREAD_SOURCE_STATEMENTS } from './statements-unread-sources';
import { TOLD_FIX_STATEMENTS } from './statements-told-fixes';
import { LAPTOP_SAY, NOT_ON_AWS } from './runtime-words';
import { OWN_ACCOUNT } from './account-words';

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
    // Only temporary credentials come with a session token: a long-term (AKIA) user key is sent without one (the page
    // above). Said of a key the team said is AKIA ("there is no session token, it's a plain IAM user key", "I checked,
    // AWS_SESSION_TOKEN is not set": QA 38 F1), the words tell that they checked, and weigh against the missing token.
    otherwise: {
      when: [{ fact: 'keyKind', in: ['long-term'] }],
      effects: { 'missing-session-token': 0.5 },
      evidence: 'The team says no session token is sent: a long-term (AKIA) key needs none',
    },
  },
  {
    // "the html example only has two fields, access key id and secret, theres no place for a token" (the QA run of
    // awslabs/aws-lex-browser-audio-capture#13, resolved "Have you tried using an IAM user's credentials?"): the tool
    // cannot send a session token at all, so the fix is a key that needs none (playbooks/session-token.ts).
    id: 'tool-takes-no-token',
    say: [
      '\\bno (place|field|option|input|box|slot|way|setting|param|parameter)s? (for|to (enter|put|set|pass|give|add)) (a |an |the )?(aws_)?((session|security)[ _-]?)?token\\b',
      '\\bonly (has|have|takes|take|accepts|accept|asks for|supports|support)\\b.{0,30}\\b(access[ _-]?key([ _-]?id)?|key[ _-]?id)\\b.{0,20}\\band\\b.{0,12}\\bsecret',
      "\\b(doesn'?t|does not|can'?t|cannot|won'?t) (take|accept|have) (a |an |the )?(field|option|place|input|setting|param|parameter)s? for (a |an |the )?(aws_)?((session|security)[ _-]?)?token\\b",
    ],
    // The person put the token in after all ("… but I put the token in the header": review R34d-8): the tool takes it somewhere.
    sayUnless: ["\\b(i|we)('ve| have)? (put|pass|passed|set|add|added|send|sent|give|gave)\\b.{0,30}\\btoken\\b"],
    // One sentence, one count: its own weight here (x3, as before QA 35 N26), and with a temporary key known (an ASIA
    // prefix, keys from the SSO portal) the fact signal token-field-none (fact-signals.ts) adds what the two facts say
    // together. With a long-term or unknown key the sentence weighs x3 only, so key-prefix is still asked (review 36 E-2).
    effects: { 'missing-session-token': 3 },
    implies: { tokenField: 'none' },
    evidence: 'The team says the tool takes no session token: a temporary key cannot work in it',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html',
  },
  {
    // "i export aws_access_key_id aws_secret_access_key and aws_session_token" (qa36 F20; batch-21 tuning thread
    // ansible/ansible#36742, where the old ec2.py inventory read AWS_SECURITY_TOKEN only): the token is set where the
    // shell reads it, so setting it again is no fix; the tool reads another name or place (playbooks/session-token.ts).
    // It moves no cause: a token set and a key still rejected is this or an expired session.
    id: 'token-set',
    say: [
      "\\b(i|we)('ve| have)? (also )?(export|exported|set|pass|passed|add|added)\\b[^.]{0,80}\\b(aws_)?session[ _-]?token\\b",
      "\\b(aws_)?session[ _-]?token\\b (is|was|are) (also )?(set|exported|there)\\b",
    ],
    // A condition or a question sets nothing ("if i set the session token it works", "would setting AWS_SESSION_TOKEN
    // help?": review 36b R36b-11): the first even says the failing process runs without it.
    sayUnless: ["\\b(not|never|forgot|without|w/o|missing|didn'?t|don'?t|isn'?t|wasn'?t|no|if|unless|whether|would|could|should)\\b"],
    effects: {},
    implies: { tokenField: 'set' },
    evidence: 'The team says the session token is set next to the key',
    source: 'https://github.com/ansible/awx/issues/13297',
  },
  {
    // "i put the access key + secret from the sso portal into aider" (QA 35 N26, batch-19 tuning thread hotovo-aider-desk-131):
    // the SSO (IAM Identity Center) access portal hands out short-term credentials, a key with its session token, so the
    // key is a temporary (ASIA) one. The weight is the temporary-key fact signals' (fact-signals.ts), as for ASIA answered.
    id: 'sso-portal-keys',
    say: ['\\b(keys?|creds|credentials|secret)\\b[^.]{0,40}\\bfrom (the |our |my )?(aws )?(sso|identity center|access) portal\\b'],
    effects: {},
    implies: { keyKind: 'temporary' },
    evidence: 'The team says the keys come from the SSO portal: temporary keys that need their session token',
    source: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/howtogetcredentials.html',
  },
  {
    // "im new to aws, never set any keys on this laptop" (the QA run of cogeotiff/rio-tiler#18, resolved by setting up
    // ~/.aws/credentials): no key exists to be wrong, expired or without its token; the chain has nothing to find.
    id: 'no-keys-set',
    say: [
      "\\b(never|haven'?t|have not|didn'?t|did not) (ever |yet )?(set|set up|configured?|created|added|made|got) (up )?(any |my |the |an? )?(aws )?(access )?(keys?|credentials|creds)\\b(?! (issues?|problems?|errors?|correctly|right|properly|files?|by hand|manually|for)\\b)",
    ],
    // Keys kept elsewhere than the environment are still keys ("never set any keys in the env, they are in ~/.aws/credentials").
    // "had" and a noun or adverb after the keys ("never had any credentials issues", "haven't set up the keys correctly",
    // "didn't configure the credentials file by hand") and "only"/"not saying" say keys exist (review R34d-5).
    sayUnless: ['\\b(env|environment|shell|bashrc|zshrc|\\.env|variables?)\\b', '\\b(session|security)[ _-]?token', '\\bonly\\b', '\\bnot saying\\b'],
    effects: { 'no-credentials-found': 8, 'missing-session-token': 0.2, 'temporary-credentials-expired': 0.3, 'key-deleted-or-inactive': 0.3, 'stale-credentials-after-rotation': 0.2, 'secret-key-mismatch': 0.3, 'env-var-override': 0.3, 'malformed-credentials': 0.5 },
    evidence: 'The team says no AWS keys were ever set up here: there are none for the SDK to find',
    source: 'https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html',
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
    // are not the ones the person sees in their own shell. The same holds for any process the person's shell does not
    // start: a service or daemon ("invoked by the EC2Config service which runs as Local System", aws/aws-sdk-net#287;
    // "some nix commands … ran behalf of nix daemon", cachix/install-nix-action#229; "K3s systemd service does not set
    // $HOME", k3s-io/k3s#11814), a login shell or another user's (`sudo -i`, `sudo -u grafana`: hashicorp/packer#2861,
    // grafana/timestream-datasource#9), an app the Dock or Finder starts (launchd's environment, not the shell's).
    id: 'other-user-or-cron',
    say: [
      '\\b(under|in|from|via|with|by|as a) (a )?(cron|crontab|cron ?job|systemd( service| unit| timer)?|launchd)\\b',
      '\\bcron ?jobs?\\b',
      '\\b(with|under|using|via) sudo\\b',
      '\\bas (the )?root( user)?\\b',
      '\\bwww-data\\b',
      '\\bsystemd (service|unit|timer)s?\\b',
      '\\bsystemd\\b[^.]{0,60}\\bfor (its |the |system )?services\\b',
      // sudo's login shell or another user (-i, -u, -s, -H), or the AWS CLI itself run as root: sudo resets the
      // environment (sudoers env_reset) and, with -i or -H, HOME.
      '\\bsudo(?: -[a-zA-Z]{1,4}){0,4} (?:-[a-zA-Z]{0,3}[iusH]\\b|aws\\b)',
      // A service, daemon or system account runs the code. Not a Kubernetes service account (a role's identity), nor an AWS
      // service or one with a task role ("started by the ECS service": the platform, R36b-3).
      '\\b(runs?|running|ran|run|started|launched|invoked|executed|spawned|triggered)\\b(?: [\\w-]{1,20}){0,3} (as|by|under|from|via|on behalf of|behalf of) (a |an |the )?(?!(?:ecs|fargate|lambda|eventbridge|s3|sqs|sns|gateway|runner|apprunner|kubernetes|k8s|aws|amazon)\\b)([\\w.-]{1,20} )?(windows )?(service|daemon)\\b(?! ?accounts?\\b)(?! with an? (?:task|execution|service) role\\b)',
      '\\b(on )?behalf of (the |a )?([\\w-]{1,20} )?daemon\\b',
      '\\b(as|under) (the )?(Local ?System|NT AUTHORITY|LocalService|NetworkService|SYSTEM account)\\b',
      '\\b(as|under|by) (a |the )?(different|another|other|separate|non-root|unprivileged|dedicated|system) user\\b',
      // macOS starts a Dock, Finder or Spotlight app from launchd: the shell's profile (and its exports) is not read.
      '\\b(launched|started|opened|run|running|runs) (from|via|through) (the )?(dock|finder|spotlight|launchpad|start menu)\\b',
    ],
    // The keys work in the person's shell, so what fails is their absence in the other process, not the keys themselves
    // (a missing token, a mangled value, an expired session). The factors were ×6 on no credentials found alone; the
    // statement's tuning threads (batches 3, 6, 14, 22) were all resolved as no credentials found: ×12 and the key
    // causes lowered (conversations tuning, scripts/eval-conversations.ts: aws/aws-sdk-net#287's first fix right; ×20 the same).
    effects: { 'no-credentials-found': 12, 'wrong-profile': 1.5, 'env-var-override': 1.3, 'key-deleted-or-inactive': 0.4, 'stale-credentials-after-rotation': 0.6, 'missing-session-token': 0.3, 'malformed-credentials': 0.5, 'secret-key-mismatch': 0.5, 'temporary-credentials-expired': 0.5 },
    implies: { process: 'other-user' },
    evidence: 'The team says it fails under cron, sudo, a service or a daemon: another user, HOME and environment, so other (or no) credentials are found',
    source: 'https://docs.aws.amazon.com/sdkref/latest/guide/file-location.html (the shared files live under the HOME, or %USERPROFILE%, of the user running the process); https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html',
  },
  {
    // "IAM shows it Inactive since Friday" (QA 38 F17): the team read the key's status in IAM, not a guess that it was
    // deactivated (the rotation question's `disabled` choice, x6). An inactive or deleted key is refused wherever it is
    // sent (the page below: an inactive key cannot sign API calls): the cause, said outright,
    // as strong as a session token said not sent (token-not-sent, x40). A new key made and the old one deleted is not this
    // statement: which of the two the failing runtime sends is what stale-credentials-after-rotation asks.
    id: 'iam-shows-key-inactive',
    say: [
      '\\b(iam|the console|console|list-access-keys|get-access-key-last-used)\\b[^.]{0,40}\\b(shows?|showing|says|lists?|listed|reports?|marks?|marked|status( is)?)\\b[^.]{0,20}\\b(inactive|deactivated|deleted|disabled)\\b',
      '\\bstatus\\W{1,4}(is |was |shows )?(inactive|deactivated)\\b',
      '\\b(the |this |that |our |my )?(access )?key (is|was|has been|got) (marked |set (to |as )?)?(inactive|deactivated)\\b',
    ],
    sayUnless: ['\\b(if|whether|maybe|might|could|check|is it|was it)\\b[^.]{0,30}\\b(inactive|deactivated)\\b', '\\bnot (inactive|deactivated)\\b', '\\b(old|previous) (one|key)\\b'],
    effects: { 'key-deleted-or-inactive': 40, 'wrong-profile': 0.4, 'malformed-credentials': 0.5, 'env-var-override': 0.6, 'wrong-account-or-partition': 0.5, 'region-endpoint': 0.5, 'missing-session-token': 0.3 },
    implies: { rotation: 'disabled' },
    evidence: 'The team says IAM shows the key inactive or deleted',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  {
    // "we deleted the key last month", "the IAM user was removed when bob left", "that user no longer exists in IAM"
    // (QA39 F8, F9): the team names this key, or the IAM user it belongs to, as deleted. A user's deletion takes its access
    // keys with it, and a deleted key is refused wherever it is sent (the page below), so beside an unknown-key error the
    // cause is said outright: as strong as IAM showing the key inactive (iam-shows-key-inactive, x40). A clean-up of users
    // in general ("we deleted a bunch of old iam users") is users-or-keys-deleted's weaker reading; a key deleted because a
    // new one replaced it is the rotation story; a key taken out of a file or the environment is the profile's.
    id: 'key-or-user-deleted',
    say: [
      '\\b(we|i|they|someone|somebody|ops|it|admins?|security) (have |had |has )?(deleted|removed|revoked|deactivated|disabled) (the|that|this|its|his|her|their|our|my) (old )?(iam )?(user|access key|key)\\b',
      '\\b(the|that|this|its|our|my|his|her) (old )?(iam )?(user|access key|key) (was|has been|had been|got|is|has|had) (deleted|removed|revoked|gone)\\b',
      '\\b(iam )?(user|access key|key) (no longer exists|does not exist any ?more|doesn.t exist any ?more|is gone)\\b',
    ],
    sayUnless: [
      '\\b(if|whether|maybe|might|could|check|is it|was it|did (we|you|they|someone))\\b[^.]{0,40}\\b(deleted|removed|revoked|deactivated|disabled|gone|exists?)\\b',
      '\\bnot (been )?(deleted|removed|revoked|deactivated|disabled|gone)\\b',
      '\\b(no ?one|nobody|never)\\b',
      '\\b(new|another|second) (one|access key|key)\\b',
      '\\brotat',
      '\\bfrom (the |my |our )?(env|environment|~/\\.aws|\\.aws|credentials|config|file|profile|shell|bashrc|zshrc|\\.env)\\b',
    ],
    effects: { 'key-deleted-or-inactive': 40, 'wrong-profile': 0.4, 'malformed-credentials': 0.5, 'env-var-override': 0.6, 'wrong-account-or-partition': 0.5, 'region-endpoint': 0.5, 'missing-session-token': 0.3 },
    implies: { rotation: 'disabled' },
    evidence: 'The team says this key, or the IAM user it belongs to, was deleted',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html; https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html',
  },
  {
    // "I run it in docker containers and I needed to pass environment variables into it" (the fix of
    // aws/aws-aspnet-cognito-identity-provider#202, QA 38 F5): a container the team starts with docker or compose, not an
    // ECS task (the runtime question's container choice implies ECS). Nothing hands such a container credentials, so the
    // playbook that passes them in (playbooks/containers.ts local-container) is its fix. It moves no cause: the container
    // answer weighs what a container says; this only names which one.
    id: 'runs-in-docker',
    say: ['\\b(in|inside|under|with|on|from|via|using) (a |the |my |our |local )?docker\\b', '\\bdocker (containers?|compose)\\b', '\\bdocker-compose\\b'],
    sayUnless: ['\\b(ecs|fargate|kubernetes|k8s|eks|pods?|lambda|codebuild)\\b', '\\bdocker (build|push|pull|login|hub|images?)\\b'],
    effects: {},
    implies: { runtime: 'docker' },
    evidence: 'The team says it runs in a docker container they start themselves',
    source: 'https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/',
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
      near('\\b(newline|new line|line ?break|carriage return|trailing (space|whitespace|newline)|leading (space|whitespace)|extra (space|whitespace|newline)|whitespace|invisible char\\w*|hidden char\\w*)\\b', '\\b(access ?key|secret|key id|credentials?|token)', { gap: '.', within: 60 }),
      '\\b(access ?key|secret|key id|credentials?)\\b.{0,60}\\b(newline|new line|line ?break|carriage return|trailing (space|whitespace|newline)|extra (space|whitespace|newline)|whitespace)\\b',
      // Without naming the key: "Leaving a space after a value in ~/.aws/credentials INI file makes the credentials invalid"
      // (aws/aws-sdk-js#489, batch 7), "Errant whitespace in project.properties can cause AWS auth to fail"
      // (rundeck-plugins/rundeck-ec2-nodes-plugin#13, batch 7), "Validate S3 input to make sure they don't contain trailing
      // newline or space" (longhorn/longhorn#811, batch 13): all three resolved as whitespace read into the key or secret.
      // Not "whitespace added for readability" around a pasted error (mitchellh/goamz#238), nor a trailing slash.
      '\\b(spaces?|whitespace|newline|new line|line ?break)\\b (after|before|at the end of|in front of) (a|an|the|each|every|my|our)? ?(value|key|secret|credentials?)\\b',
      '\\b(whitespace|white space)\\b.{0,60}\\bauth(entication|enticate|orization)?\\b',
      '\\btrailing (newline|new line|line ?break|whitespace|white space)s?\\b',
    ],
    // Not removed and still failing ("I removed all whitespace from the YAML but authentication still fails": the review of
    // stop 29's merges); removed and then working is the cause found, and stays read. (A question states nothing anywhere:
    // interpreter.ts `withoutQuestions`.)
    sayUnless: ['\\b(removed|stripped|trimmed|deleted)\\b[^.]{0,80}\\bstill\\b'],
    effects: { 'malformed-credentials': 8, 'secret-key-mismatch': 1.5 },
    evidence: 'The team says the key or secret carries whitespace or a line break',
    source: 'https://github.com/postmanlabs/postman-app-support/issues/7882; https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot.html',
  },
  {
    // "The secret is a base 64 encoded string. If the user copy-pastes his/her AWS credential directly, an AWS credential
    // error occurs" (longhorn/website#261, batch 14), "the values needed for aws_access_key_id and aws_secret_access_key
    // need to be base64 encoded" (stolostron/rhacm-docs#2774, batch 10): a Kubernetes Secret's `data` holds base64, so a
    // key pasted there raw is decoded into other bytes, and a value encoded twice arrives still encoded. Both were resolved
    // as malformed credentials (the value sent is not the key), and both were shown a secret-key mismatch first.
    id: 'base64-encoding',
    say: [
      '\\b(needs?|has|have|must|should) (to )?be base ?64[ -]?(en|de)coded\\b',
      '\\b(access ?key|secret|key id|credentials?|values?)\\b.{0,40}\\bbase ?64[ -]?(en|de)coded\\b',
      '\\bbase ?64[ -]?(en|de)cod(e|ed|ing)\\b.{0,40}\\b(access ?key|secret|key id|credentials?)\\b',
    ],
    effects: { 'malformed-credentials': 8, 'secret-key-mismatch': 1.5 },
    evidence: 'The team says the key or secret has to be base64-encoded where it is stored (a Kubernetes Secret): raw or twice-encoded, the value sent is not the key',
    source: 'https://kubernetes.io/docs/concepts/configuration/secret/ (a Secret\'s data values are base64-encoded); https://github.com/longhorn/website/pull/261',
  },
  {
    // "my secret access key contains '+'; a new secret without '+' works": a tool that does not
    // encode or escape the secret signs with another value.
    id: 'secret-special-characters',
    say: [
      "\\bsecret( access)?( key)?\\b.{0,40}\\b(contains?|has|had|with|includes?)\\b.{0,20}(['\"`]?[+/]['\"`]?|\\bplus\\b|\\bslash\\b|special char)",
      near('\\b(special char\\w*|plus sign|slash(es)?)\\b', '\\bsecret( access)?( key)?\\b', { gap: '.', within: 40 }),
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
      // An adverb between: "Mountpoint doesn't currently support authenticating with IAM Identity Center (SSO or Legacy SSO)
      // credentials" (awslabs/mountpoint-s3#433, batch 17, resolved as no credentials found).
      "\\b(doesn'?t|does not|didn'?t|did not|won'?t|never) (yet |currently |fully |natively |officially )?support\\b[^.]{0,40}\\b(sso|single sign[- ]on|identity center)\\b",
      // The tool passes over the SSO profile itself: "AWS Toolkit for Visual Studio does not recognize available profiles that
      // use the sso-session configuration" (aws/aws-toolkit-visual-studio#313, batch 15), "duckdb is unable to load valid
      // credentials for a profile configured with the AWS sso mechanism" (duckdb/duckdb#16449, batch 13). Both resolved as
      // no credentials found: the toolkit, then duckdb's credential chain, did not read sso-session / SSO profiles.
      "\\b(doesn'?t|does not|didn'?t|did not|won'?t|can'?t|cannot|unable to|fails? to|failed to|never) (recogni[sz]e|read|load|see|detect|pick up|list|show)\\b[^.]{0,60}\\bprofiles?\\b[^.]{0,40}\\b(sso[-_ ]session|sso|single sign[- ]on|identity center)\\b",
      // "Profiles containing the sso-session configuration are ignored and not shown as available AWS profiles" (#313).
      '\\bprofiles?\\b[^.]{0,40}\\b(sso[-_ ]session|sso)\\b[^.]{0,40}\\b(are|is|get|gets) (ignored|skipped|not (shown|listed|recogni[sz]ed|read|loaded|picked up|detected))\\b',
    ],
    // Not a profile that fails because its SSO session expired ("the cli cannot load credentials for my sso profile since the
    // token expired"): that chain reads SSO. Nor profiles set apart from SSO ("does not list my profiles, even the ones without SSO": the review of stop 29's merges).
    sayUnless: ['\\bexpir(e|ed|es|y|ing|ation)\\b', '\\b(without|non-?) ?(an? |the )?(sso|single sign[- ]on|identity center)\\b'],
    effects: { 'no-credentials-found': 60, 'role-credentials-unavailable': 2, 'temporary-credentials-expired': 0.3, 'wrong-profile': 0.2 },
    evidence: 'The team says the tool or its SDK does not read SSO credentials: the SSO profile gives it nothing',
    source: 'https://github.com/aws/aws-sdk-java/issues/2434; https://docs.aws.amazon.com/sdkref/latest/guide/feature-sso-credentials.html',
  },
  {
    // "Added id-token write permission in order to use aws credentials provider gh action" (noqdev/iambic#333, batch 1),
    // "to use OIDC assume role, pipeline should have id-token write permission" (tmokmss/bedrock-pr-reviewer#9, batch 12):
    // without `permissions: id-token: write` the GitHub Actions job gets no OIDC token, so the role is never assumed and
    // no credentials arrive. configure-aws-credentials says so itself ("It looks like you might be trying to authenticate
    // with OIDC. Did you mean to set the `id-token` permission?", src/index.ts, as the catalogue's gha.id-token-permission
    // reads it). Both threads were resolved as role credentials not delivered and shown a permission problem first: the
    // word "permission" is about the workflow's token, not IAM.
    id: 'id-token-permission',
    say: ['\\bid-token\\b\\W{0,3}(write\\W{0,3})?permissions?\\b', '\\bpermissions?\\b.{0,30}\\bid-token\\b'],
    // Not one said to be there already ("I already have permissions: id-token: write … still get AccessDenied": the review
    // of stop 29's merges).
    sayUnless: ['\\b(already|still) (have|has|had|set|added|granted|gave|got|there|in place)\\b'],
    effects: { 'role-credentials-unavailable': 8, 'authorization-not-authentication': 0.3, 'no-credentials-found': 1.5 },
    evidence: "The team names the workflow's id-token permission: without it the job gets no OIDC token and the role is never assumed",
    source: 'https://github.com/aws-actions/configure-aws-credentials#oidc (permissions: id-token: write); https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
  },
  {
    id: 'other-account',
    say: [
      "\\b(it'?s|that'?s|is|was|using|uses|in) the (\\w+[- ])?(dev|prod|staging|test|sandbox|ops|shared|security|audit|tools|management|master|wrong)\\b[- ]?account\\b",
      '\\bwrong (aws )?account\\b',
      // Not the caller's own account ("the state bucket is in this account", QA 37 F9).
      '\\b(lives|is|sits|are|belongs?) (in|to) (the |an)?(other|another|different|(?!(this|that|my|our|your|its|their|same|own|one)\\b)\\w+) (aws )?account\\b',
      '\\b(another|a different|other) (aws )?account\\b',
      '\\bcross[- ]account\\b',
    ],
    sayUnless: ['\\bsame account\\b', OWN_ACCOUNT],
    effects: { 'wrong-account-or-partition': 3, 'wrong-profile': 2.5, 'env-var-override': 1.3, 'key-deleted-or-inactive': 0.5 },
    implies: { resourceAccount: 'other' },
    evidence: 'The team says another AWS account is involved (the caller or the resource is in a different account)',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
  },
  {
    // "It worked in all other regions, just not those two" (99designs/aws-vault#512), "Trivy is unable to scan (public) ECR
    // images in other AWS regions" (aquasecurity/trivy#1026), "users … create their S3 bucket in any other region get the
    // following error" (restic/restic#3715): one region works and another does not, so the credentials are good and the
    // endpoint, the signing region or the region's enablement is what differs. In the tuning threads the phrase is said in
    // region-endpoint threads only (5 of 5, batches 1, 12 and 20); "even a different region from what's set" names no region a
    // call went to and is not read.
    id: 'other-region',
    say: ['\\b(in|to|from|across) (all |any |every |the )?(other|different|another) (aws )?regions?\\b'],
    // A contrast is the point: the same failure everywhere ("fails in us-east-1 and in every other region as well", "same
    // error in all other regions too") or a region not tried tells nothing of the endpoint (review 34b R34b-8).
    sayUnless: [
      '\\b(other|different|another) (aws )?regions?\\b[^.]{0,20}\\b(too|as well)\\b',
      '\\bsame (error|issue|problem|failure|thing|result)\\b[^.]{0,40}\\b(other|different|another) (aws )?regions?\\b',
      "\\b(not|never|haven'?t|hasn'?t|didn'?t)( yet)? (tried|tested|checked|used)\\b[^.]{0,40}\\b(other|different|another) (aws )?regions?\\b",
    ],
    effects: { 'region-endpoint': 6, 'wrong-account-or-partition': 1.5 },
    evidence: 'The team says it behaves differently in another region: the endpoint or signing region, not the credentials, differs',
    source: 'https://docs.aws.amazon.com/general/latest/gr/rande.html; https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html',
  },
  {
    // "worked fine on packer 1.1.3, broke after upgrading to 1.2.0" (hashicorp/packer#5901, QA35 N17): the credentials
    // worked with the version before, so the tool's change, not the credentials, is what to look at. A fact with no
    // weight: in the tuning halves (stop 36) the texts that say so resolve to no one cause (real-pastes 8: role 3, no
    // credentials 2, region 1, authorization 1, negative 1; conversation openings 3: no credentials, region, negative),
    // so it selects the tool-upgrade steps and is recorded, and moves no cause.
    id: 'broke-after-upgrade',
    say: [
      '\\b(broke|broken|breaks|fails?|failing|failed|stopped working|started failing)\\b.{0,30}\\b(after|since) (upgrading|updating|bumping|the (upgrade|update)|an? (upgrade|update)|(i|we) (upgraded|updated|bumped))\\b',
      '\\bworked (fine |ok |well )?(on|with|in) [a-z0-9._-]{0,20} ?v?\\d[\\w.]{0,12}\\b.{0,40}\\b(broke|breaks|fails?|failing|stopped working)\\b',
    ],
    effects: {},
    implies: { toolUpgraded: 'yes' },
    evidence: 'The team says it broke after the tool was upgraded: the version before worked with the same credentials',
    source: 'https://github.com/hashicorp/packer/issues/5901',
  },
  {
    // "fwiw we deleted a bunch of old iam users last month in the cleanup" (QA 36 F16, batch-21 tuning thread
    // mozilla-docere-33: a teammate's fact after "nobody touched it afaik" answered the rotation question): IAM users or
    // keys removed in a clean-up take their keys with them. Said as a fact once the rotation question is closed, so it
    // counts as the question's "deactivated or deleted" choice would (the same weight: probes.ts rotation/disabled).
    id: 'users-or-keys-deleted',
    say: [
      '\\b(deleted|removed|deactivated|disabled|cleaned up|purged|offboarded)\\b.{0,30}\\b(iam )?(users?|access keys?|keys?|accounts? of)\\b',
      '\\b(iam )?(users?|access keys?|keys?)\\b.{0,20}\\b(were|was|got|been) (deleted|removed|deactivated|disabled|cleaned up|purged)\\b',
    ],
    // The old key deleted because a new one replaced it, and the new one works: the rotation story (probes.ts rotation).
    // Nor keys taken out of the person's own environment or files (the override / profile fix story), a clean-up denied
    // by its subject ("no one deleted the keys"), or an old key disabled beside a new one (rotation): R36b-1.
    sayUnless: [
      '\\bnews? (access )?keys? (works?|worked|is working)\\b',
      '\\bregion\\b',
      '\\bfrom (the |my |our )?(env|environment|~/\\.aws|\\.aws|credentials|config|file|profile|shell)\\b',
      '\\b(no ?one|nobody)\\b',
      '\\bold (access )?key\\b.{0,60}\\bnew (access )?key\\b',
    ],
    effects: { 'key-deleted-or-inactive': 6, 'stale-credentials-after-rotation': 1.5 },
    evidence: 'The team says IAM users or keys were deleted or deactivated (a clean-up takes their keys with them)',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
  },
  {
    // The lapse cue (extract/lapse-cue.ts) typed in a reply: "works for a couple hours after restarting rke2-server then
    // access denied again" (rancher/rke2#8119, QA36 F6). diagnose reads it from a paste's prose and the belief from a
    // description; a typed reply the interpreter understands (a runtime, a sign-in) is not re-read by diagnose, so the cue
    // is a statement too, with the description's ratio (LAPSE_RATIO, chosen by leave-one-batch-out) for the expired session
    // only, as diagnose's weight: the 23 tuning pastes that say it are all labelled temporary-credentials-expired (9 also
    // rotation), and a reply that says it mostly names a role's credentials (refreshed, never rotated by hand).
    id: 'credentials-lapse',
    say: LAPSE_SAY,
    effects: { 'temporary-credentials-expired': LAPSE_RATIO, 'role-credentials-unavailable': 1 / LAPSE_RATIO },
    evidence: 'The team says it works for a while and then fails, or that restarting fixes it for a time: credentials that are not refreshed',
    source: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-assume-role-credentials.html; https://github.com/rancher/rke2/issues/8119',
  },
  {
    // "we're not on aws at all", "it's on-prem" (QA36 F7): the role credentials the chain reads last come from an EC2
    // instance's, an ECS task's, a Lambda function's or an EKS pod's role, which a runtime outside AWS does not have (IAM
    // Roles Anywhere aside, hence not ruled out). The laptop answer's own weight for it (probes.ts runtime, x0.2), once:
    // "on my laptop, not on AWS" is the laptop answer, and this statement is left to words that name no laptop.
    id: 'not-on-aws',
    say: NOT_ON_AWS,
    sayUnless: LAPTOP_SAY,
    effects: { 'role-credentials-unavailable': 0.2 },
    evidence: 'The team says the runtime is not on AWS: no instance, task, function or pod role hands it credentials',
    source: 'https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html',
  },
  ...UNREAD_SOURCE_STATEMENTS,
  ...TOLD_FIX_STATEMENTS,
];
