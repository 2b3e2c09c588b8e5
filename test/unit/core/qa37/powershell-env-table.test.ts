/**
 * QA37 F15: PowerShell's environment listing, a `Name  Value` table, shows the keys come from environment variables, as
 * `env | grep AWS_` or cmd.exe's `set AWS` do. Without that, the fix edited a profile the variables override.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { step } from '../../../../src/core/conversation/engine';
import { T0 } from '../../../helpers/case-script';

const ERROR = 'PS C:\\Users\\dana\\deploy> aws s3 ls\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.';
const ROWS = 'AWS_ACCESS_KEY_ID              AKIAQ3EGRTZ5XK7MN2PB\nAWS_SECRET_ACCESS_KEY          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';
const TABLE = `${ERROR}\nPS C:\\Users\\dana\\deploy> Get-ChildItem Env:AWS*\n\nName                           Value\n----                           -----\n${ROWS}`;

describe('QA37 F15: the PowerShell environment table', () => {
  it.each([
    ['Get-ChildItem Env:AWS* with its header', TABLE],
    ['gci env: | findstr AWS (no header)', `${ERROR}\nPS C:\\Users\\dana\\deploy> gci env: | findstr AWS\n${ROWS}`],
  ])('when the paste holds %s, then the credentials come from the environment and env-var-override leads', (_name, text) => {
    const d = diagnose(text);
    expect(d.facts.credentialSource).toBe('env');
    expect(d.causes[0]!.id).toBe('env-var-override');
    expect(JSON.stringify(d)).not.toContain('Bn4Mc7Xz2Lk9Jh5Gf1Ds8Aq3Wp6Eo0Ri4Tu7Yy2a');
  });

  it('when the same two columns come with no env listing in sight, then they are not read as environment variables', () => {
    expect(diagnose(`${ERROR}\n${ROWS}`).facts.credentialSource).toBeUndefined();
  });

  it('when the chat is asked for the fix, then it removes the variables instead of editing a profile', () => {
    const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
    const at = new Date(T0).toISOString();
    const first = step(undefined, { kind: 'message', text: TABLE, user: 'U01ALICE', at, addressed: true }, ctx)!;
    const fix = step(first.state, { kind: 'message', text: 'show me the fix', user: 'U01ALICE', at, addressed: true }, ctx)!;
    const remediation = fix.replies.find((r) => r.type === 'remediation');
    expect(remediation && 'causeId' in remediation ? remediation.causeId : undefined).toBe('env-var-override');
  });
});
