import { diagnose } from '../../../../src/core/diagnose';

const facts = (text: string) => diagnose(text).facts;

describe('region, endpoint and partition', () => {
  it('when an STS host appears, then endpoint, region, service and partition are read', () => {
    expect(facts('url=https://sts.eu-west-2.amazonaws.com/')).toMatchObject({ endpoint: 'sts.eu-west-2.amazonaws.com', region: 'eu-west-2', service: 'sts', partition: 'aws' });
  });

  it('when a China endpoint appears, then the partition is aws-cn', () => {
    expect(facts('https://sts.cn-north-1.amazonaws.com.cn')).toMatchObject({ region: 'cn-north-1', partition: 'aws-cn' });
  });

  it('when --region names GovCloud, then the partition is aws-us-gov', () => {
    expect(facts('aws sts get-caller-identity --region us-gov-west-1')).toMatchObject({ region: 'us-gov-west-1', partition: 'aws-us-gov' });
  });

  it('when the endpoint is LocalStack, then it is recorded', () => {
    expect(facts('aws --endpoint-url=http://localhost:4566 s3 ls').endpoint).toBe('localhost:4566');
  });

  it('when a local port is mentioned only as a failed container endpoint, then it is not taken for LocalStack', () => {
    expect(facts('Could not connect to the endpoint URL: "http://127.0.0.1:39765/v1/credentials"').endpoint).toBeUndefined();
  });

  it('when ARNs appear, then account ids are collected', () => {
    expect(facts('arn:aws:iam::123456789012:user/jane and arn:aws:sts::210987654321:assumed-role/x/y').accountIds).toEqual(['123456789012', '210987654321']);
  });

  it('when an opt-in region is used with an unknown key, then region-endpoint is the top cause', () => {
    const d = diagnose('aws ec2 describe-instances --region ap-east-1\nAn error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials');
    expect(d.causes[0]!.id).toBe('region-endpoint');
  });
});
