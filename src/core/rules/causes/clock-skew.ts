import { AUTHN, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

export const clockSkew: CauseRule = {
  cause: 'clock-skew',
  rules: [
    pro('clock-skew.signature-expired', { any: ['fam.skew'] }, 3.6, 'AWS says the request time is outside its window: the local clock is off ({detail}).'),
    pro('clock-skew.request-expired', { any: ['fam.request-expired'] }, 1.2, 'RequestExpired is also what a wrong clock produces.'),
    pro('clock-skew.large-gap', { all: ['skew.large'] }, 1.0, 'The client and server times differ by {detail}.'),
    pro('clock-skew.hint', { all: ['hint.clock', AUTHN] }, 1.5, 'The message mentions the clock, NTP, WSL or sleep.'),
    pro('clock-skew.kubectl', { any: ['fam.kubectl'] }, 0.3, 'EKS tokens are presigned with the local time; a wrong clock shows up as Unauthorized.'),
  ],
};
