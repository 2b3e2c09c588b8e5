/**
 * Terminal, mail, Jira and encoder widths at which a long line or value is cut onto the next line (`fold`'s 80, mail's 72,
 * narrow terminals' 60, base64's 64 and 76, wide consoles' 100 to 132). One list for the two readers of cut lines: the
 * extractor's (extract/unwrap.ts) and the secrets' view (secrets/view.ts), which must agree on where a cut is.
 */
export const WRAP_WIDTHS: ReadonlySet<number> = new Set([60, 64, 72, 76, 80, 100, 120, 132]);
