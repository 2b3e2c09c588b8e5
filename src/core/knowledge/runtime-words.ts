/**
 * Words that place the failing runtime, shared by the runtime question (probes.ts) and the statement that the runtime
 * is not on AWS (statements.ts).
 */

/** A laptop or workstation shell: the runtime question's `laptop` choice. */
export const LAPTOP_SAY = ['laptop', 'my machine', 'locally', '(?<!\\bsam )\\blocal\\b', 'workstation', '\\bmac\\b', '\\bmac ?os\\b', '\\bos ?x\\b', 'windows', '\\bwsl\\b', 'terminal',
  '\\b(my|a|the|our) macbook\\b', '\\bmy (own )?(pc|computer|desktop|dev box)\\b', '\\bdev(elopment)? machine\\b'];

/**
 * "we're not on aws at all", "this runs on my laptop, not on AWS", "on-prem", "outside of AWS" (QA36 F7): no EC2
 * instance, ECS task, Lambda function or EKS pod hands this runtime a role, so a container or pod said in the same words
 * is no ECS task or EKS pod.
 */
export const NOT_ON_AWS = [
  // "aws" that begins a service's name is that service, not AWS ("not running in AWS Lambda anymore, we moved it to an
  // EC2 instance", "the image is not in AWS ECR": R37-4).
  "\\b(not|never|aren'?t|isn'?t|no longer)( (hosted|running|deployed|run|using))? (on|in) aws\\b(?![ -](lambda|ecr|ec2|ecs|eks|fargate|s3|sso|cli|console|codebuild|batch|app ?runner|elastic|beanstalk|account|org)\\b)",
  '\\boutside (of )?aws\\b',
  '\\bon[- ]?prem(ise|ises)?\\b',
];
