/**
 * Regions that are disabled until an account opts in (launched after March 2019). Calls there from
 * an account that has not enabled them fail like an unknown key. Source: the AWS account
 * management guide (manage-acct-regions) region table.
 */
export const OPT_IN_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
] as const;

/** FactTest.matches source for "the region is an opt-in region". */
export const OPT_IN_REGION = `^(${OPT_IN_REGIONS.join('|')})$`;
