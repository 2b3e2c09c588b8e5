/** Where an account's scan keeps its state in the shared store (indexes, checkpoints, leases). */
export const scanKeys = {
  index: (accountId: string) => `awskey:lookup:index:${accountId}`,
  /** Small record of when the index was built: lets a process reuse its parsed copy of the index. */
  indexStamp: (accountId: string) => `awskey:lookup:index-stamp:${accountId}`,
  checkpoint: (accountId: string) => `awskey:lookup:scan:${accountId}`,
  chunk: (accountId: string, run: string, n: number) => `awskey:lookup:scan:${accountId}:${run}:${n}`,
  failure: (accountId: string) => `awskey:lookup:scan-failure:${accountId}`,
  report: (accountId: string) => `awskey:lookup:credential-report:${accountId}`,
  lease: (accountId: string) => `scan:${accountId}`,
};
