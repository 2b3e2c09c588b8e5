/**
 * A signature mismatch the paste itself explains by the request, not by a key. SigV4 signs a canonical request: the
 * method, the path, the query string, and the signed headers with their values (AWS General Reference, "Create a
 * canonical request for Signature Version 4"). When a client signs one request and sends another (a Content-Type set
 * after a URL was presigned, a proxy's header copied into the signature, a slash doubled or dropped on the way), S3
 * answers SignatureDoesNotMatch with the same words as for a wrong secret ("Check your key and signing method"). What
 * separates the two is the writer's own account of why: "I assume this is because no Content-Type was set when the URL
 * was generated" (EMCECS/ecs-object-client-java#6, batch 11), "It happens because `s3cmd` is copying `cf-ray` header"
 * (s3tools/s3cmd#1333, batch 10), "SignatureDoesNotMatch due to duplicated slash in proxied urls" and "the problem was
 * the requests were sent with trailing `/` while the signature was calculated without it" (conversation openings of
 * batch 10): every one labelled not a credential failure.
 *
 * The reading is a sentence that gives a cause (because, due to, caused by, the problem was …) naming a part of the
 * request, and no credential, clock or region word in it: "because the secret key has a slash in it" is a key's fault,
 * "maybe some header is wrong" gives no cause. diagnose.ts uses it only when every detecting signal is the signature
 * mismatch itself or words about it.
 */

/** A cause given, not guessed at in a question ("is it because …?" ends the line with a question mark, see below). */
const CAUSE_GIVEN = /\b(?:because|due to|caused by|(?:the )?(?:problem|issue|cause|reason) (?:was|is|seems to be)|happens? (?:because|when|if))\b/i;
/** Parts of the canonical request a client can change after signing. */
const REQUEST_PART = /\bcontent[- ]?(?:type|md5|encoding|length)\b|\bheaders?\b|\b(?:trailing|leading|double[d]?|duplicated?|extra|missing) (?:slash(?:es)?|[`'"]?\/[`'"]?)|\bslash(?:es)?\b|\bquery (?:param(?:eter)?s?|string)\b|\burl[- ]?encod\w{0,6}|\bpercent[- ]encod\w{0,6}|\bcf-ray\b|\bhost header\b/i;
/** A word that puts the fault on the credentials, the clock or the region after all. */
const CREDENTIAL_FAULT = /\b(?:secret|keys?|credentials?|creds|tokens?|passwords?|clock|time ?zone|skew|region|endpoint|signature ?version|sigv2|s3v4|profile)\b/i;

/** The 1-based line of the first sentence that blames a part of the request, or undefined. */
export function signingBlamedOnRequest(lines: readonly string[], maxLines = 200): number | undefined {
  const n = Math.min(lines.length, maxLines);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line.length > 400 || line.trimEnd().endsWith('?')) continue;
    const cause = CAUSE_GIVEN.exec(line);
    if (!cause) continue;
    // The cause is what follows the connective ("… will get a SignatureDoesNotMatch due to duplicated slash").
    const why = line.slice(cause.index);
    if (REQUEST_PART.test(why) && !CREDENTIAL_FAULT.test(why)) return i + 1;
  }
  return undefined;
}

export const SIGNING_REQUEST_PATTERNS: RegExp[] = [CAUSE_GIVEN, REQUEST_PART, CREDENTIAL_FAULT];
