import { checkFamily } from './check-quotes';

const BUILDER = 'apache/arrow-rs-object-store src/aws/builder.rs @ e0e01eb03f7c';
const CREDENTIAL = 'apache/arrow-rs-object-store src/aws/credential.rs @ 1d0f575c3597';

checkFamily('object-store', [
  {
    // (None, Some(_)) => return Err(Error::MissingAccessKeyId.into()): the secret set, the key id not.
    id: 'object-store.half-key-pair',
    from: BUILDER,
    text: "storage_options = {'AWS_SECRET_ACCESS_KEY': os.environ['SECRET']}\nwrite_deltalake('s3://bucket/table', df, storage_options=storage_options)\n_internal.DeltaError: Generic DeltaTable error: Generic S3 error: Missing AccessKeyId",
  },
  {
    id: 'object-store.web-identity-token-file',
    from: CREDENTIAL,
    text: "Error: Generic S3 error: Failed to read token file '/var/run/secrets/eks.amazonaws.com/serviceaccount/token': No such file or directory (os error 2)",
  },
  {
    id: 'object-store.eks-token-file',
    from: CREDENTIAL,
    text: "polars.exceptions.ComputeError: Generic S3 error: Failed to read EKS token file '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token': Permission denied (os error 13)",
  },
  {
    id: 'object-store.web-identity-response',
    from: CREDENTIAL,
    text: 'Generic S3 error: Invalid AssumeRoleWithWebIdentity response: missing field `AssumeRoleWithWebIdentityResult`',
  },
]);
