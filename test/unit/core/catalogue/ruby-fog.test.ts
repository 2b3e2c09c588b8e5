import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

checkFamily('ruby-fog', [
  {
    id: 'fog.missing-keys',
    from: 'fog/fog-core lib/fog/core/service.rb @ 8e004ae2226d',
    text: "$ heroku run rails c\n/app/vendor/bundle/ruby/2.3.0/gems/fog-core-1.45.0/lib/fog/core/service.rb:244:in `validate_options': Missing required arguments: aws_access_key_id, aws_secret_access_key (ArgumentError)",
  },
  {
    id: 'excon.forbidden',
    from: 'excon/excon lib/excon/middlewares/expects.rb @ 5c019f3e009e',
    text: 'Excon::Error::Forbidden: Expected(200) <=> Actual(403 Forbidden)\nexcon.error.response\n  :body          => ""\n  :host          => "my-bucket.s3.amazonaws.com"\n  :method        => "HEAD"',
    code: 'Forbidden',
  },
]);

describe('excon 403 outside AWS', () => {
  it('when excon gets 403 from a web API with no AWS or fog in the text, then it is not an AWS credential error', () => {
    expect(diagnose('Excon::Error::Forbidden: Expected(200) <=> Actual(403 Forbidden)\n  :host => "api.github.com"', { now: new Date('2026-12-05T10:00:00Z') }).detected).toBe(false);
  });
});
