/**
 * Strings PHP prints in JS's words (stop 38's PHP source audit): "credential_process returned expired credentials"
 * (JS v3 prints it after "Profile {name}", JS v2 bare, PHP bare), "credential_process does not return Version == 1"
 * and "source_profile … does not exist" (JS v2's words, PHP's role profiles were ported from them). Each has a PHP
 * reading that needs PHP words beside it; with them the paste names PHP and the JS readings fall silent, without them
 * the JS readings read the string as before.
 */
import { diagnose } from '../../../../src/core/diagnose';

const PHP_AT = ' in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:846';
const catSignals = (text: string) => {
  const ids: string[] = [];
  diagnose(text, { signalsPastGate: true, onSignals: (ss) => ids.push(...ss.map((s) => s.id).filter((id) => id.startsWith('cat.'))) });
  return ids;
};

describe('a string PHP shares with the JavaScript SDKs', () => {
  it.each([
    ['credential_process returned expired credentials', 'cat.php.process-expired'],
    ['credential_process does not return Version == 1', 'cat.php.process-version'],
    ['source_profile base using profile deploy does not exist', 'cat.php.source-profile'],
  ])('when PHP prints "%s", then only the PHP reading holds and the paste names PHP', (words, signal) => {
    const text = `PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: ${words}${PHP_AT}`;
    expect(catSignals(text)).toEqual([signal]);
    expect(diagnose(text).facts.tool).toBe('aws-sdk-php');
  });

  it('when JS v3 prints the expired-process string, then it is still JS v3\'s reading', () => {
    const text = 'CredentialsProviderError: Profile dev credential_process returned expired credentials.\n    at resolveProcessCredentials (/app/node_modules/@aws-sdk/credential-provider-process/dist-cjs/index.js:60:11)';
    expect(catSignals(text)).toContain('cat.js3.process-expired');
    expect(catSignals(text)).not.toContain('cat.php.process-expired');
    expect(diagnose(text).facts.tool).toBe('aws-sdk-js-v3');
  });

  it('when the bare string comes without any SDK words, then the JS reading still reads it', () => {
    expect(catSignals('credential_process returned expired credentials')).toEqual(['cat.js3.process-expired']);
    expect(catSignals('credential_process does not return Version == 1')).toEqual(['cat.js2.process-version']);
  });
});
