/**
 * ListAccessKeys answers read directly (src/adapters/aws/access-keys-xml.ts, wired in
 * sdk-send-path.ts) give the same output as the SDK's own deserializer: the same XML is served to a
 * plain SDK v3 IAM client and to awskey's trimmed one over loopback, and the outputs compared.
 */
import { IAMClient, ListAccessKeysCommand } from '@aws-sdk/client-iam';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseListAccessKeys } from '../../../src/adapters/aws/access-keys-xml';
import { credentialReportShortcut, leanSendPath } from '../../../src/adapters/aws/sdk-send-path';
import { BASE_KEY_ID, BASE_SECRET } from '../../helpers/fake-aws/world';

/** Synthetic: the documentation example with its last letter changed (a second distinct key id, not a real one). */
const SECOND_KEY_ID = 'AKIAIOSFODNN7EXAMPL2';
const NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const answer = (result: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ListAccessKeysResponse xmlns="${NS}"><ListAccessKeysResult>${result}</ListAccessKeysResult><ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata></ListAccessKeysResponse>`;
const key = (user: string, id: string, status: string, date: string) =>
  `<member><UserName>${user}</UserName><AccessKeyId>${id}</AccessKeyId><Status>${status}</Status><CreateDate>${date}</CreateDate></member>`;

const SAMPLES: [string, string, boolean][] = [
  ['two keys, one inactive', answer(`<UserName>svc</UserName><AccessKeyMetadata>${key('svc', BASE_KEY_ID, 'Active', '2025-03-01T10:00:00Z')}${key('svc', SECOND_KEY_ID, 'Inactive', '2024-12-31T23:59:59.123Z')}</AccessKeyMetadata><IsTruncated>false</IsTruncated>`), true],
  ['a truncated page with a marker holding entities', answer(`<AccessKeyMetadata>${key('a+b=c,d.e@f_g-h', BASE_KEY_ID, 'Active', '2025-03-01T10:00:00Z')}</AccessKeyMetadata><IsTruncated>true</IsTruncated><Marker>AAE&amp;x&#43;y&#x2F;z==</Marker>`), true],
  ['an empty list', answer('<AccessKeyMetadata/><IsTruncated>false</IsTruncated>'), true],
  ['an empty list written out', answer('<AccessKeyMetadata></AccessKeyMetadata><IsTruncated>false</IsTruncated>'), true],
  ['no list at all', answer('<IsTruncated>false</IsTruncated>'), true],
  [
    "IAM's documented example, indented",
    answer(`
      <UserName>Bob</UserName>
      <AccessKeyMetadata>
        <member>
          <UserName>Bob</UserName>
          <AccessKeyId>${BASE_KEY_ID}</AccessKeyId>
          <Status>Active</Status>
        </member>
      </AccessKeyMetadata>
      <IsTruncated>false</IsTruncated>
    `),
    true,
  ],
  ['an element this reader does not know (left to the SDK)', answer(`<AccessKeyMetadata>${key('svc', BASE_KEY_ID, 'Active', '2025-03-01T10:00:00Z')}</AccessKeyMetadata><IsTruncated>false</IsTruncated><Extra>1</Extra>`), false],
  ['a date with an offset (left to the SDK)', answer(`<AccessKeyMetadata>${key('svc', BASE_KEY_ID, 'Active', '2025-03-01T10:00:00+02:00')}</AccessKeyMetadata><IsTruncated>false</IsTruncated>`), false],
];

describe('ListAccessKeys read directly', () => {
  let server: Server;
  let body = '';
  let plain: IAMClient;
  let lean: IAMClient;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE' });
        res.end(body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const config = {
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      credentials: { accessKeyId: BASE_KEY_ID, secretAccessKey: BASE_SECRET },
      maxAttempts: 1,
    };
    plain = new IAMClient(config);
    lean = credentialReportShortcut(leanSendPath(new IAMClient({ ...config, cacheMiddleware: true })));
  });
  afterAll(async () => {
    plain.destroy();
    lean.destroy();
    await new Promise((r) => server.close(r));
  });

  it.each(SAMPLES)('when the answer is %s, then the output equals the SDK\'s', async (_, xml, direct) => {
    body = xml;
    expect(parseListAccessKeys(xml) !== undefined).toBe(direct);
    const { $metadata: a, ...expected } = await plain.send(new ListAccessKeysCommand({ UserName: 'svc' }));
    const { $metadata: b, ...got } = await lean.send(new ListAccessKeysCommand({ UserName: 'svc' }));
    expect(got).toEqual(expected);
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    expect(b.requestId).toBe(a.requestId);
    expect(b.httpStatusCode).toBe(200);
  });
});
