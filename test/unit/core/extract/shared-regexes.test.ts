/**
 * One definition for a regex two readers share (review 33, R33-10): the region name (credential-source.ts reads a
 * region setting, region-endpoint.ts a host's region part) and a secret key's base64 punctuation (credential-source.ts
 * and key-ids.ts judge a value in the key id slot). Two copies drift apart; `duplicates --change` does not see one-line
 * constants, so this test counts the definitions in src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGION_NAME } from '../../../../src/core/extract/region-endpoint';
import { BASE64_PUNCTUATION } from '../../../../src/core/extract/key-ids';

const SRC = join(__dirname, '../../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

const definitions = (literal: string): number =>
  sources(SRC).reduce((n, text) => n + text.split('\n').filter((line) => /^\s*(?:export )?const \w+ = \//.test(line) && line.includes(`= ${literal};`)).length, 0);

describe('shared regexes', () => {
  it('defines the region name and the base64 punctuation once', () => {
    const region = String.raw`/^(?:[a-z]{2}|eusc)(?:-[a-z]{2,10}){1,2}-\d{1,2}$/`;
    const base64 = '/[/+]/';
    expect(definitions(region)).toBe(1);
    expect(definitions(base64)).toBe(1);
    expect([`/${REGION_NAME.source}/`, `/${BASE64_PUNCTUATION.source}/`]).toEqual([region, base64]);
  });

  it('reads what both readers need', () => {
    expect(['us-east-1', 'us-gov-west-1', 'eu-central-2', 'ap-southeast-4', 'eusc-de-east-1'].every((r) => REGION_NAME.test(r))).toBe(true);
    expect(['us-east', 'useast1', 'global', 'US-EAST-1'].some((r) => REGION_NAME.test(r))).toBe(false);
    expect(BASE64_PUNCTUATION.test('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(true);
    expect(BASE64_PUNCTUATION.test('AKIAIOSFODNN7EXAMPLE')).toBe(false);
  });
});
