/** The /awskey verdict as Block Kit: at organisation scale the failed accounts are listed up to ten, and the rest counted. */
import { renderLookup } from '../../../src/adapters/slack/render-lookup';
import type { LookupResult } from '../../../src/core/lookup/types';

describe('renderLookup', () => {
  it('when 100 accounts could not be scanned, then ten are listed with their reasons and the other 90 are counted, not dropped silently', () => {
    const failed = Array.from({ length: 100 }, (_, i) => ({ accountId: String(100000000000 + i), accountName: `account-${i + 1}`, reason: 'scan still running after 120s' }));
    const result: LookupResult = {
      hint: 'AKIA…ZZZZ',
      verdict: 'incomplete',
      explanation: 'No key matching AKIA…ZZZZ was found in 0 accounts, but 100 could not be scanned.',
      nextStep: 'Look the key up again.',
      matches: [],
      accounts: { scanned: 0, failed },
      deletionEvents: [],
      indexAgeSeconds: 0,
    };
    const text = JSON.stringify(renderLookup(result).blocks);
    expect(text).toContain('Incomplete in 100 account(s)');
    expect(text).toContain('account-10: scan still running');
    expect(text).not.toContain('account-11:');
    expect(text).toContain('…and 90 more');
  });
});
