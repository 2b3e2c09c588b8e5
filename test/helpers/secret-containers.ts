/**
 * The containers people paste secrets in beyond a line of `name = value` (stop 29): Terraform plan and state JSON (Go's
 * JSON escaping: `\u0026`, `\/`), `.env` files with `export`, quotes and CRLF, a Kubernetes Secret's base64 (of the value,
 * and of a whole credentials file), `docker inspect`'s `Env` array, `aws sts assume-role` JSON whose SessionToken a
 * terminal wrapped at any column, a GitHub Actions log (times on every line, `***` masking half-applied, `::add-mask::`, a
 * line a terminal cut with its time),
 * CloudFormation parameters (JSON, `--output text`, `--output table`), `set -x` traces, Python and JS reprs with `\n`
 * inside, and Slack's escaping of the whole message (`&amp;`, `&lt;`, `&gt;`). Secrets are generated at run time;
 * nothing real is committed.
 */
import fc from 'fast-check';
import { awsSecretKey, sessionToken } from './secret-shapes';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('');
const chars = (alphabet: string[], min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** A password people write with `&` in it (Slack sends it as `&amp;`, Go's JSON as `\u0026`), or without. */
const password = fc.tuple(chars(ALNUM, 2, 8), fc.constantFrom('&', '', '!', '&'), chars(ALNUM, 14, 20)).map(([a, sep, b]) => `Pw${a}${sep}${b}9`);

export type Kind = 'key' | 'token' | 'password';
const SECRET: Record<Kind, fc.Arbitrary<string>> = { key: awsSecretKey, token: sessionToken, password };
const NAMES: Record<Kind, { env: string[]; pascal: string[] }> = {
  key: { env: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'SECRET_KEY'], pascal: ['SecretAccessKey', 'SecretKey'] },
  token: { env: ['AWS_SESSION_TOKEN', 'aws_session_token'], pascal: ['SessionToken'] },
  password: { env: ['DB_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'db_password'], pascal: ['DBPassword', 'MasterUserPassword'] },
};

const TIME = '2026-12-06T01:02:03.4567890Z ';
const b64 = (s: string): string => Buffer.from(s).toString('base64');
/** Go's encoding/json escapes `&`, `<` and `>` (HTML-safe), and a few encoders write `/` as `\/`. */
const goJson = (s: string, slash: boolean): string => s.replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\//g, slash ? '\\/' : '/');
/** Slack's escaping of a message's text (https://api.slack.com/reference/surfaces/formatting#escaping). */
export const slackEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A terminal's hard wrap of every line at `width` columns. */
export const hardWrap = (text: string, width: number): string => text.split('\n').map((l) => (l.match(new RegExp(`.{1,${width}}`, 'g')) ?? ['']).join('\n')).join('\n');

export interface Contained {
  container: string;
  text: string;
  /** What must not leave: the secret, and its base64 where a container encodes it. */
  secrets: string[];
}

export type Build = (s: string, env: string, pascal: string, kind: Kind, pick: number) => { text: string; secrets?: string[] };

export const CONTAINERS: Record<string, Build> = {
  'Terraform state JSON': (s, env, _p, kind, pick) => ({ text: `{"version":4,"resources":[{"type":"aws_iam_access_key","instances":[{"attributes":{"id":"AKIAIOSFODNN7EXAMPLE","${kind === 'password' ? 'ses_smtp_password_v4' : kind === 'token' ? 'token' : 'secret'}":"${goJson(s, pick % 2 === 0)}","status":"Active"}}]}]}` }),
  'Terraform plan JSON': (s, env, _p, kind, pick) => ({ text: `{"planned_values":{"root_module":{"resources":[{"address":"aws_db_instance.db","values":{"${kind === 'password' ? 'password' : kind === 'token' ? 'token' : 'secret_key'}":"${goJson(s, pick % 2 === 1)}","username":"admin"}}]}}}` }),
  '.env with export, quotes and CRLF': (s, env, _p, _k, pick) => {
    const q = ['', '"', "'"][pick % 3]!;
    return { text: `# prod\r\nexport AWS_REGION=us-east-1\r\n${pick % 2 ? 'export ' : ''}${env}=${q}${s}${q}\r\nexport LOG_LEVEL=debug\r\n` };
  },
  'Kubernetes Secret (base64 of the value)': (s, env) => ({ text: `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  ${env}: ${b64(s)}\n  AWS_REGION: ${b64('us-east-1')}`, secrets: [s, b64(s)] }),
  'Kubernetes Secret (base64 of a credentials file)': (s, env) => {
    const file = b64(`[default]\naws_access_key_id=AKIAIOSFODNN7EXAMPLE\n${env.toLowerCase()}=${s}\n`);
    return { text: `apiVersion: v1\ndata:\n  credentials: ${file}\nkind: Secret\nmetadata:\n  name: aws-creds`, secrets: [s, file] };
  },
  "docker inspect's Env array": (s, env, _p, _k, pick) => ({ text: `        "Env": [\n            "PATH=/usr/local/sbin:/usr/local/bin",\n            "${env}=${goJson(s, pick % 2 === 0)}",\n            "AWS_REGION=us-east-1"\n        ],` }),
  'aws sts assume-role JSON wrapped at any column': (s, _e, pascal, _k, pick) => ({ text: hardWrap(`{\n    "Credentials": {\n        "AccessKeyId": "ASIAIOSFODNN7EXAMPLE",\n        "${pascal}": "${s}",\n        "Expiration": "2026-12-06T02:00:00+00:00"\n    }\n}`, 40 + (pick % 161)) }),
  'GitHub Actions log, masking half-applied': (s, env, _p, _k, pick) => {
    const cut = 2 + (pick % Math.max(1, s.length - 18));
    const tail = s.slice(cut);
    return { text: [`${TIME}##[group]Run aws sts get-caller-identity`, `${TIME}env:`, `${TIME}  AWS_ACCESS_KEY_ID: ***`, `${TIME}  ${env}: ***${tail}`, `${TIME}##[endgroup]`].join('\n'), secrets: [tail] };
  },
  // A terminal showing the raw log cuts the stamped line, the time's columns counted (the next line has no time).
  'GitHub Actions log line a terminal cut': (s, env, _p, _k, pick) => {
    const width = [60, 72, 80, 100, 120, 132][pick % 6]!;
    const line = `${TIME}${'x'.repeat(pick % 37)} ${pick % 2 ? `${env}: ***${s.slice(4)}` : `export ${env}=${s}`}`;
    return { text: `${(line.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n')}\n${TIME}##[error]Process completed with exit code 1.`, secrets: [s.slice(4)] };
  },
  "GitHub Actions log's ::add-mask::": (s, env) => ({ text: `${TIME}+ echo "::add-mask::${s}"\n${TIME}::add-mask::${s}\n${TIME}+ echo "${env} is set"` }),
  'CloudFormation parameters (JSON)': (s, _e, pascal) => ({ text: `"Parameters": [\n    {\n        "ParameterKey": "${pascal}",\n        "ParameterValue": "${s}"\n    },\n    {\n        "ParameterKey": "Env",\n        "ParameterValue": "prod"\n    }\n]` }),
  'CloudFormation parameters (--output text)': (s, _e, pascal) => ({ text: `STACKS\t2026-12-06T01:00:00Z\tFalse\tarn:aws:cloudformation:us-east-1:123456789012:stack/app/1a2b\tapp\tUPDATE_COMPLETE\nPARAMETERS\tEnv\tprod\nPARAMETERS\t${pascal}\t${s}` }),
  'CloudFormation parameters (--output table)': (s, _e, pascal) => {
    const row = (a: string, b: string): string => `||  ${a.padEnd(20)}|  ${b.padEnd(s.length + 2)}||`;
    return { text: `||                 Parameters                  ||\n|+---------------------+-----------------------+|\n${row('ParameterKey', 'ParameterValue')}\n|+---------------------+-----------------------+|\n${row('Env', 'prod')}\n${row(pascal, s)}\n|+---------------------+-----------------------+|` };
  },
  'set -x trace': (s, env, _p, _k, pick) => ({ text: [`+ export AWS_REGION=us-east-1`, pick % 2 ? `+ export '${env}=${s}'` : `+ ${env}=${s}`, `+ aws sts get-caller-identity`].join('\n') }),
  'Python repr with \\n inside': (s, env, _p, _k, pick) => ({ text: pick % 2 ? `b'[default]\\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\\n${env.toLowerCase()} = ${s}\\n'` : `environ({'HOME': '/root', '${env}': '${s}', 'LANG': 'C.UTF-8'})` }),
  'JS util.inspect of a multi-line string': (s, env) => ({ text: `{\n  body: '[default]\\n' +\n    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\\n' +\n    '${env.toLowerCase()} = ${s}\\n'\n}` }),
};

export const CONTAINER_NAMES = Object.keys(CONTAINERS);
const WRAPPED_ANYWHERE = 'aws sts assume-role JSON wrapped at any column';
const TERMINAL_CUT_CI_LINE = 'GitHub Actions log line a terminal cut';

/**
 * A secret in one of `containers`, maybe in a Slack message (escaped as Slack escapes it), with an error line after it;
 * `kindFor` may change the kind a container is drawn with (one whose shape is read back for some kinds only).
 */
export function containedSecretIn(containers: Record<string, Build>, kindFor: (container: string, kind: Kind) => Kind = (_c, k) => k): fc.Arbitrary<Contained> {
  return fc
    .record({
      kind: fc.constantFrom<Kind>('key', 'token', 'password'),
      container: fc.constantFrom(...Object.keys(containers)),
      pick: fc.nat({ max: 10_000 }),
      slack: fc.boolean(),
    })
    .map((r) => ({ ...r, kind: kindFor(r.container, r.kind) }))
    .chain(({ kind, container, pick, slack }) =>
      SECRET[kind].map((s) => {
        const names = NAMES[kind];
        const built = containers[container]!(s, names.env[pick % names.env.length]!, names.pascal[pick % names.pascal.length]!, kind, pick);
        const body = `${built.text}\nAn error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.`;
        return { container, text: slack ? slackEscape(body) : body, secrets: built.secrets ?? [s] };
      }),
    );
}

/**
 * A secret in one of CONTAINERS. A wrap at any column is read back for a session token's base64, not for a password cut
 * anywhere; a terminal's cut of a CI line is read back for a key or a token, not yet for a password whose label it cut
 * (stop 29's report).
 */
export const containedSecret: fc.Arbitrary<Contained> = containedSecretIn(CONTAINERS, (container, kind) => (container === WRAPPED_ANYWHERE || (container === TERMINAL_CUT_CI_LINE && kind === 'password') ? 'token' : kind));
