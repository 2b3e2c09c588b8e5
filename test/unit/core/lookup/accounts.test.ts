import { mergeAccounts, parseAccountsFile, parseAccountsSetting, roleArnFor } from '../../../../src/core/lookup/accounts';

describe('accounts to scan', () => {
  it('when AWSKEY_ACCOUNTS lists named and bare role ARNs, then each becomes an account', () => {
    const r = parseAccountsSetting(' prod=arn:aws:iam::111122223333:role/awskey-read-only , arn:aws-us-gov:iam::444455556666:role/path/awskey ', { externalId: 'ext-1' });
    expect(r.problems).toEqual([]);
    expect(r.accounts).toEqual([
      { id: '111122223333', name: 'prod', roleArn: 'arn:aws:iam::111122223333:role/awskey-read-only', externalId: 'ext-1' },
      { id: '444455556666', name: '444455556666', roleArn: 'arn:aws-us-gov:iam::444455556666:role/path/awskey', externalId: 'ext-1' },
    ]);
  });

  it('when an entry is not a role ARN, then it is reported as a problem', () => {
    const r = parseAccountsSetting('prod=111122223333,arn:aws:iam::111122223333:user/bob');
    expect(r.accounts).toEqual([]);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toMatch(/AWSKEY_ACCOUNTS: "111122223333" is not a role ARN/);
  });

  it('when the accounts file holds a list or {accounts: [...]}, then ids come from the ARN when missing', () => {
    const entry = { name: 'prod', roleArn: 'arn:aws:iam::111122223333:role/awskey-read-only', region: 'eu-west-1' };
    expect(parseAccountsFile([entry], 'f').accounts).toEqual([{ id: '111122223333', ...entry }]);
    expect(parseAccountsFile({ accounts: [entry] }, 'f').accounts).toHaveLength(1);
  });

  it('when a file entry contradicts its ARN or has a bad region, then the problems name the file and field', () => {
    const r = parseAccountsFile([{ id: '999999999999', roleArn: 'arn:aws:iam::111122223333:role/x', region: 'Ireland' }], 'accounts.yaml');
    expect(r.accounts).toEqual([]);
    expect(r.problems.join('\n')).toMatch(/accounts\.yaml: 0\.region: must be a region/);
    expect(r.problems.join('\n')).toMatch(/does not match the role ARN's account 111122223333/);
  });

  it('when the same account is configured twice, then the first (explicit) entry wins', () => {
    const a = { id: '111122223333', name: 'explicit', roleArn: roleArnFor('111122223333', 'a') };
    const b = { id: '111122223333', name: 'discovered', roleArn: roleArnFor('111122223333', 'b') };
    expect(mergeAccounts([a], [b])).toEqual([a]);
    expect(roleArnFor('111122223333', 'awskey', 'aws-cn')).toBe('arn:aws-cn:iam::111122223333:role/awskey');
  });
});
