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
 * The reading is a sentence that gives a cause (because, due to, caused by, the problem was …) whose object, a few words
 * on, is a part of the request, and no credential, clock or region word after it: "because the secret key has a slash
 * in it" and "the Authorization header being built from the wrong AWS_SECRET_ACCESS_KEY" are a key's fault, "maybe some
 * header is wrong" gives no cause, and "it happens when I switch between accounts" is a condition, not a cause. diagnose.ts uses it only when every detecting signal is the signature
 * mismatch itself or words about it.
 */

/**
 * A cause given, not guessed at in a question ("is it because …?" ends the line with a question mark, see below); or the
 * fix told as what it changes in the request ("This PR fixes the way the query parameters are passed to the SignatureV4
 * function", RJPearson94/terraform-aws-open-next#48, a batch-10 opening labelled not a credential failure). Only a change's
 * own description: "I already fixed how the Content-Type header is set, but it still fails" tried a fix that did not help.
 */
const CAUSE_GIVEN = /\b(?:because(?: of)?|due to|caused by|(?:the )?(?:problem|issue|cause|reason) (?:was|is|seems to be)|happens? because|\b(?:PR|pull request|commit|change|patch)\b[^.]{0,20}?\bfix(?:es|ed)? (?:the way|how))\b/i;
/**
 * Parts of the canonical request a client can change after signing. A slash only as the path's (trailing, doubled,
 * missing): a slash in a secret is the key's own fault.
 */
const REQUEST_PART = /\bcontent[- ]?(?:type|md5|encoding|length)\b|\bheaders?\b|\b(?:trailing|leading|double[d]?|duplicated?|extra|missing) (?:slash(?:es)?|[`'"]?\/[`'"]?)|\bquery (?:param(?:eter)?s?|string)\b|\burl[- ]?encod\w{0,6}|\bpercent[- ]encod\w{0,6}|\bcf-ray\b|\bhost header\b/i;
/** The request part is what the cause phrase names: it starts within this many characters after it (a few words). */
const MAX_CAUSE_GAP = 48;
/**
 * A word that puts the fault on the credentials, the clock or the region after all, in words or as the setting's own
 * name (AWS_SECRET_ACCESS_KEY, aws_secret_access_key, SecretAccessKey: `\bsecret\b` cannot match inside them), or a
 * key regenerated, or accounts or profiles switched between: a secret read from the wrong place signs the same request
 * wrongly.
 */
const CREDENTIAL_FAULT = /\b(?:secret|keys?|credentials?|creds|tokens?|passwords?|clock|time ?zone|skew|region|endpoint|signature ?version|sigv2|s3v4|profiles?)\b|\bAWS_[A-Z_]{2,40}\b|(?:secret|access)_?(?:access_?)?keys?(?![a-z])|\bregenerat\w{0,5}|\brotat(?:ed|ing|e) (?:it|them|the)\b|\bswitch\w{0,3} (?:between|to|from) (?:(?:the|my|our|an?|an?other|different|other|two|several|multiple|aws) ){0,2}(?:accounts?|profiles?|roles?)\b/i;

/**
 * The writer's own A/B of one request setting, the same credentials signing both: the request works without it, or was
 * fixed by changing it ("… put object to s3 returns error `SignatureDoesNotMatch`. Without setting field `Expires`, it
 * works fine", aws/aws-sdk-go-v2#2523, batch 23; "… an invalid bucket path ("/") gives a cryptic warning about request
 * signature. Fixed by just changing the bucket path.", airbytehq/airbyte#38338, batch 20), or the mismatch is named with
 * the setting it comes with ("SignatureDoesNotMatch when default port explicitly defined on S3 requests",
 * awslabs/aws-sdk-rust#1244, batch 19, an SDK canonicalisation bug fixed in smithy-rs). A key that signs one request
 * rightly signs every request rightly: what differs between the two is what was signed (AWS IAM User Guide,
 * "Troubleshoot Signature Version 4 signed requests", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html:
 * the canonical request the service computed differs from the one the client signed). The changed setting is the
 * object, up to the clause's end; a credential, clock or region word in it (CREDENTIAL_FAULT) is the key's fault after
 * all ("without AWS_SESSION_TOKEN it works", "fixed by changing the secret key").
 */
const WORKS_WITHOUT = /\bwithout (?:setting|specifying|passing|sending|adding|using|the|that|this|a|an)\b([^.;,\n]{1,60}),? (?:it|everything|the (?:same )?(?:request|upload|call|url|code)) (?:works|worked|succeeds|succeeded)\b/i;
const FIXED_BY = /\b(?:fixed|solved|resolved) (?:it |this |the (?:issue|problem) )?by (?:just |simply |only )?(?:changing|removing|dropping|encoding|percent-encoding|escaping|correcting|fixing) ([^.;,\n]{1,60})/i;
/**
 * The mismatch named with the request setting it comes with (a title: the code, "when"/"with", the setting); not the
 * SDKs' own "(SignatureDoesNotMatch) when calling the PutObject operation", which names the call.
 */
const MISMATCH_WITH = /\bSignatureDoesNotMatch\b[^.;\n]{0,12}? (?:when|with|if) (?!calling\b)([^.;\n]{1,80})/i;
/** A setting of the request as the A/B names it: REQUEST_PART, or a port, a path, a field, a parameter, a character. */
const SETTING = /\bport\b|\b(?:bucket |object |key )?path\b|\bfields?\b|\bparam(?:eter)?s?\b|\bcharacters?\b|\bexpires\b|`[\w-]{2,40}`/i;

/** The A/B's changed setting, when it is a part of the request and no credential, clock or region word. */
function settingChanged(line: string): boolean {
  for (const re of [WORKS_WITHOUT, FIXED_BY, MISMATCH_WITH]) {
    const m = re.exec(line);
    if (!m) continue;
    const object = m[1]!;
    if ((REQUEST_PART.test(object) || SETTING.test(object)) && !CREDENTIAL_FAULT.test(object)) return true;
  }
  return false;
}

/** A signature named in words: a line that tells the mismatch without its code or message. */
export const SIGNATURE_WORD = /\bsignatures?\b/i;

/** The 1-based line of the first sentence that blames a part of the request, or undefined. */
export function signingBlamedOnRequest(lines: readonly string[], maxLines = 200): number | undefined {
  const n = Math.min(lines.length, maxLines);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line.length > 400 || line.trimEnd().endsWith('?')) continue;
    if (settingChanged(line)) return i + 1;
    const cause = CAUSE_GIVEN.exec(line);
    if (!cause) continue;
    // The cause is what follows the connective ("… will get a SignatureDoesNotMatch due to duplicated slash"), and the
    // request part its object, a few words on ("because no Content-Type was set"), not a word further along.
    const why = line.slice(cause.index + cause[0].length);
    const part = REQUEST_PART.exec(why);
    if (part && part.index <= MAX_CAUSE_GAP && !CREDENTIAL_FAULT.test(why)) return i + 1;
  }
  return undefined;
}

export const SIGNING_REQUEST_PATTERNS: RegExp[] = [CAUSE_GIVEN, REQUEST_PART, CREDENTIAL_FAULT, WORKS_WITHOUT, FIXED_BY, MISMATCH_WITH, SETTING, SIGNATURE_WORD];
