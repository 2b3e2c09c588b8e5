/**
 * A markdown table of settings (`| Variable | Value |`) whose value cell says what the value is rather than holding it
 * (review of stop 30): `(empty)`, `(unset)`, `(set from GitHub secrets)`. An empty or unset token is evidence of why
 * the credentials fail, and no secret: a secret has no blank and no note in parentheses. A value cell that holds one is
 * still redacted.
 */
import { redact } from '../../../src/core/redact';

const table = (name: string, cell: string): string => `| Variable | Value |\n|---|---|\n| AWS_REGION | us-east-1 |\n| ${name} | ${cell} |\n| LOG_LEVEL | debug |`;

describe('a table row whose value cell is a note', () => {
  it.each([
    ['AWS_SESSION_TOKEN', '(empty)'],
    ['AWS_SESSION_TOKEN', '(unset)'],
    ['AWS_SECRET_ACCESS_KEY', '(set from GitHub secrets)'],
    ['DB_PASSWORD', 'from GitHub secrets'],
    ['API_TOKEN', '`(none)`'],
  ])('when %s is %s, then the note stays and nothing is redacted', (name, cell) => {
    const text = table(name, cell);
    const r = redact(text);
    expect(r.text).toBe(text);
    expect(r.count).toBe(0);
  });

  it('when the value cell holds a password, then it is still redacted', () => {
    const r = redact(table('MYSQL_PASSWORD', '`PwXRdISgVmfXHmPW9!`'));
    expect(r.text).not.toContain('PwXRdISgVmfXHmPW9!');
    expect(r.count).toBe(1);
  });
});
