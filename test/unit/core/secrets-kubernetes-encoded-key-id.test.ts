/**
 * QA36 F17: `kubectl get secret -o yaml` of velero's cloud-credentials pasted under a SignatureDoesNotMatch. The
 * base64 `AWS_ACCESS_KEY_ID` came back whole in `diagnose --json` location excerpts (one `base64 -d` from the full id;
 * a full key id never comes back), and the base64 `AWS_SECRET_ACCESS_KEY` was warned of as "a token" (rotate now: it
 * is a secret access key).
 */
import { toJsonResult } from '../../../src/adapters/cli/diagnose-command';
import { diagnose } from '../../../src/core/diagnose';
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
});
