/**
 * A string two catalogue entries share (kubectl's "must be logged in": one entry for an EKS context, one
 * context-free fallback) is read once: when the context entry holds, the fallback adds no second signal and
 * no repeated evidence line (the diagnosis used to show the same kubectl line twice under one cause).
 */
import { diagnose } from '../../../../src/core/diagnose';

const EKS_PASTE =
  '$ aws eks update-kubeconfig --name prod --region us-east-1\n$ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)';

test('the EKS reading of kubectl Unauthorized is not repeated by its context-free fallback', () => {
  const d = diagnose(EKS_PASTE);
  const top = d.causes[0]!;
  expect(top.id).toBe('authorization-not-authentication');
  const texts = top.evidence.map((e) => e.text);
  expect(new Set(texts).size).toBe(texts.length);
  expect(top.evidence.map((e) => e.id)).not.toContain('catalogue.kubectl.unauthorized');
});

test('without EKS words the fallback still reads the line', () => {
  const d = diagnose('error: You must be logged in to the server (Unauthorized)');
  expect(d.causes.flatMap((r) => r.evidence.map((e) => e.id))).toContain('catalogue.kubectl.unauthorized');
});
