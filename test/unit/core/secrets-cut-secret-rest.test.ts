/**
 * A secret-labelled value filling the paste's wrap width may be cut, and its rest may read as a name and `=` (`PZX=…`,
 * `K_9=…`, `AB_CD=…`, `Pzq=…`, `export PZ=…`): read as a key line of its own, the rest was let out (s31-mend-sec's
 * report, open on 1efa393). A value of a fixed length filling the line (a 40-character secret access key) is complete, and a row
 * whose value is an ARN is evidence of its own.
 */
import { redact } from '../../../src/core/redact';

const PASSWORD = 'Xq7vLm2Rt9Kp4Wn8Zb3Hc6Jd1Fg5Ys0Ua2Ve7Tr4Qm8Nk3Lp6Ox9Iy1Xq7vLm2Rt9Kp4Wn8Zb3Hc6Jd1Fg5Ys0Ua2Ve7Tr4Qm8Nk3Lp6';
const REST_VALUE = 'w8Rj2';

/** `label` and the password cut at `width`, then the cut's rest reading `restName=w8Rj2`, then a row of its own. */
function cutPaste(label: string, restName: string, width: number): string {
  return `my env:\n${label}${PASSWORD.slice(0, width - label.length)}\n${restName}=${REST_VALUE}\nAWS_REGION=us-east-1\n`;
}

describe('a cut secret rest read as a key line', () => {
  const shapes: [string, string][] = [
    ['DB_PASSWORD=', 'PZX'],
    ['API_TOKEN=', 'K_9'],
    ['APP_SECRET=', 'AB_CD'],
    ['DB_PASSWORD=', 'Pzq'],
    ['API_TOKEN=', 'export PZ'],
  ];
  for (const [label, restName] of shapes) {
    for (const width of [60, 80]) {
      it(`redacts the rest \`${restName}=…\` after \`${label}<value>\` cut at ${width}`, () => {
        const out = redact(cutPaste(label, restName, width)).text;
        expect(out).not.toContain(REST_VALUE);
        expect(out).not.toContain(PASSWORD.slice(0, 12));
        expect(out).toContain('AWS_REGION=us-east-1');
      });
    }
  }

  it('keeps the row after a complete secret access key filling the line', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const out = redact(`aws_secret_access_key = ${key}\nAWS_REGION=us-east-1\n`).text;
    expect(out).not.toContain(key);
    expect(out).toContain('AWS_REGION=us-east-1');
  });

  it('keeps an ARN row after a cut password', () => {
    const label = 'DB_PASSWORD=';
    const arn = 'ROLE_ARN=arn:aws:iam::123456789012:role/deploy';
    const out = redact(`${label}${PASSWORD.slice(0, 60 - label.length)}\n${arn}\n`).text;
    expect(out).toContain(arn);
    expect(out).not.toContain(PASSWORD.slice(0, 12));
  });
});
