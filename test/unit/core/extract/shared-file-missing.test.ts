/**
 * The shared credentials or config file missing where the tool looked, in each runtime's own words for a missing file:
 * Go's PathError (golang/go src/io/fs/fs.go: Op + " " + Path + ": " + Err), Java's FileNotFoundException, Node's
 * uvException (nodejs/node lib/internal/errors.js: "ENOENT: no such file or directory, open '<path>'"), Python's OSError
 * ("[Errno 2] No such file or directory: '<path>'"). The tool had nothing to sign with: its chain came up empty. Public
 * threads: hypnoglow/helm-s3#15, aws/copilot-cli#2937, awsdocs/aws-cdk-guide#73; the lines here are written for the test.
 */
import { ranking, signals } from '../../../helpers/readings';
import { diagnose } from '../../../../src/core/diagnose';

describe('a shared credentials or config file that does not exist', () => {
  it.each([
    'get aws config: failed to parse aws credentials file: failed to open aws credentials file: open /root/.aws/credentials: no such file or directory',
    'Error: failed to load config file /home/me/.aws/config: open /home/me/.aws/config: no such file or directory',
    'open C:\\Users\\me\\.aws\\credentials: The system cannot find the file specified.',
    "Error: ENOENT: no such file or directory, open '/home/me/.aws/credentials'",
    "FileNotFoundError: [Errno 2] No such file or directory: '/root/.aws/credentials'",
    'java.io.FileNotFoundException: /root/.aws/credentials (No such file or directory)',
  ])('when "%s" is pasted, then it is detected and an empty credential chain leads', (text) => {
    expect(signals(text)).toContain('msg.shared-file-missing');
    expect(diagnose(text).detected).toBe(true);
    expect(ranking(text)[0]).toBe('no-credentials-found');
  });

  it('when another file is missing (an SSO cache file, a project file, a backup of the credentials file), then the shared file is not read as missing', () => {
    const others = [
      'open /home/me/.aws/sso/cache/0000000000000000000000000000000000000000.json: no such file or directory',
      "Error: ENOENT: no such file or directory, open '/home/me/project/config.json'",
      'open /home/me/.aws/credentials.bak: no such file or directory',
    ];
    expect(others.filter((text) => signals(text).includes('msg.shared-file-missing'))).toEqual([]);
  });

  // R35b-6: credentials were found and sent (env keys; the config file is optional), AWS refused them.
  it('when AWS rejected the signed request beside the missing file, then the empty chain does not lead', () => {
    const text = 'open /home/runner/.aws/config: no such file or directory (ignored, using env credentials)\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    expect(ranking(text).slice(0, 3)).not.toContain('no-credentials-found');
  });

  // R35b-7: the docs' words quoted in a question are no failure met.
  it('when a question quotes the docs\' missing-file words, then nothing is read as missing', () => {
    const text = 'The docs say: if ~/.aws/credentials: No such file or directory appears, run aws configure. Is that still true for v2?';
    expect(signals(text)).not.toContain('msg.shared-file-missing');
    expect(diagnose(text).detected).toBe(false);
  });
});
