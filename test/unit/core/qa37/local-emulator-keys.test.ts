/**
 * QA37 F13 (boto/boto3#1691): DynamoDB Local's dummy keys written as boto3 keyword arguments, no endpoint_url, and real
 * DynamoDB's answer. The keys went to AWS: another endpoint (wrong-account-or-partition), not damaged values; the Python
 * quotes are the language's, not a credentials file's.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { step } from '../../../../src/core/conversation/engine';
import { rank } from '../../../../src/core/conversation/belief';
import { T0 } from '../../../helpers/case-script';

const ERROR = 'botocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the CreateTable operation: The security token included in the request is invalid.';
const CODE = "import boto3\ndynamodb = boto3.resource('dynamodb',\n    aws_access_key_id='foo',\n    aws_secret_access_key='bar',)\ntable = dynamodb.create_table(TableName='Movies')";
const PASTE = `I have installed Dynamo DB Locally and Running the Dynamo DB (Windows 7)\n\n${CODE}\n\n${ERROR}`;
const QUOTES = /wrapped in quotes/;

describe('QA37 F13: an emulator\'s dummy keys sent to real AWS', () => {
  it('when the keys are boto3 keyword arguments, then their quotes are no credentials-file damage and "foo" is a mock key', () => {
    const d = diagnose(`${CODE}\n${ERROR}`);
    expect(JSON.stringify(d.causes)).not.toMatch(QUOTES);
    expect(JSON.stringify(d.causes)).not.toMatch(/unknown prefix/);
    expect(d.facts.keyIds.map((k) => k.kind)).toEqual(['mock']);
    expect(d.causes[0]!.id).toBe('wrong-account-or-partition');
  });

  it('when the chat opens on the thread\'s paste, then wrong-account-or-partition leads and malformed is not offered', () => {
    const r = step(undefined, { kind: 'message', text: PASTE, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
    const ranking = rank(r!.state.scoring!, r!.state.rejected);
    expect(ranking[0]!.id).toBe('wrong-account-or-partition');
    expect(JSON.stringify(r!.replies)).not.toMatch(QUOTES);
  });

  it('when DynamoDB Local is named beside an unknown-key error, then it counts as a local emulator', () => {
    const d = diagnose(`Running DynamoDB Local on my laptop\n${ERROR}`);
    expect(d.causes[0]!.evidence.some((e) => /LocalStack, one of its wrappers or a mock/.test(e.text))).toBe(true);
  });

  it('when the same quoted values sit in a credentials file, then the quotes still count', () => {
    const d = diagnose(`[default]\naws_access_key_id = 'AKIAQ3EGRTZ5XK7MN2PB'\n${ERROR}`);
    expect(JSON.stringify(d.causes)).toMatch(QUOTES);
  });
});
