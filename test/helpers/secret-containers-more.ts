/**
 * More containers people paste secrets in (stop 30, beyond secret-containers.ts): a URL's query with the value
 * percent-encoded (`%2F`, `%2B`, `%3D`), a JSON log line holding the value in a string escaped twice (`\\\"`), PowerShell's
 * `$env:NAME=`, Windows `set` / `setx`, fish `set -x`, Java properties, `.npmrc` and `.pypirc`, YAML block scalars (`|`,
 * `>-`), zero-width joiners and look-alike letters inside the value, a markdown table, a code fence with line numbers,
 * and a Slack quote (`>`) of lines a terminal wrapped. Secrets are generated at run time; nothing real is committed.
 */
import fc from 'fast-check';
import { containedSecretIn, hardWrap, type Build, type Contained } from './secret-containers';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
/** What a URL builder writes: every `/`, `+` and `=` escaped (`%2F`, `%2B`, `%3D`), in upper or lower case. */
const pct = (s: string, lower: boolean): string => (lower ? encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()) : encodeURIComponent(s));
const ZWJ = ['\u200d', '\u200b', '\u2060', '\ufeff'];
const LOOK_ALIKE: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', c: '\u0441', p: '\u0440', x: '\u0445', A: '\u0410', B: '\u0412', E: '\u0415', K: '\u041a', M: '\u041c', H: '\u041d', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', X: '\u0425' };

export const MORE_CONTAINERS: Record<string, Build> = {
  "a URL's query, percent-encoded": (s, env, pascal, kind, pick) => {
    const name = [env, pascal, kind === 'token' ? 'X-Amz-Security-Token' : kind === 'password' ? 'password' : 'secretKey'][pick % 3]!;
    const url = `https://app.example.com/callback?state=af0ifjsldkj&${name}=${pct(s, pick % 2 === 1)}&region=us-east-1`;
    return { text: pick % 4 === 0 ? `this redirect fails: <${url.replace(/&/g, '&amp;')}>` : `GET ${url} HTTP/1.1` };
  },
  'a JSON log line, the value in a string escaped twice': (s, env, pascal, _k, pick) => {
    const inner = JSON.stringify({ [pick % 2 ? env : pascal]: s, region: 'us-east-1' });
    const middle = JSON.stringify({ event: inner, source: 'lambda' });
    // some loggers write `/` as `\/` at every level (PHP's json_encode, a few Java ones)
    const line = JSON.stringify({ level: 'error', time: '2026-12-06T01:02:03Z', msg: middle });
    return { text: pick % 3 === 0 ? line.replace(/\//g, '\\/') : line };
  },
  "PowerShell's $env: and SetEnvironmentVariable": (s, env, _p, _k, pick) => ({
    text: [`PS C:\\> $env:${env}="${s}"`, `PS C:\\> $env:${env} = '${s}'`, `$Env:${env}=${s}`, `[Environment]::SetEnvironmentVariable("${env}", "${s}", "User")`][pick % 4]!,
  }),
  'Windows set and setx': (s, env, _p, _k, pick) => ({ text: [`C:\\> set ${env}=${s}`, `C:\\> set "${env}=${s}"`, `C:\\> setx ${env} ${s}`, `setx ${env} "${s}" /M`][pick % 4]! }),
  'fish set -x': (s, env, _p, _k, pick) => ({ text: [`set -x ${env} ${s}`, `set -Ux ${env} ${s}`, `set --export ${env} '${s}'`, `set -gx ${env} "${s}"`][pick % 4]! }),
  'Java properties': (s, _e, _p, kind, pick) => {
    const name = { key: ['aws.secretKey', 'aws.secretAccessKey', 'cloud.aws.credentials.secret-key'], token: ['aws.sessionToken', 'aws.sessionToken', 'cloud.aws.credentials.session-token'], password: ['spring.datasource.password', 'db.password', 'mail.smtp.password'] }[kind][pick % 3]!;
    const sep = ['=', ' = ', ': ', ':'][pick % 4]!;
    return { text: `# application.properties\naws.region=us-east-1\n${name}${sep}${s}\nlogging.level.root=INFO` };
  },
  // java.util.Properties.load: the `\`, the line break and the next line's indentation are dropped (stop 32: the rest leaked)
  'Java properties, the value continued with a backslash': (s, _e, _p, kind, pick) => {
    const name = { key: 'aws.secretKey', token: 'aws.sessionToken', password: 'spring.datasource.password' }[kind];
    const at = 4 + (pick % Math.max(1, s.length - 8));
    return { text: `# application.properties\naws.region=us-east-1\n${name}=${s.slice(0, at)}\\\n${' '.repeat(pick % 9)}${s.slice(at)}\nlogging.level.root=INFO` };
  },
  '.npmrc and .pypirc': (s, _e, _p, _k, pick) => {
    // (`always-auth=true` after the token line: a 60-wide line whose password holds `&` was read as one cut line with it)
    if (pick % 3 === 0) return { text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${s}\nalways-auth=true` };
    if (pick % 3 === 1) return { text: `//npm.pkg.example.com/:_password=${b64(s)}\n//npm.pkg.example.com/:username=deploy`, secrets: [s, b64(s)] };
    return { text: `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${s}` };
  },
  'YAML block scalar': (s, env, pascal, _k, pick) => {
    const style = ['|', '>-', '|-', '>'][pick % 4]!;
    // folded (`>`) over lines of the writer's width, or one line
    const width = [20, 24, 60, 76][pick % 4]!;
    const lines = pick % 2 ? (s.match(new RegExp(`.{1,${width}}`, 'g')) ?? [s]) : [s];
    return { text: `env:\n  AWS_REGION: us-east-1\n  ${pick % 3 ? env : pascal}: ${style}\n${lines.map((l) => `    ${l}`).join('\n')}\n  LOG_LEVEL: debug` };
  },
  'zero-width joiners and look-alike letters in the value': (s, env, _p, _k, pick) => {
    const hidden = [...s].map((c, i) => (i > 0 && i % (5 + (pick % 7)) === 0 ? ZWJ[pick % ZWJ.length]! : '') + (pick % 2 && i % 4 === 1 ? (LOOK_ALIKE[c] ?? c) : c)).join('');
    return { text: `${env}=${hidden}` };
  },
  'a markdown table': (s, env, _p, _k, pick) => {
    const v = pick % 2 ? `\`${s}\`` : s;
    return { text: `| Variable | Value |\n|---|---|\n| AWS_REGION | us-east-1 |\n| ${env} | ${v} |\n| LOG_LEVEL | debug |` };
  },
  'a code fence with line numbers': (s, env, _p, _k, pick) => {
    const n = (i: number): string => [`${i}  `, `${String(i).padStart(3)} | `, `${String(i).padStart(2)}│ `, `${i}. `][pick % 4]!;
    return { text: `\`\`\`\n${n(1)}[default]\n${n(2)}aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n${n(3)}${env.toLowerCase()} = ${s}\n${n(4)}region = us-east-1\n\`\`\`` };
  },
  "a thread reply quoting lines a terminal wrapped (`>`)": (s, env, _p, _k, pick) => {
    const width = [60, 72, 80, 100][pick % 4]!;
    const wrapped = hardWrap(`${'x'.repeat(pick % 29)} export ${env}=${s}`, width);
    return { text: `${wrapped.split('\n').map((l) => `> ${l}`).join('\n')}\nthis is what I ran, still failing` };
  },
};

export const MORE_CONTAINER_NAMES = Object.keys(MORE_CONTAINERS);
const QUOTED_WRAP = "a thread reply quoting lines a terminal wrapped (`>`)";

/** A secret in one of MORE_CONTAINERS (a quoted wrap is read back for a key or a token, whose pieces are base64). */
export const moreContained: fc.Arbitrary<Contained> = containedSecretIn(MORE_CONTAINERS, (container, kind) => (container === QUOTED_WRAP && kind === 'password' ? 'token' : kind));
