/**
 * Secrets in the shapes people paste them in beyond `name = value` (trial 22): a name/value pair (Kubernetes
 * `env`, ECS and CodeBuild environments, CloudFormation parameters, SSM parameters), a long option with its
 * value after a blank (`--password …`, `--secret-string …`), `*_PASS` names, Secrets Manager's `SecretString`,
 * a SigV2 signature (presigned URL, `Authorization: AWS id:sig`), JSON inside JSON inside JSON, a value
 * URL-encoded twice. Each secret is generated at run time. And the evidence beside them stays: references
 * (`valueFrom`, `${VAR}`, a `_FILE` path), `--password-stdin`, `--token-code`, pagination tokens, ARNs.
 */
import fc from 'fast-check';
import { redact } from '../../../src/core/redact';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('');
const B64 = [...ALNUM, '+', '/'];
const chars = (alphabet: string[], n: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { minLength: n, maxLength: n }).map((a) => a.join(''));
/** A password: shorter than any shape rule reads, so only its name can give it away. */
const password = fc.tuple(chars(ALNUM, 14), fc.constantFrom('!', '#', '@', '9')).map(([s, x]) => `Pw${s}${x}`);
const sigV2 = chars(B64, 27).map((s) => `${s}=`);
const RUNS = 60;

type Shape = [name: string, build: (secret: string) => string];

const PASSWORD_SHAPES: Shape[] = [
  ['Kubernetes env entry', (s) => `    env:\n    - name: DB_PASSWORD\n      value: "${s}"\n    - name: AWS_REGION\n      value: us-east-1`],
  ['Kubernetes env entry, unquoted', (s) => `env:\n  - name: API_TOKEN\n    value: ${s}\n`],
  ['ECS container environment', (s) => `"environment": [{"name": "NODE_ENV", "value": "production"}, {"name": "DB_PASSWORD", "value": "${s}"}]`],
  ['ECS environment, value first', (s) => `{"value": "${s}", "name": "SMTP_PASSWORD"}`],
  ['CodeBuild environment override', (s) => `--environment-variables-override name=API_SECRET,value=${s},type=PLAINTEXT`],
  ['CloudFormation parameter (shorthand)', (s) => `aws cloudformation deploy --parameter-overrides --parameters ParameterKey=DbPassword,ParameterValue=${s}`],
  ['CloudFormation parameter (JSON)', (s) => `[{"ParameterKey": "MasterUserPassword", "ParameterValue": "${s}"}]`],
  ['CloudFormation Environment (YAML)', (s) => `Environment:\n  - Name: DB_PASSWORD\n    Value: ${s}`],
  ['SSM put-parameter', (s) => `aws ssm put-parameter --name /prod/db/password --value ${s} --type SecureString`],
  ['SSM get-parameter output', (s) => `{"Parameter": {"Name": "/prod/app/api-token", "Type": "SecureString", "Value": "${s}", "Version": 1}}`],
  ['Secrets Manager SecretString', (s) => `{"ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-a1b2c3", "Name": "db", "SecretString": "${s}"}`],
  ['--password flag', (s) => `docker login --username AWS --password ${s} 123456789012.dkr.ecr.us-east-1.amazonaws.com`],
  ['--secret-string flag', (s) => `aws secretsmanager create-secret --name MyTestSecret --secret-string '${s}'`],
  ['--client-secret flag', (s) => `tool auth --client-id 0oa1b2c3 --client-secret "${s}"`],
  ['*_PASS name', (s) => `MYSQL_PASS: ${s}`],
  ['camelCase *Pass name', (s) => `const smtpPass = "${s}";`],
  ['JSON inside JSON inside JSON', (s) => JSON.stringify({ log: JSON.stringify({ event: JSON.stringify({ db_password: s }) }) })],
  ['curl -u user:password', (s) => `curl -u admin:${s} https://artifacts.example.com/repo/app.jar`],
  ['-u user:password off a curl line', (s) => `http -u admin:${s} GET https://artifacts.example.com/app.jar`],
  ['fish set -gx', (s) => `set -gx DB_PASSWORD ${s}`],
  ['csh setenv', (s) => `setenv AWS_SECRET_ACCESS_KEY ${s}`],
  ["Maven settings.xml's <password>", (s) => `<server>\n  <id>s3-releases</id>\n  <username>AKIAIOSFODNN7EXAMPLE</username>\n  <password>${s}</password>\n</server>`],
  ['XML <SecretAccessKey>', (s) => `<Credentials><AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId><SecretAccessKey>${s}</SecretAccessKey></Credentials>`],
  ['Terraform variable default', (s) => `variable "db_password" {\n  type    = string\n  default = "${s}"\n}`],
  ["PowerShell's Get-ChildItem env: table", (s) => `Name                           Value\n----                           -----\nAWS_REGION                     us-east-1\nDB_PASSWORD                    ${s}\n`],
  ['PowerShell Format-List with wide padding', (s) => `ConnectionStringName        : primary\nDbPassword                  : ${s}`],
];

describe('secrets in name/value pairs, flags and nested encodings are redacted', () => {
  it.each(PASSWORD_SHAPES)('when a password is pasted as a %s, then it goes and the line count stays', (_name, build) => {
    fc.assert(
      fc.property(password, (s) => {
        const text = build(s);
        const r = redact(text);
        expect(r.text).not.toContain(s.slice(0, 10));
        expect(r.count).toBeGreaterThan(0);
        expect(r.text.split('\n')).toHaveLength(text.split('\n').length);
      }),
      { numRuns: RUNS },
    );
  });

  it('when a name ends in pass after an account word or in env style, then it is a password; bypass_token is a token', () => {
    for (const name of ['DB_PASS', 'MYSQL_PASS', 'smtpPass', 'db_pass', 'redisPass', 'BUILD_PASS']) expect(redact(`${name}: Pw4f9a2c1b7e3d!`).kinds).toEqual(['password']);
    expect(redact('bypass_token: 4f9a2c1b7e3d9a').kinds).toEqual(['other-token']);
  });

  it('when a name stands apart from its value, then its kind is what labelled `name=value` would say', () => {
    expect(redact('set -x SECRET_KEY_BASE abcdef123456').kinds).toEqual(['other-token']);
    expect(redact('SECRET_KEY_BASE=abcdef123456').kinds).toEqual(['other-token']);
    expect(redact('setenv MY_AWS_SECRET_ACCESS_KEY Pw4f9a2c1b7e3d!').kinds).toEqual(['secret-access-key']);
    expect(redact('{"name": "AWS_SESSION_TOKEN", "value": "Pw4f9a2c1b7e3d!"}').kinds).toEqual(['session-token']);
    expect(redact('tool --app-secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY').kinds).toEqual(['secret-access-key']);
  });

  it('when curl or wget is given a password shaped like a group name, then it still goes', () => {
    for (const line of ['curl -u admin:hunterhunter https://artifacts.example.com/app.jar', 'cd /srv && wget --user deploy:correct-horse https://artifacts.example.com/app.jar']) {
      const r = redact(line);
      expect(r.text).not.toMatch(/hunterhunter|correct-horse/);
      expect(r.kinds).toEqual(['password']);
    }
  });

  it('when a SigV2 presigned URL is pasted, then its signature goes and the key id, expiry and object stay', () => {
    fc.assert(
      fc.property(sigV2, (sig) => {
        const url = `https://examplebucket.s3.amazonaws.com/reports/2026.csv?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1765000000&Signature=${encodeURIComponent(sig)}`;
        const r = redact(url);
        expect(r.text).toBe('https://examplebucket.s3.amazonaws.com/reports/2026.csv?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1765000000&Signature=[REDACTED:signature]');
      }),
      { numRuns: RUNS },
    );
  });

  it('when a SigV2 Authorization header is pasted (aws --debug of an old client), then the signature goes and the key id stays', () => {
    fc.assert(
      fc.property(sigV2, (sig) => {
        expect(redact(`'Authorization': 'AWS AKIAIOSFODNN7EXAMPLE:${sig}'`).text).toBe("'Authorization': 'AWS AKIAIOSFODNN7EXAMPLE:[REDACTED:signature]'");
      }),
      { numRuns: RUNS },
    );
  });

  it('when a secret access key is URL-encoded twice (a presigned URL inside another URL), then it goes', () => {
    fc.assert(
      fc.property(chars(B64, 40).filter((s) => /[/+]/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s)), (key) => {
        const twice = encodeURIComponent(encodeURIComponent(key));
        const r = redact(`https://sso.example.com/redirect?next=${twice}&state=1`);
        expect(r.text).not.toContain(twice.slice(0, 12));
        expect(r.kinds).toEqual(['secret-access-key']);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('bytes printed as numbers', () => {
  const bytesOf = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
  it("when a credentials file is printed as Go's []byte or as a Node Buffer's JSON, then the array goes; a list of ports stays", () => {
    fc.assert(
      fc.property(chars(B64, 40).filter((s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9/+]/.test(s)), (key) => {
        const file = `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${key}\n`;
        const go = `unable to find key in secret &Secret{Data:map[string][]byte{credentials: [${bytesOf(file).join(' ')}],},Type:Opaque}`;
        const node = JSON.stringify({ body: { type: 'Buffer', data: bytesOf(file) } });
        for (const text of [go, node]) {
          const r = redact(text);
          expect(r.kinds).toContain('secret-access-key');
          expect(r.text).not.toContain(bytesOf(key.slice(0, 6)).join(' '));
          expect(r.text).not.toContain(bytesOf(key.slice(0, 6)).join(','));
        }
      }),
      { numRuns: RUNS },
    );
    const ports = 'exposed [80 443 8080 8443 9000 9090 3000 5432 6379 27017 11211 5672 15672 2181 9092 8081] ok';
    expect(redact(ports).text).toBe(ports);
  });
});

describe('what stays beside them', () => {
  const KEPT = [
    'env:\n  - name: AWS_SECRET_ACCESS_KEY\n    valueFrom:\n      secretKeyRef:\n        name: aws-credentials\n        key: secret-access-key\n  - name: AWS_REGION\n    value: us-east-1',
    '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: { name: pg-backup-secrets, key: POSTGRES_PASSWORD }\n- name: LOG_LEVEL\n  value: debug-verbose',
    '"secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-pass"}], "environment": [{"name": "NODE_ENV", "value": "production"}]',
    '- name: DB_PASSWORD\n  value: ${DB_PASSWORD}',
    '- name: GITHUB_TOKEN\n  value: ${{ secrets.GITHUB_TOKEN }}',
    '{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db_password"}',
    'ParameterKey=DBPasswordSecretArn,ParameterValue=arn:aws:secretsmanager:us-east-1:123456789012:secret:rds-pw-AbCdEf',
    '{"Parameter": {"Name": "/prod/db/password", "Type": "SecureString", "Version": 3}}',
    '{"Tags": [{"Key": "Name", "Value": "web-server-prod"}, {"Key": "token-rotation", "Value": "enabled-weekly"}]}',
    'aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    'aws sts get-session-token --serial-number arn:aws:iam::123456789012:mfa/jane --token-code 123456',
    'aws secretsmanager get-secret-value --secret-id MyTestDatabaseSecret --version-stage AWSCURRENT',
    'aws s3api list-objects-v2 --bucket my-bucket --starting-token eyJDb250aW51YXRpb25Ub2tlbiI6IG51bGx9 --max-items 10',
    'aws secretsmanager create-secret --name MyTestSecret --secret-string file://mycreds.json',
    'aws secretsmanager create-secret --name MyTestSecret --secret-binary fileb://mycreds.bin',
    '{"name":"TOKEN_AUDIENCE","value":"sts.amazonaws.com"}',
    'gh auth refresh --token-scope admin:org',
    'OIDC_TOKEN_ISSUER=accounts.google.com',
    'next_token: 4f9a2c1b7e3d9a0b',
    'tool --password-file /etc/app/pw --token-file /var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    "var pgPass = require('pgpass');",
    "sqs <- SQS(key = Sys.getenv('AWS_ACCESS_KEY_ID'), secret = Sys.getenv('AWS_SECRET_ACCESS_KEY'), session_token = Sys.getenv('AWS_SESSION_TOKEN'))",
    'HostId: `Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg7I5xV3bdOSQ5aTt0/yBjA=`',
    'the x-amz-id-2 is *Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg7I5xV3bdOSQ5aTt0/yBjA=*',
    'Extended Request ID\nUuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg7I5xV3bdOSQ5aTt0/yBjA=',
    'For this exception the value will be <code>expired_token</code>.',
    '{AccessKeyID:AKIAIOSFODNN7EXAMPLE SecretAccessKey: SessionToken: ProviderName:EnvConfigCredentials}',
    '  + access_key = "AKIAIOSFODNN7EXAMPLE"\n  + secret_key = (sensitive value)',
    'docker run -u 1000:1000 -v ~/.aws:/root/.aws amazon/aws-cli sts get-caller-identity',
    'docker run -u www-data:www-data -v ~/.aws:/var/www/.aws app:latest',
    'sudo -u postgres:postgres psql -c "select 1"',
    'firstPass: complete\nsinglePass: enabled\nbuild_pass: success\nlint_pass: success12\nsecondPass = running',
    'docker exec -u 1000:docker -it web aws sts get-caller-identity',
    '$ node app.js | pino-http-send -u http://localhost:8080/logs',
    '<ListBucketResult><NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken></ListBucketResult>',
    '<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>',
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}\nvariable "db_password_arn" {\n  default = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"\n}',
    'set -x AWS_PROFILE dev-admin\nsetenv AWS_REGION us-east-1',
    'Name                           Value\n----                           -----\nAWS_PROFILE                    dev-admin\nAWS_SECRET_ARN                 arn:aws:secretsmanager:us-east-1:123456789012:secret:x\nMY_PASSWORD  should be rotated',
    'MyStack | 3/12 | 10:01:02 AM | UPDATE_FAILED | AWS::Lambda::Function | MyStack/BucketObjectsVpcVpcAuto/Resource (BucketObjectsVpcVpcAuto00000000) Resource handler returned message: "Access denied"',
  ];
  it.each(KEPT.map((t) => [t]))('when %j is pasted, then nothing is redacted', (text) => {
    const r = redact(text);
    expect(r.text).toBe(text);
    expect(r.count).toBe(0);
  });

  it('when an encoded authorization failure message holds "-sk-" (base64url), then it is evidence, not an OpenAI key', () => {
    fc.assert(
      fc.property(chars([...ALNUM, '-', '_'], 120), chars(ALNUM, 48), (head, tail) => {
        const message = `${head}-sk-${tail}`;
        const r = redact(`You are not authorized to perform this operation. Encoded authorization failure message: ${message}`);
        expect(r.text).toContain(message);
        expect(r.count).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });
});
