import { AUTHN, con, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

export const wrongProfile: CauseRule = {
  cause: 'wrong-profile',
  rules: [
    pro('wrong-profile.profile-not-found', { any: ['fam.profile'] }, 3.2, 'The named profile does not exist in the config/credentials files ({detail}).'),
    // As strong as a profile not found: an empty AWS_PROFILE makes the CLI look for a profile named "" and end with an
    // empty chain (ohmyzsh/ohmyzsh#7838), so the chain error it prints is the consequence, not the cause.
    pro('wrong-profile.empty-name', { all: ['hint.profile-empty', AUTHN] }, 3.2, 'The message talks about an empty profile name: the tools then look for a profile called "".'),
    pro('wrong-profile.tf-backend', { all: ['tf.backend-default-credentials'] }, 2.6, 'The S3 backend block sets no profile or role while the provider block does: the backend runs with the default credentials ({detail}).'),
    // A credentials file with keys is shown, yet the chain found nothing: the runtime reads another profile or file
    // (aws/aws-cdk#13095: keys under [default], fixed by naming the profile; 4 tuning cases, labels profile 1+1,
    // no-credentials 2+1, malformed 1).
    pro('wrong-profile.file-shown-chain-empty', { all: ['fam.no-creds', 'credentials-file.section'] }, 0.8, 'A credentials file with a profile is shown, yet the chain found no credentials: the runtime is likely reading another profile or file (AWS_PROFILE, --profile, HOME).'),
    pro('wrong-profile.default-used', { all: ['profile.default-used', AUTHN] }, 1.0, 'The tool used the "default" profile.'),
    pro('wrong-profile.identity-unexpected', { all: ['identity.account-unexpected'], none: ['source.env', 'env.access-key-set'] }, 1.4, 'get-caller-identity shows another identity than intended ({detail}): the runtime picked another profile.'),
    pro('wrong-profile.env-profile', { all: ['env.profile-set', AUTHN], none: ['env.access-key-set', 'source.env'] }, 0.7, 'AWS_PROFILE selects the profile ({detail}); check it is the intended one.'),
    pro('wrong-profile.explicit-profile', { all: ['profile.explicit', AUTHN] }, 0.5, 'A named profile was in use ({detail}).'),
    pro('wrong-profile.js-skip-env', { any: ['msg.js-skip-env', 'msg.js-multiple-sources'] }, 0.7, 'The JS SDK used AWS_PROFILE and ignored the env keys.'),
    pro('wrong-profile.skipping-env', { all: ['msg.skipping-env', AUTHN] }, 0.5, 'The profile was set explicitly, so the env keys were skipped.'),
    pro('wrong-profile.ignored-hint', { all: ['hint.profile-ignored', AUTHN] }, 1.4, 'The message says the tool used another profile (often default) than the one configured.'),
    con('wrong-profile.env-keys-win', { all: ['hint.profile-ignored', 'hint.env-keys-set'] }, 1.2, 'The profile was ignored because static keys are set in the environment: that is the env-var override.'),
    // AWS_PROFILE set in the environment told as what made it work (extract/profile-env-fix.ts): the profile given to
    // the tool another way was not used, and whatever failed (a denial of the identity it fell back to, an empty chain
    // ending at IMDS) follows from that. Ahead of a refusal (authz.denied 3.2) and of a role error (3.3) by what the
    // profile's other rules add; 5 tuning texts of batches 4-16 tell it, each accepting the wrong profile.
    pro('wrong-profile.env-fix', { all: ['profile.env-fix'], any: [AUTHN, 'fam.authz'] }, 3.0, 'Setting AWS_PROFILE in the environment is said to make it work ({detail}): the profile given to the tool another way (a flag, its config) was not used.'),
    // A login shown succeeding, then the same SSO token refused (extract/sso-login-done.ts, QA 38 F6): the failing tool
    // reads another profile, sso-session, start URL or token cache than the one just logged in.
    pro('wrong-profile.sso-login-done', { all: ['sso.login-succeeded', 'fam.sso'] }, 2.0, 'The paste shows `aws sso login` succeeding before the failure ({detail}): the failing tool reads another profile, sso-session, start URL or `sso_region` (or another token cache) than the one logged in.'),
    pro('wrong-profile.hint', { all: ['hint.profile', AUTHN] }, 0.5, 'The message mentions profiles.'),
    pro('wrong-profile.eks-profiles', { all: ['cat.kubectl.unauthorized-eks', 'hint.profile'] }, 1.5, 'Several AWS profiles are in play: the kubeconfig\'s `aws eks get-token` may run with another profile (AWS_PROFILE / --profile in the exec block) than the one mapped in the cluster.'),
    pro('wrong-profile.generic', { any: ['fam.kubectl'] }, 0.3, 'A runtime picking another profile gives the same rejection.'),
    con('wrong-profile.env-keys', { all: ['source.env'] }, 0.6, 'The credentials came from env variables, not from a profile.'),
    // A denial, not a rejection: the caller authenticated, so a key problem cannot explain it, but a runtime that picked
    // another profile is a valid yet wrong identity that AWS denies the same way (hashicorp/terraform#18053,
    // tmspzz/Rome#189: tuning threads labelled wrong-profile behind an AccessDenied). A small weight: it ranks the
    // source causes above the key problems once the permissions fix is ruled out, never above authorization.
    pro('wrong-profile.denied-identity', { all: ['fam.authz'], none: [AUTHN] }, 0.4, 'The caller was authenticated: a runtime using another profile than intended is a valid but wrong identity, denied the same way.'),
    pro('wrong-profile.denied-named-profile', { all: ['fam.authz'], any: ['profile.explicit', 'env.profile-set', 'profile.default-used'], none: [AUTHN, 'source.env'] }, 0.5, 'The denied call names the profile it used ({detail}): check it is the identity you meant before changing a policy.'),
    // The reporter says the runtime used another profile than intended ("defaulted to the default profile", "not the
    // one I set") beside a denial: the caller is a valid but wrong identity, so the words name the cause better than the
    // permissions fix (k1LoW/serverless-s3-sync#16, aws-samples/aws-codecommit-serverless-backup#8).
    // Fires on those 2 of the 445 tuning cases only (batch 6), so no cross-validation could choose it: 1.0 is the least
    // weight that puts both first in the conversation replay (0.6 mended one); batches 1-5 unchanged (December 2026).
    pro('wrong-profile.denied-talk', { all: ['hint.talk-wrong-profile', 'fam.authz'] }, 1.0, 'The message says another profile than intended was used, and the caller was authenticated: a valid but wrong identity is denied the same way ({detail}).'),
  ],
};
