/**
 * Whole pastes in the shapes people post credentials in (trial 22): credentials files, env dumps, the JSON of
 * `aws sts assume-role` / `get-session-token` / `aws configure export-credentials` (and its env, PowerShell and
 * cmd forms), `docker run -e`, a Kubernetes Secret (base64 in `data`, plain in `stringData`), a container's
 * `env` name/value list, an ECS task definition, a Terraform provider block, .NET appsettings and app.config,
 * Java properties and `-D` flags, Spring YAML, presigned URLs (SigV4 with a session token, SigV2) as Slack
 * wraps and escapes them, URL-encoded keys in query strings (once and twice), JSON inside JSON, keys with
 * zero-width or look-alike letters, a key split over lines, keys inside Slack code blocks, SDK constructor
 * calls, the console's CSV download, `aws configure` prompts, a PEM private key, SSM and Secrets Manager
 * commands, fish/csh `set`, `curl -u`, Maven's settings.xml, a Terraform variable's default, a key in groups or cut over a line after a worded label. Each paste also carries evidence that must survive (an ARN, a request id, S3's HostId and
 * x-amz-id-2). Every secret is generated at run time from a seed; nothing real is committed.
 */
import { rng } from './synthetic-case';

export interface ShapedPaste {
  shape: string;
  text: string;
  /** Values that must never leave, as a human reads them (the base64 of a Kubernetes Secret is one too). */
  secrets: string[];
  /** Text that must survive redaction (evidence). */
  evidence: string[];
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;
const B64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';

export class SecretMaker {
  constructor(private readonly rnd: () => number) {}
  pick(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.rnd() * alphabet.length)];
    return s;
  }
  /** 40 base64 characters with both cases, a digit and a / or + (an AWS secret access key's look). */
  awsKey(): string {
    for (;;) {
      const k = this.pick(B64, 40);
      if (/[a-z]/.test(k) && /[A-Z]/.test(k) && /[0-9]/.test(k) && /[/+]/.test(k)) return k;
    }
  }
  sessionToken(): string {
    return `IQoJb3JpZ2luX2Vj${this.pick(B64, 220)}`;
  }
  /** Shorter than any shape rule reads: only its name gives it away. */
  password(): string {
    return `Pw${this.pick(ALNUM, 14)}9!`;
  }
  hex(n: number): string {
    return this.pick(HEX, n);
  }
  b64(n: number): string {
    return this.pick(B64, n);
  }
  /** A 20-character key id that is obviously synthetic (AKIA + EXAMPLE-style filler). */
  keyId(prefix = 'AKIA'): string {
    return `${prefix}${this.pick(UPPER, 9)}EXAMPLE`;
  }
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const pct = (s: string): string => encodeURIComponent(s);

/** Evidence lines as S3, STS and the SDKs print them; `evidence` lists what must stay. */
function evidenceLines(m: SecretMaker): { text: string; evidence: string[] } {
  const arn = `arn:aws:sts::123456789012:assumed-role/DeployRole/jane-${m.pick(ALNUM, 8)}`;
  const requestId = `${m.hex(8)}-${m.hex(4)}-${m.hex(4)}-${m.hex(4)}-${m.hex(12)}`;
  const hostId = `${m.b64(72)}=`;
  const s3RequestId = m.pick(`${UPPER}0123456789`, 16);
  return {
    text: [
      `An error occurred (AccessDenied) when calling the GetObject operation: User: ${arn} is not authorized to perform: s3:GetObject`,
      `(Service: S3, Status Code: 403, Request ID: ${s3RequestId}, Extended Request ID: ${hostId})`,
      `<Error><Code>AccessDenied</Code><RequestId>${s3RequestId}</RequestId><HostId>${hostId}</HostId></Error>`,
      `x-amz-id-2: ${hostId}`,
      `An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid. RequestId: ${requestId}`,
    ].join('\n'),
    evidence: [arn, requestId, hostId, s3RequestId],
  };
}

type Build = (m: SecretMaker) => { text: string; secrets: string[]; evidence?: string[] };

/** Every shape, each building one paste from fresh secrets. */
export const PASTE_SHAPES: Record<string, Build> = {
  'credentials file': (m) => {
    const [k, t] = [m.awsKey(), m.sessionToken()];
    return { text: `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${m.keyId()}\naws_secret_access_key = ${k}\naws_session_token = ${t}`, secrets: [k, t] };
  },
  'env dump': (m) => {
    const [k, t] = [m.awsKey(), m.sessionToken()];
    return { text: `$ env | grep AWS\nAWS_ACCESS_KEY_ID=${m.keyId('ASIA')}\nAWS_SECRET_ACCESS_KEY=${k}\nAWS_SESSION_TOKEN=${t}\nAWS_DEFAULT_REGION=us-east-1`, secrets: [k, t] };
  },
  'sts assume-role JSON': (m) => {
    const [k, t] = [m.awsKey(), m.sessionToken()];
    return {
      text: `{\n    "Credentials": {\n        "AccessKeyId": "${m.keyId('ASIA')}",\n        "SecretAccessKey": "${k}",\n        "SessionToken": "${t}",\n        "Expiration": "2026-12-06T02:00:00+00:00"\n    },\n    "AssumedRoleUser": {\n        "AssumedRoleId": "AROA3XFRBF535PLBIFPI4:s3-access-example",\n        "Arn": "arn:aws:sts::123456789012:assumed-role/xaccounts3access/s3-access-example"\n    }\n}`,
      secrets: [k, t],
    };
  },
  'sts get-session-token --output text': (m) => {
    const [k, t] = [m.awsKey(), m.sessionToken()];
    return { text: `CREDENTIALS\t${m.keyId('ASIA')}\t2026-12-06T02:00:00Z\t${k}\t${t}`, secrets: [k, t] };
  },
  'export-credentials JSON': (m) => {
    const [k, t] = [m.awsKey(), m.sessionToken()];
    return { text: `$ aws configure export-credentials --profile dev\n{"Version": 1, "AccessKeyId": "${m.keyId('ASIA')}", "SecretAccessKey": "${k}", "SessionToken": "${t}", "Expiration": "2026-12-06T02:00:00+00:00"}`, secrets: [k, t] };
  },
  'export-credentials --format powershell and windows-cmd': (m) => {
    const [k, t, k2] = [m.awsKey(), m.sessionToken(), m.awsKey()];
    return { text: `$Env:AWS_ACCESS_KEY_ID="${m.keyId('ASIA')}"\n$Env:AWS_SECRET_ACCESS_KEY="${k}"\n$Env:AWS_SESSION_TOKEN="${t}"\nC:\\> set AWS_SECRET_ACCESS_KEY=${k2}`, secrets: [k, t, k2] };
  },
  'docker run -e': (m) => {
    const [k, p] = [m.awsKey(), m.password()];
    return { text: `docker run --rm -e AWS_ACCESS_KEY_ID=${m.keyId()} -e AWS_SECRET_ACCESS_KEY=${k} --env "DB_PASSWORD=${p}" amazon/aws-cli s3 ls`, secrets: [k, p] };
  },
  'Kubernetes Secret (base64 data, stringData)': (m) => {
    const [k, p, k2] = [m.awsKey(), m.password(), m.awsKey()];
    return {
      text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\ntype: Opaque\ndata:\n  AWS_ACCESS_KEY_ID: ${b64(m.keyId())}\n  AWS_SECRET_ACCESS_KEY: ${b64(k)}\n  password: ${b64(p)}\nstringData:\n  aws_secret_access_key: "${k2}"`,
      secrets: [k, b64(k), b64(p), k2],
    };
  },
  'kubectl create secret --from-literal': (m) => {
    const k = m.awsKey();
    return { text: `kubectl create secret generic aws --from-literal=AWS_ACCESS_KEY_ID=${m.keyId()} --from-literal=AWS_SECRET_ACCESS_KEY=${k}`, secrets: [k] };
  },
  'container env name/value list': (m) => {
    const [k, p] = [m.awsKey(), m.password()];
    return { text: `    env:\n    - name: AWS_SECRET_ACCESS_KEY\n      value: "${k}"\n    - name: DB_PASSWORD\n      value: ${p}\n    - name: AWS_REGION\n      value: us-east-1`, secrets: [k, p] };
  },
  'ECS task definition environment': (m) => {
    const [p, t] = [m.password(), m.password()];
    return { text: `"environment": [{"name": "NODE_ENV", "value": "production"}, {"name": "DB_PASSWORD", "value": "${p}"}, {"name": "API_TOKEN", "value": "${t}"}]`, secrets: [p, t] };
  },
  'Terraform provider block': (m) => {
    const [k, t] = [m.awsKey(), m.sessionToken()];
    return { text: `provider "aws" {\n  region     = "us-west-2"\n  access_key = "${m.keyId()}"\n  secret_key = "${k}"\n  token      = "${t}"\n}`, secrets: [k, t] };
  },
  '.NET appsettings.json and app.config': (m) => {
    const [k, k2] = [m.awsKey(), m.awsKey()];
    return { text: `{\n  "AWS": {\n    "Region": "us-east-1",\n    "AccessKey": "${m.keyId()}",\n    "SecretKey": "${k}"\n  }\n}\n<add key="AWSSecretKey" value="${k2}"/>`, secrets: [k, k2] };
  },
  'Java properties and -D flags': (m) => {
    const [k, t, k2] = [m.awsKey(), m.sessionToken(), m.awsKey()];
    return { text: `aws.accessKeyId=${m.keyId()}\naws.secretKey=${k}\naws.sessionToken=${t}\njava -Daws.secretAccessKey=${k2} -jar app.jar`, secrets: [k, t, k2] };
  },
  'Spring YAML': (m) => {
    const k = m.awsKey();
    return { text: `cloud:\n  aws:\n    credentials:\n      access-key: ${m.keyId()}\n      secret-key: ${k}`, secrets: [k] };
  },
  'presigned SigV4 URL as Slack sends it': (m) => {
    const [t, sig] = [m.sessionToken(), m.hex(64)];
    const url = `https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${m.keyId('ASIA')}%2F20261206%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261206T000000Z&X-Amz-Expires=86400&X-Amz-Security-Token=${pct(t)}&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`;
    return { text: `this link gives 403: <${url.replace(/&/g, '&amp;')}>`, secrets: [t, sig] };
  },
  'presigned SigV2 URL': (m) => {
    const sig = `${m.b64(27)}=`;
    return { text: `<https://examplebucket.s3.amazonaws.com/a.csv?AWSAccessKeyId=${m.keyId()}&amp;Expires=1765000000&amp;Signature=${pct(sig)}>`, secrets: [sig] };
  },
  'URL-encoded key in a query string, once and twice': (m) => {
    const [k, k2] = [m.awsKey(), m.awsKey()];
    return { text: `GET /callback?aws_secret_access_key=${pct(k)}&region=us-east-1\nhttps://sso.example.com/next?u=${pct(pct(k2))}&s=1`, secrets: [k, k2] };
  },
  'JSON inside JSON (a log of an event)': (m) => {
    const [k, p] = [m.awsKey(), m.password()];
    return { text: JSON.stringify({ message: JSON.stringify({ body: JSON.stringify({ SecretAccessKey: k, db_password: p }) }) }), secrets: [k, p] };
  },
  'zero-width and look-alike letters inside keys': (m) => {
    const [k, k2] = [m.awsKey(), m.awsKey()];
    const hidden = `${k.slice(0, 10)}\u200b${k.slice(10, 25)}\u2060${k.slice(25)}`;
    const cyrillic: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', c: '\u0441', p: '\u0440', x: '\u0445', A: '\u0410', E: '\u0415', O: '\u041e', T: '\u0422' };
    const lookalike = [...k2].map((c) => cyrillic[c] ?? c).join('');
    return { text: `AWS_SECRET_ACCESS_KEY=${hidden}\naws_secret_access_key = ${lookalike}`, secrets: [k, k2] };
  },
  'key split over lines': (m) => {
    const k = m.awsKey();
    return { text: `aws_secret_access_key = ${k.slice(0, 17)}\n${k.slice(17)}`, secrets: [k] };
  },
  // A key after a label written in words: read out in groups of four, cut in two pieces, cut over a line break (stop 23).
  'a key in groups or cut over a line after a worded label': (m) => {
    const [k, k2, k3] = [m.awsKey(), m.awsKey(), m.awsKey()];
    const doc = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const fours = (key: string): string => key.match(/.{4}/g)!.join(' ');
    const halves = `${k2.slice(0, 20)} ${k2.slice(20)}`;
    return {
      text: `Secret access key: ${fours(k)}\nsecret key -\n${halves}\nSecret Access Key ${k3.slice(0, 22)}\n${k3.slice(22)}\nthe secret key is ${fours(doc)}`,
      secrets: [k, fours(k), k2, halves, k3, doc, fours(doc)],
    };
  },
  'Slack code block and inline code': (m) => {
    const [k, k2] = [m.awsKey(), m.awsKey()];
    return { text: `\`\`\`aws_secret_access_key=${k}\`\`\`\nand the other one is \`${k2}\``, secrets: [k, k2] };
  },
  'SDK constructor calls': (m) => {
    const [k, t, k2] = [m.awsKey(), m.sessionToken(), m.awsKey()];
    return { text: `boto3.client('s3', aws_access_key_id='${m.keyId()}', aws_secret_access_key='${k}', aws_session_token='${t}')\nAwsBasicCredentials.create("${m.keyId()}", "${k2}")`, secrets: [k, t, k2] };
  },
  'console CSV download': (m) => {
    const k = m.awsKey();
    return { text: `Access key ID,Secret access key\n${m.keyId()},${k}`, secrets: [k] };
  },
  'aws configure prompts': (m) => {
    const k = m.awsKey();
    return { text: `$ aws configure\nAWS Access Key ID [None]: ${m.keyId()}\nAWS Secret Access Key [None]: ${k}\nDefault region name [None]: us-east-1`, secrets: [k] };
  },
  'PEM private key': (m) => {
    const lines = [m.b64(64), m.b64(64), m.b64(40)];
    return { text: `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`, secrets: lines.filter((l) => l.length >= 16) };
  },
  'SSM and Secrets Manager commands': (m) => {
    const [p, s] = [m.password(), m.password()];
    return { text: `aws ssm put-parameter --name /prod/db/password --value ${p} --type SecureString\naws secretsmanager create-secret --name MyTestSecret --secret-string '${s}'`, secrets: [p, s] };
  },
  'docker login --password and *_PASS': (m) => {
    const [p, p2] = [m.password(), m.password()];
    return { text: `docker login --username AWS --password ${p} 123456789012.dkr.ecr.us-east-1.amazonaws.com\nMYSQL_PASS: ${p2}`, secrets: [p, p2] };
  },
  'fish set -gx, csh setenv and curl -u': (m) => {
    const [p, k, p2] = [m.password(), m.awsKey(), m.password()];
    return { text: `set -gx DB_PASSWORD ${p}\nsetenv AWS_SECRET_ACCESS_KEY ${k}\ncurl -u deploy:${p2} https://artifacts.example.com/app.jar`, secrets: [p, k, p2] };
  },
  "PowerShell's env: table and Get-STSSessionToken list": (m) => {
    const [p, k, t] = [m.password(), m.awsKey(), m.sessionToken()];
    return { text: `PS C:\\> Get-ChildItem env:\n\nName                           Value\n----                           -----\nAWS_REGION                     us-east-1\nDB_PASSWORD                    ${p}\n\nAccessKeyId     : ${m.keyId('ASIA')}\nSecretAccessKey : ${k}\nSessionToken    : ${t}`, secrets: [p, k, t] };
  },
  "a Kubernetes Secret printed by Go (%v of []byte) and a Node Buffer as JSON": (m) => {
    const [k, k2] = [m.awsKey(), m.awsKey()];
    const bytes = (s: string) => [...Buffer.from(s)];
    const go = `&Secret{Data:map[string][]byte{credentials: [${bytes(`[default]\naws_access_key_id = ${m.keyId()}\naws_secret_access_key = ${k}\n`).join(' ')}],},Type:Opaque}`;
    return { text: `unable to find key aws_access_key_id in secret ${go}\n${JSON.stringify({ body: { type: 'Buffer', data: bytes(`AWS_SECRET_ACCESS_KEY=${k2}`) } })}`, secrets: [k, k2] };
  },
  "Maven settings.xml and a Terraform variable's default": (m) => {
    const [p, p2] = [m.password(), m.password()];
    return { text: `<server>\n  <id>s3-releases</id>\n  <username>${m.keyId()}</username>\n  <password>${p}</password>\n</server>\nvariable "db_password" {\n  type    = string\n  default = "${p2}"\n}`, secrets: [p, p2] };
  },
  // Stop 28: a key after full-width words glued to it, and a shell echoing a key as a command after an 80-wide line
  // ending in `ha` (read as `hash: <key>` across the break).
  'a key glued to full-width words, and a shell echoing a key as a command': (m) => {
    const [k, k2] = [m.awsKey(), m.awsKey()];
    const fw = (s: string) => [...s].map((c) => (c === ' ' ? '\u3000' : String.fromCodePoint(c.codePointAt(0)! + 0xfee0))).join('');
    return { text: `${fw('mycachehasthesecrethere')}${k}\n${'x'.repeat(68)} my cache ha\nsh: ${k2}: command not found`, secrets: [k, k2] };
  },
  // Stop 28 review: a key opening the line after a URL that ends exactly at an 80-wide wrap was read as the URL's path
  // (evidence) and leaked.
  "a key opening the line after a URL that ends at the wrap width": (m) => {
    const k = m.awsKey();
    return { text: `${'x'.repeat(25)} see https://github.com/synfinatic/aws-sso-cli/blob/2b9\n${k} is my secret`, secrets: [k] };
  },
  // Stop 29: a password holding `&` (Go's JSON writes it `\u0026`, Slack `&amp;`), the AWS CLI's text and table rows of
  // parameters, a CI log whose `***` mask was half applied, GitHub's `::add-mask::` echoed with its value.
  "a password with `&` in docker inspect's Env, CloudFormation parameters as text and table, a half-masked key, ::add-mask::": (m) => {
    const [p, p2, p3, k] = [`${m.password()}&${m.pick(B64, 12)}`, `Pw&amp;${m.pick(B64, 16)}`, m.password(), m.awsKey()];
    const masked = k.slice(8);
    return {
      text: [
        `"Env": ["PATH=/usr/bin", "DB_PASSWORD=${p.replace('&', '\\u0026')}"]`,
        `MYSQL_PASSWORD=${p2}`,
        `PARAMETERS\tEnv\tprod\nPARAMETERS\tDBPassword\t${p3}`,
        `||  ParameterKey  |  ParameterValue  ||\n||  MasterUserPassword  |  ${p3}x  ||`,
        `2026-12-06T01:02:03.4567890Z   AWS_SECRET_ACCESS_KEY: ***${masked}`,
        `::add-mask::${p3}y`,
      ].join('\n'),
      secrets: [p, p2.replace('&amp;', '&'), p3, `${p3}x`, masked, `${p3}y`],
    };
  },
  // Stop 32: a Java properties value continued with `\` (java.util.Properties.load drops the `\`, the line break and the
  // next line's indentation: the indented rest leaked), a curl call signed by hand (the SigV4 signature is redacted as a
  // signature, the session token header must go), and evidence rows after a password cut at the terminal's width (a
  // request id, an account id, a `Date:` were redacted as the password's rest).
  'Java properties continued with a backslash': (m) => {
    const [p, k] = [m.password(), m.awsKey()];
    return { text: `# application.properties\nspring.datasource.password=${p.slice(0, 8)}\\\n    ${p.slice(8)}\naws.secretKey=${k.slice(0, 20)}\\\n        ${k.slice(20)}\nlogging.level.root=INFO`, secrets: [p, k] };
  },
  'curl with a SigV4 Authorization header and the session token header': (m) => {
    const t = m.sessionToken();
    return {
      text: `curl -s "https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15" -H "Authorization: AWS4-HMAC-SHA256 Credential=${m.keyId('ASIA')}/20261207/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=${m.hex(64)}" -H "x-amz-date: 20261207T052749Z" -H "X-Amz-Security-Token: ${t}"`,
      secrets: [t],
      evidence: ['x-amz-date: 20261207T052749Z'],
    };
  },
  'evidence rows after a password cut at the width': (m) => {
    const p = m.pick(`${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`, 68);
    const requestId = `${m.hex(8)}-${m.hex(4)}-${m.hex(4)}-${m.hex(4)}-${m.hex(12)}`;
    const rows = [`RequestId: ${requestId}`, 'ACCOUNT_ID=123456789012', 'Date: Mon, 07 Dec 2026 05:27:49 GMT'];
    return { text: rows.map((r) => `DB_PASSWORD=${p}\n${r}`).join('\n'), secrets: [p], evidence: rows };
  },
  // Stop 30: a name set apart from its value by a word or an argument (fish `--export`, Windows `setx`, .NET's
  // SetEnvironmentVariable), a markdown table of settings, a YAML block scalar holding a password with `&`, a Slack quote
  // of lines a terminal wrapped.
  "fish --export, setx, SetEnvironmentVariable, a markdown table, a YAML block scalar, a quoted wrap": (m) => {
    const [p, p2, p3, p4, p5, t] = [m.password(), m.password(), m.password(), m.password(), `${m.password()}&${m.pick(ALNUM, 10)}`, m.sessionToken()];
    const quoted = `xxxxxxx export AWS_SESSION_TOKEN=${t}`.match(/.{1,80}/g)!.map((l) => `> ${l}`).join('\n');
    return {
      text: [
        `set --global --export DB_PASSWORD '${p}'`,
        `C:\\> setx DB_PASSWORD "${p2}" /M`,
        `[Environment]::SetEnvironmentVariable("API_TOKEN", "${p3}", "User")`,
        `| Variable | Value |\n|---|---|\n| MYSQL_PASSWORD | \`${p4}\` |`,
        `env:\n  DB_PASSWORD: >-\n    ${p5}\n  LOG_LEVEL: debug`,
        quoted,
      ].join('\n'),
      secrets: [p, p2, p3, p4, p5, t],
    };
  },
};

export const PASTE_SHAPE_NAMES = Object.keys(PASTE_SHAPES);

/** One paste per shape (the shape's secrets, then evidence lines), from `seed`. */
export function shapedPastes(seed: number): ShapedPaste[] {
  const m = new SecretMaker(rng(seed));
  return PASTE_SHAPE_NAMES.map((shape) => {
    const { text, secrets, evidence = [] } = PASTE_SHAPES[shape]!(m);
    const ev = evidenceLines(m);
    return { shape, text: `${text}\n${ev.text}`, secrets, evidence: [...evidence, ...ev.evidence] };
  });
}
