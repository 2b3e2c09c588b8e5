/**
 * QA36 F17: `kubectl get secret -o yaml` of velero's cloud-credentials pasted under a SignatureDoesNotMatch. The
 * base64 `AWS_ACCESS_KEY_ID` came back whole in `diagnose --json` location excerpts (one `base64 -d` from the full id;
 * a full key id never comes back), and the base64 `AWS_SECRET_ACCESS_KEY` was warned of as "a token" (rotate now: it
 * is a secret access key).
 */
import { toJsonResult } from '../../../src/adapters/cli/diagnose-command';
import { diagnose } from '../../../src/core/diagnose';
import { evidenceText } from '../../../src/core/conversation/belief';
import { maskKeyIds } from '../../../src/core/redact';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const ID = 'AKIAIOSFODNN7EXAMPLE';
const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const NOW = new Date('2026-12-07T00:00:00Z');

const PASTE = [
  'velero on k8s: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  '$ kubectl get secret cloud-credentials -n velero -o yaml',
  'apiVersion: v1',
  'data:',
  `  AWS_ACCESS_KEY_ID: ${b64(ID)}`,
  `  AWS_SECRET_ACCESS_KEY: ${b64(KEY)}`,
  'kind: Secret',
].join('\n');

describe('a Kubernetes Secret with a base64 key id and secret (QA36 F17)', () => {
  it('when its diagnosis is printed as --json, then the key id shows masked, never whole in base64', () => {
    const out = JSON.stringify(toJsonResult(diagnose(PASTE, { now: NOW })));
    expect(out).not.toContain(b64(ID));
    expect(out).not.toContain(ID);
    expect(out).toContain('AKIA…MPLE (base64)');
  });

  it('when the base64 value sits under AWS_SECRET_ACCESS_KEY, then it is named a secret access key, not a token', () => {
    expect(diagnose(PASTE, { now: NOW }).secretsFound).toEqual(['secret-access-key']);
  });

  it('when a base64 run decodes to something else, then it is left as it is', () => {
    const other = b64('not a key id, just text');
    expect(maskKeyIds(`value: ${other}`)).toBe(`value: ${other}`);
    expect(maskKeyIds(`AWS_ACCESS_KEY_ID: ${b64(`${ID}\n`)}`)).toBe('AWS_ACCESS_KEY_ID: AKIA…MPLE (base64)');
  });

  /** R36b-9: the shapes a base64 id takes outside a Secret's data: (each came back whole before). */
  const SHAPES: Array<[string, string]> = [
    ['unpadded (`base64 | tr -d =`, base64url, a JWT-style field)', b64(ID).replace(/=+$/, '')],
    ['padding URL-encoded (a query string or form body)', b64(ID).replace(/=/g, '%3D')],
    ['with a trailing space (`echo "AKIA… "`)', b64(`${ID} `)],
    ['quoted (`jq -c .id | base64`)', b64(`"${ID}"\n`)],
  ];

  it.each(SHAPES)('when the id is written %s, then it is masked like the padded form', (_shape, run) => {
    expect(maskKeyIds(`AWS_ACCESS_KEY_ID: ${run}`)).toBe('AWS_ACCESS_KEY_ID: AKIA…MPLE (base64)');
    expect(maskKeyIds(`https://example.com/check?id=${run}&x=1`)).toBe('https://example.com/check?id=AKIA…MPLE (base64)&x=1');
  });

  it.each(SHAPES)('when the id is written %s and kept on a case, then the stored text holds a stand-in in the same shape', (_shape, run) => {
    const kept = evidenceText(`AWS_ACCESS_KEY_ID: ${run}`);
    const stored = /AWS_ACCESS_KEY_ID: (\S+)/.exec(kept)![1]!;
    expect(stored).not.toBe(run);
    expect(stored.length).toBe(run.length);
    expect(atob(stored.replace(/%3D/g, '='))).toMatch(/^\s?"?AKIA[A-Z0-9]{12}MPLE"?\s?$/);
  });

  it('when an unpadded or URL-padded base64 run is a hash or another id, then it is left as it is', () => {
    const sha1 = Buffer.from('0123456789abcdef0123', 'utf8').toString('base64');
    for (const run of [sha1.replace(/=+$/, ''), sha1.replace(/=/g, '%3D'), b64('arn:aws:iam::123456789012').replace(/=+$/, ''), b64(' not a key id ')]) {
      expect(maskKeyIds(`value: ${run}`)).toBe(`value: ${run}`);
    }
  });
});
