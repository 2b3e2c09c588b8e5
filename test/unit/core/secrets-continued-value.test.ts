/**
 * A secret-labelled value continued with a backslash (java.util.Properties.load drops the `\`, the line break and the
 * continuation line's leading white space; src/core/secrets/container-joins.ts continuationJoins) is one value however
 * long it is and however the continuation line was pasted: after a CI console's time, as a copied page's `<br>` and
 * `&nbsp;`, or as a short rest behind one blank. Read apart, the rest left through redaction and the egress guard.
 */
import { createEgressGuard } from '../../../src/core/egress';
import { redact } from '../../../src/core/redact';

/** A synthetic session token of `n` characters (no real credential). */
const token = (n: number): string => `IQoJb3JpZ2luX2VjE${'aBcD1234eFgH5678iJkL9012mNoP3456qRsT7890uVwX'.repeat(20)}`.slice(0, n - 10) + 'tU5vW7xY9z';
const PASSWORD = 'Xq7vLm2Rt9Kp4Wn8Zb3Hc6Jd1Fg5Ys0Ua2Ve7Tr4Qm8Nk3Lp6Ox9Iy1Xq7vLm2Rt9Kp4Wn8Zb3Hc6Jd1Fg5Ys0Ua2Ve7Tr4Qm8Nk3Lp6Ox9Iy1Xq7vLm2Rt9Kp4'.repeat(2);

/** The outputs a rest could leave through: the redacted text and what the guard lets out. */
function exits(text: string): string[] {
  const guard = createEgressGuard();
  guard.learn(text);
  return [redact(text).text, guard.scrub(text).value];
}

describe('a secret continued with a backslash', () => {
  it('when the label stands 579 characters before the backslash (a session token), then its 10-character rest goes too', () => {
    const t = token(589);
    for (const out of exits(`aws.sessionToken=${t.slice(0, 579)}\\\n  ${t.slice(579)}\nlogging.level.root=INFO`)) {
      expect(out).not.toContain('tU5vW7xY9z');
      expect(out).toContain('logging.level.root=INFO');
    }
  });

  it.each([118, 130, 200])('when a %i-character password is continued, then its 8-character rest goes too', (n) => {
    for (const out of exits(`spring.datasource.password=${PASSWORD.slice(0, n)}\\\n    r8Hq2LkZ\nlogging.level.root=INFO`)) expect(out).not.toContain('r8Hq2LkZ');
  });

  it('when the rest is behind one blank (the property test counterexample), then it goes and the next property stays', () => {
    const rest = 'AAAAAAAAAAAAAAAAAAAAA';
    for (const out of exits(`# application.properties\naws.region=us-east-1\naws.sessionToken=${token(400)}AAAA\\\n ${rest}\nlogging.level.root=INFO`)) {
      expect(out).not.toContain(rest);
      expect(out).toContain('logging.level.root=INFO');
    }
  });

  it('when every line opens with a CI time, then the rest after the next line time goes', () => {
    const at = (s: number): string => `2024-03-01T12:00:0${s}.1234567Z `;
    const text = `${at(1)}spring.datasource.password=PwEzhbpo\\\n${at(2)}    U30wsrbZ9!\n${at(3)}logging.level.root=INFO`;
    for (const out of exits(text)) expect(out).not.toContain('U30wsrbZ');
  });

  it('when a copied page ends each line in <br> and indents with &nbsp;, then the rest goes', () => {
    const text = 'spring.datasource.password=PwEzhbpo\\<br>\n&nbsp;&nbsp;&nbsp;&nbsp;U30wsrbZ9!<br>\nlogging.level.root=INFO<br>';
    for (const out of exits(text)) expect(out).not.toContain('U30wsrbZ');
  });

  it('when the value goes on over three lines, then each continued piece goes', () => {
    for (const out of exits('db.password=PwEzhbpo\\\n    U30wsrbZ\\\n    K7mQ2xLp\nlogging.level.root=INFO')) {
      expect(out).not.toContain('U30wsrbZ');
      expect(out).not.toContain('K7mQ2xLp');
    }
  });

  it('when a line with no secret label ends in a backslash, then the next line is left alone', () => {
    const text = 'aws s3 cp ./build s3://my-bucket/app \\\n    --recursive\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied';
    expect(redact(text).text).toBe(text);
  });
});
