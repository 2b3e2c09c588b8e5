import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

const EX_AWS = (path: string) => `ex-aws/ex_aws ${path} @ v2.6.1+49@48785c61191`;

checkFamily('elixir-sdks', [
  {
    // get_key/2's {:ok, nil} branch: the release read `{:system, "AWS_SECRET_ACCESS_KEY"}` where the variable is unset.
    id: 'ex-aws.key-missing',
    from: EX_AWS('lib/ex_aws/auth.ex'),
    text: 'iex(1)> ExAws.S3.list_objects("my-bucket") |> ExAws.request()\n{:error, "Required key: :secret_access_key is nil in config!"}',
  },
  {
    id: 'ex-aws.imds-unreachable',
    from: EX_AWS('lib/ex_aws/instance_meta.ex'),
    text: '** (RuntimeError) Instance Meta Error: {:error, %{reason: :timeout}}\n\nYou tried to access the AWS EC2 instance meta, but it could not be reached.\nThis happens most often when trying to access it from your local computer,\nwhich happens when environment variables are not set correctly prompting\nExAws to fallback to the Instance Meta.\n\n    (ex_aws 2.5.0) lib/ex_aws/instance_meta.ex:27: ExAws.InstanceMeta.request/3',
  },
  {
    id: 'ex-aws.imds-status',
    from: EX_AWS('lib/ex_aws/instance_meta.ex'),
    text: '** (RuntimeError) Instance Meta Error: HTTP response status code 404\n\nPlease check AWS EC2 IAM role.\n\n    (ex_aws 2.5.0) lib/ex_aws/instance_meta.ex:51: ExAws.InstanceMeta.retry_or_raise/4',
  },
]);

checkFamily('haskell-sdks', [
  {
    id: 'amazonka.chain-exhausted',
    from: 'brendanhay/amazonka lib/amazonka/src/Amazonka/Auth/Exception.hs @ 29e4888f8477',
    text: 'ghci> env <- newEnv discover\n*** Exception: CredentialChainExhausted',
  },
  {
    id: 'amazonka.missing-env',
    from: 'brendanhay/amazonka lib/amazonka/src/Amazonka/Auth/Keys.hs @ b32e9c29dc21',
    text: 'app: MissingEnvError "Unable to read access key from AWS_ACCESS_KEY_ID (or AWS_ACCESS_KEY)"',
  },
]);

describe('ex_aws: the config key named as an atom', () => {
  it("when ex_aws says a key is \"not found in config\", then the tool is ex_aws, not rclone's half-set pair", () => {
    const d = diagnose('{:error, "Required key: :access_key_id not found in config!"}', { now: new Date('2026-12-05T10:00:00Z') });
    const cited = d.causes.flatMap((c) => c.evidence.map((e) => e.id));
    expect({ tool: d.facts.tool, rclone: cited.includes('catalogue.rclone.key-half-set'), top: d.causes[0]!.id }).toEqual({ tool: 'ex-aws', rclone: false, top: 'no-credentials-found' });
  });
});
