/**
 * AWS services as people name them without "AWS" ("The CodeBuild PR check is failing when it hits the 1 hour mark",
 * "the credentials … in codebuild are expiring", "credential export failures with Bedrock": conversation openings of
 * batches 7 and 8). One list for the early gate (diagnose.ts WORTH_A_LOOK) and for what makes a paste about AWS
 * (prose-report.ts AWS_CONTEXT), so the two cannot drift apart. A regex source: an alternation to put between `\b`s.
 */
const AWS_SERVICE_WORDS = [
  's3', 'sts', 'iam', 'ec2', 'ecs', 'eks', 'ecr', 'lambda', 'fargate',
  // DynamoDB, and the SDK's names built on it (DynamoDBClient, dynamodb-local)
  String.raw`dynamo\w{0,40}`,
  'cognito', 'bedrock', 'sagemaker', 'codebuild', 'codepipeline', 'codecommit', 'cloudformation', 'kinesis', 'sqs', 'sns',
  'athena', 'redshift', 'cloudwatch', 'secrets ?manager', 'route ?53', 'glue', 'emr', 'opensearch', 'elasticache',
];

export const AWS_SERVICES = `(?:${AWS_SERVICE_WORDS.join('|')})`;
