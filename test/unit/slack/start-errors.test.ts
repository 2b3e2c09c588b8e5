/**
 * The bot's start-up failures name the setting Slack refused or the host it could not reach (QA35 N13). The error
 * shapes are @slack/web-api 8.2.0's as the WebClient throws them (node_modules/@slack/web-api/dist/errors.js:
 * WebAPIPlatformError `code` slack_webapi_platform_error with `data` the answer, WebAPIRequestError
 * slack_webapi_request_error with `original` the fetch error), and Node's listen error.
 */
import { explainStartError } from '../../../src/adapters/slack/start-errors';

const platform = (error: string) => Object.assign(new Error(`An API error occurred: ${error}`), { code: 'slack_webapi_platform_error', data: { ok: false, error } });
const request = (cause: unknown) => Object.assign(new Error('A request error occurred: fetch failed'), { code: 'slack_webapi_request_error', original: Object.assign(new TypeError('fetch failed'), { cause }) });

describe('explainStartError', () => {
  it('when Slack refuses the app token in Socket Mode, then SLACK_APP_TOKEN is named with where to make a new one', () => {
    expect(explainStartError(platform('invalid_auth'), { step: 'app-token' })).toBe(
      'Slack refused SLACK_APP_TOKEN (invalid_auth): create an app-level token with the connections:write scope again (api.slack.com/apps → your app → Basic Information → App-Level Tokens).',
    );
  });

  it('when the name of Slack does not resolve, then the host and DNS are named, with the error code from the cause chain', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND slack.com'), { code: 'ENOTFOUND' });
    expect(explainStartError(request(dns), { step: 'bot-token' })).toBe('could not reach Slack at https://slack.com/api/ to check SLACK_BOT_TOKEN: the name does not resolve (DNS) [ENOTFOUND].');
  });

  it('when a refused connection comes wrapped in an AggregateError (IPv4 and IPv6 tried), then it is still named', () => {
    const refused = new AggregateError([Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })]);
    expect(explainStartError(request(refused), { step: 'bot-token', apiUrl: 'http://127.0.0.1:9/api/' })).toContain('(SLACK_API_URL) to check SLACK_BOT_TOKEN: the connection was refused [ECONNREFUSED]');
  });

  it.each([
    ['a refused connection', request(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))],
    ['an HTTP error', Object.assign(new Error('An HTTP protocol error occurred: statusCode = 407'), { code: 'slack_webapi_http_error', statusCode: 407 })],
    ['an unknown Slack answer', platform('ratelimited')],
  ])('when SLACK_API_URL holds a proxy’s user and password and start fails on %s, then the URL is named without them (review R35-7)', (_, err) => {
    const message = explainStartError(err, { step: 'bot-token', apiUrl: 'https://bot:proxy-pass-EXAMPLE@slack-proxy.internal/api/?token=abc' });
    expect(message).toContain('https://slack-proxy.internal (SLACK_API_URL)');
    expect(message).not.toMatch(/proxy-pass-EXAMPLE|bot:|@|token=abc/);
  });

  it('when SLACK_API_URL carries a token in its path and start fails, then only its scheme, host and port are named (review R35b-16)', () => {
    const refused = request(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    const message = explainStartError(refused, { step: 'bot-token', apiUrl: 'https://bob:pw@gw.example.com:8443/t/abcdEFGH1234abcdEFGH1234/api/?k=1' });
    expect(message).toContain('could not reach Slack at https://gw.example.com:8443 (SLACK_API_URL)');
    expect(message).not.toMatch(/abcdEFGH|\/t\/|bob|pw@|k=1/);
  });

  it('when the port is taken, then PORT and HOST are named', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:3000'), { code: 'EADDRINUSE' });
    expect(explainStartError(inUse, { step: 'listen', port: 3000, host: '127.0.0.1' })).toBe('could not listen on 127.0.0.1:3000 (PORT, HOST): the port is already in use [EADDRINUSE]');
  });

  it('when the error is none of Slack\'s or the network\'s, then it is left as it is', () => {
    expect(explainStartError(new Error('boom'), { step: 'bot-token' })).toBeUndefined();
  });
});
