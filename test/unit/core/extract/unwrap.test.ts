/**
 * Messages hard-wrapped across lines are read whole, and every line keeps its number.
 * Terraform wraps its diagnostics to the terminal width inside the `│ ` frame (hashicorp/terraform
 * internal/command/format/diagnostic.go); terminals, e-mail replies and `> ` quotes wrap the others.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { unwrapLines } from '../../../../src/core/extract/unwrap';

describe('wrapped messages', () => {
  it.each([
    ['a terminal wrap of an error printed without its code', 'Error: The security token included in the\nrequest is invalid.'],
    ['a quoted reply', '> Unable to locate\n> credentials. You can configure credentials by running "aws configure".'],
    ['a Terraform frame', '│ Error: configuring Terraform AWS Provider: no valid credential sources for Terraform AWS Provider\n│ found.\n│\n│ Please see https://registry.terraform.io/providers/hashicorp/aws'],
  ])('when %s splits the message, then it is still recognised', (_shape, text) => {
    const d = diagnose(text);
    expect(d.detected).toBe(true);
    // Recognised from the message itself, not from a sentence that merely names credentials.
    expect(d.toldInWords).toBeUndefined();
    expect(d.causes[0]!.evidence.some((e) => e.id.startsWith('prior.reported'))).toBe(false);
  });

  it('when "Unable to locate\\ncredentials" is wrapped, then the empty chain is the cause', () => {
    expect(diagnose('Unable to locate\ncredentials. You can configure credentials by running "aws configure".').causes[0]!.id).toBe('no-credentials-found');
  });

  it('when lines are joined, then every line keeps its number and the joined line carries the sentence', () => {
    const out = unwrapLines(['The security token included in the', 'request is invalid.', 'next line']);
    expect(out).toEqual(['The security token included in the request is invalid.', '', 'next line']);
  });

  it('when the next line is a stack frame, a key = value line, a log line opening with a dotted name or a new sentence, then nothing is joined', () => {
    const lines = ['java.lang.RuntimeException: Unable to load', '\tat com.example.Main.run(Main.java:10)', 'Caused by: something else', 'region = us-east-1', 'aws_access_key_id = x', 'botocore.credentials - DEBUG - Looking for credentials via: env', 'botocore.credentials - DEBUG - Looking for credentials via: assume-role'];
    expect(unwrapLines(lines)).toEqual(lines);
  });
});
