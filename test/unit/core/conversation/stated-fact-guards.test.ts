/**
 * The review of stop 29's merges: stated-fact readers that read a question, a denial, an intention or a success before the
 * failure as a statement (probes.ts and statements.ts `sayUnless`), and a reply whose leading "no" was outvoted by
 * the success words after it (interpreter.ts). The reviewer's probes each read otherwise on a958620; a question states no
 * statement's fact (interpreter.ts `withoutQuestions`).
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../../../src/core/conversation/description';
import { PROBES, probeById } from '../../../../src/core/knowledge';

const QUESTIONS = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);
const reply = (question: string, text: string) => interpret(text, probeById(question), QUESTIONS).answer?.choiceId;
const opening = (question: string, text: string) => saidIn(personsSentences(text), QUESTIONS).stated.find((a) => a.probeId === question)?.choiceId;
const statementsOf = (text: string) => [
  ...saidIn(personsSentences(text), QUESTIONS).statements.map((s) => s.id),
  ...interpret(text, undefined, QUESTIONS).statements.map((s) => s.id),
];

describe('a leading no to "does the key work elsewhere?"', () => {
  it.each([
    'No. It successfully assumes the role but then fails listing the bucket.',
    'Nope, it fails everywhere. The credentials are valid though, I checked with get-caller-identity.',
    'No. I was able to deploy without any issues before the rotation.',
  ])('when the reply is %j, then it answers no', (text) => {
    expect(reply('works-elsewhere', text)).toBe('no');
  });

  it('when the reply is a yes with a success after it, then it still answers yes', () => {
    expect(reply('works-elsewhere', 'Yes, it works fine from my laptop.')).toBe('yes');
  });
});

describe('works elsewhere is not read from a question, an intention or an earlier success', () => {
  it.each([
    'How do I check that my credentials are valid?',
    'Is there a way I can call STS through a proxy?',
    'I want to make sure I can access the bucket using the instance role.',
    'It successfully assumes the role but then fails on s3.',
    'We were able to deploy without any issues before the key rotation.',
  ])('when an opening says %j, then works-elsewhere is not read', (text) => {
    expect(opening('works-elsewhere', text)).toBeUndefined();
  });

  it.each(['Why does it work fine on my laptop but not in the pod?', 'The CLI works fine on my laptop.'])(
    'when an opening says %j, then works-elsewhere still reads yes',
    (text) => {
      expect(opening('works-elsewhere', text)).toBe('yes');
    },
  );
});

describe('a partition named beside a commercial region code', () => {
  it('when the keys are said to be from a China account beside eu-central-1, then the target is another partition', () => {
    expect(saidIn(['The bucket is in eu-central-1 and the keys are from our China account.'], QUESTIONS).stated.find((a) => a.probeId === 'target')?.choiceId).toBe('other-partition');
  });

  it('when only a region code is named, then the target is regular AWS', () => {
    expect(saidIn(['The bucket is in eu-central-1.'], QUESTIONS).stated.find((a) => a.probeId === 'target')?.choiceId).toBe('commercial');
  });
});

describe('a service account denied', () => {
  it.each(["I'm using static AWS keys, not a service account, in my pod.", 'We are not using IRSA in the pod, the keys come from a secret.'])(
    'when an opening says %j, then the sign-in is not read as a platform role',
    (text) => {
      expect(opening('sign-in', text)).not.toBe('role');
    },
  );

  it('when the pod gets its role through its service account, then the sign-in is still a platform role', () => {
    expect(opening('sign-in', 'The credentials are passed to a Kubernetes pod by EKS when using service accounts.')).toBe('role');
  });
});

describe('a question states no fact, whichever statement its words fit', () => {
  it.each([
    ['env-has-keys', 'Could the old credentials in my environment be the problem?'],
    ['token-not-sent', 'Is the session token not passed to the container?'],
  ])('when %s is only asked (%j), then it is not read', (id, text) => {
    expect(statementsOf(text)).not.toContain(id);
  });
});

describe("batch 15's statements asked about, denied or said to be there already", () => {
  it.each([
    ['id-token-permission', 'I already have permissions: id-token: write in the workflow and still get AccessDenied.'],
    ['id-token-permission', 'Do I need the id-token write permission?'],
    ['whitespace-in-credentials', 'I removed all whitespace from the YAML but authentication still fails.'],
    ['base64-encoding', 'Does the key need to be base64 encoded?'],
    ['sso-not-supported', 'The toolkit does not list my profiles, even the ones without SSO.'],
  ])('when %s is only asked about or denied (%j), then it is not read', (id, text) => {
    expect(statementsOf(text)).not.toContain(id);
  });

  it.each([
    ['id-token-permission', 'Added id-token write permission in order to use aws credentials provider gh action.'],
    ['whitespace-in-credentials', 'There was a trailing newline after the secret access key. Should I regenerate it?'],
    ['base64-encoding', 'The values for aws_access_key_id and aws_secret_access_key need to be base64 encoded.'],
    // A "why" question takes its premise as said.
    ['env-has-keys', 'Why does my shell still have the old key in the environment?'],
  ])('when %s is said (%j), then it is still read', (id, text) => {
    expect(statementsOf(text)).toContain(id);
  });
});
