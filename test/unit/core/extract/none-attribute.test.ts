/**
 * Python's `'NoneType' object has no attribute 'access_key'` is botocore's "no credentials found" when code reads a key
 * off `Session().get_credentials()` (botocore/credentials.py CredentialResolver.load_credentials returns None, boto/botocore
 * at f890c8b1; cogeotiff/rio-tiler#18), but Python says it of any None: review R34d-4 (stop 34) showed an OAuth client's
 * `session.token` and MinIO's `cfg.access_key` read as no-credentials-found. Read only with AWS in the text.
 */
import { diagnose } from '../../../../src/core/diagnose';

const now = new Date('2026-12-07T00:00:00Z');

function signals(text: string): string[] {
  let ids: string[] = [];
  diagnose(text, { now, onSignals: (s) => (ids = s.map((x) => x.id)) });
  return ids;
}

describe("'NoneType' object has no attribute '<credential field>'", () => {
  it.each([
    ['an OAuth session’s token', `Traceback (most recent call last):\n  File "app.py", line 12, in refresh\n    headers = {"Authorization": "Bearer " + session.token}\nAttributeError: 'NoneType' object has no attribute 'token'`],
    ['a MinIO config’s access key', `Traceback (most recent call last):\n  File "sync.py", line 40, in <module>\n    client = Minio(host, access_key=cfg.access_key)\nAttributeError: 'NoneType' object has no attribute 'access_key'`],
  ])('when it is %s in a text that names nothing of AWS, then it is no AWS credential failure', (_, text) => {
    expect(signals(text)).not.toContain('msg.no-credentials');
    expect(diagnose(text, { now }).detected).toBe(false);
  });

  it.each([
    ['a botocore frame', `Traceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/botocore/signers.py", line 12, in sign\n    frozen = creds.get_frozen_credentials()\nAttributeError: 'NoneType' object has no attribute 'get_frozen_credentials'`],
    ['boto3’s session', `>>> s = boto3.Session()\n>>> s.get_credentials().access_key\nAttributeError: 'NoneType' object has no attribute 'access_key'`],
    ['the reporter’s words (rio-tiler#18)', `Looks like I need to set my AWS access key.\n\nAttributeError: 'NoneType' object has no attribute 'access_key'`],
  ])('when AWS is in the text (%s), then no credentials were found', (_, text) => {
    expect(signals(text)).toContain('msg.no-credentials');
  });
});
