import { checkFamily } from './check-quotes';

const CERT_MANAGER = 'cert-manager/cert-manager pkg/issuer/acme/dns/route53/route53.go @ 41f0cb17336a';

checkFamily('k8s-controllers', [
  {
    id: 'cert-manager.route53-empty-credentials',
    from: CERT_MANAGER,
    text: 'E0101 10:00:00.000000       1 sync.go:185] cert-manager/challenges "msg"="error instantiating route53 challenge solver" "error"="unable to construct route53 provider: empty credentials; perhaps you meant to enable ambient credentials?"',
    orTop: ['role-credentials-unavailable'],
  },
  {
    id: 'cert-manager.route53-half-keys',
    from: CERT_MANAGER,
    text: 'Error presenting challenge: error instantiating route53 challenge solver: unable to construct route53 provider: only one of access and secret key was provided',
  },
]);
