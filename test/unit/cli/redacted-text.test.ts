/**
 * src/adapters/cli/redacted-text.ts: a string the secret scan leaves as it is is scanned once per process; a string
 * that held a secret is scanned (and redacted) every time, never kept.
 */
import * as core from '../../../src/core/redact';

jest.mock('../../../src/core/redact', () => {
  const actual = jest.requireActual<typeof import('../../../src/core/redact')>('../../../src/core/redact');
  return { ...actual, redact: jest.fn(actual.redact) };
});

import { redactedText } from '../../../src/adapters/cli/redacted-text';

const scans = core.redact as jest.MockedFunction<typeof core.redact>;
const SECRET = 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';

beforeEach(() => scans.mockClear());

it('scans a clean string once, however often it is written', () => {
  const step = 'Run `aws sts get-caller-identity` to see which identity the CLI signs with.';
  for (let i = 0; i < 5; i++) expect(redactedText(step)).toBe(step);
  expect(scans).toHaveBeenCalledTimes(1);
});

it('redacts a string holding a secret every time it is written, and keeps no copy of it', () => {
  const first = redactedText(SECRET);
  expect(first).not.toContain('wJalrXUtnFEMI');
  expect(redactedText(SECRET)).toBe(first);
  expect(scans).toHaveBeenCalledTimes(2);
});

it('scans a long text each time (the memory holds short catalogue strings only)', () => {
  const long = 'The request was denied. '.repeat(200);
  redactedText(long);
  redactedText(long);
  expect(scans).toHaveBeenCalledTimes(2);
});
