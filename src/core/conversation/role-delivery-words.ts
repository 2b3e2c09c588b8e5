/**
 * Words naming how a platform hands a runtime its role's credentials: the instance metadata service and its hop limit,
 * EKS Pod Identity, IRSA's service-account annotation (and kube2iam's before it), the container credentials endpoint.
 * Said to awskey, naming one is the credential topic (description.ts): people describe these failures by the delivery
 * path, not by the word "credentials" - "The instance metadata service is not reachable from the container network"
 * (kubermatic/machine-controller#1833), "increasing the hop limit from 2 to 3 in the metadata fixed the problem"
 * (kubernetes-sigs/aws-ebs-csi-driver#2966), "Updates the AWS SDK for Go to 1.48.7 to support Amazon EKS Pod Identity"
 * (cert-manager/cert-manager#6519), "it should be using `eks.amazonaws.com/role-arn`"
 * (amazon-archives/k8s-cloudwatch-adapter#47): four of batch 17's five tuning openings that opened no case.
 * Names from AWS's documentation: EC2 User Guide "Use the Instance Metadata Service to access instance metadata"
 * (IMDSv2, `HttpPutResponseHopLimit`, 169.254.169.254); EKS User Guide "IAM roles for service accounts"
 * (`eks.amazonaws.com/role-arn`) and "Learn how EKS Pod Identity grants pods access to AWS services"; the AWS SDKs and
 * Tools reference guide "Container credential provider" (`AWS_CONTAINER_CREDENTIALS_FULL_URI`/`_RELATIVE_URI`) and
 * "Assume role credential provider" (`AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`); kube2iam's README
 * (`iam.amazonaws.com/role`). Only for opening a case when addressed: passive listening still needs error text.
 */
export const ROLE_DELIVERY_WORDS =
  /\bIMDS(?:v[12])?\b|\binstance metadata\b|\bmetadata (?:service|endpoint)\b|169\.254\.169\.254|\bhop[- ]?limit\b|\bhttp[_-]?put[_-]?response[_-]?hop[_-]?limit\b|\bpod[ -]identity\b|\beks\.amazonaws\.com\/role-arn\b|\biam\.amazonaws\.com\/role\b|\bkube2iam\b|\bAWS_(?:CONTAINER_CREDENTIALS_(?:FULL|RELATIVE)_URI|CONTAINER_AUTHORIZATION_TOKEN(?:_FILE)?|WEB_IDENTITY_TOKEN_FILE|ROLE_ARN)\b|\b(?:task|execution|instance) roles?\b/i;
