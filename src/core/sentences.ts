/**
 * The sentences of a line a person wrote, as the readers of people's words split them (asked-not-reported.ts,
 * non-credential-kinds.ts, deliberate-failure.ts, conversation/description.ts): a sentence ends at a full stop,
 * "!" or "?" followed by whitespace (so "boto3.client", "GetError().GetErrorType()" and "v1.2" stay whole), and at a
 * line break; the mark stays with its sentence (a question keeps its "?"), the whitespace goes. Pieces are not trimmed
 * or dropped when empty: the readers differ there, and say so.
 *
 * Readers that do not split this way, and why:
 * - conversation/interpreter.ts `withoutQuestions` cuts after every mark and keeps the whitespace: it joins the pieces
 *   back into the reply, with the questions left out;
 * - extract/unsigned-request.ts and extract/role-source-wanted.ts do not split: they look for the one sentence end on
 *   either side of a match, from the match (a long paste is not split whole for each match). unsigned-request.ts's end
 *   is this one, plus a mark at the text's end; role-source-wanted.ts reads a request's sentence to its first full stop
 *   and a space only, as it was tuned (whether "!" and "?" should end it too was not measured);
 * - extract/shown-answers.ts reads only whether the sentence of an `aws sso login` it found ends in "?" (its end is
 *   unsigned-request.ts's, up to a line break).
 */

const ENDS = {
  sentence: /(?<=[.!?])\s+|\n/,
  /** A clause after ";" is a sentence of its own ("We rotate keys weekly; since then the job fails"). */
  clause: /(?<=[.!?;])\s+|\n/,
  /** So is each side of a contrast ("kubectl works just fine, but the extension fails"). */
  contrast: /(?<=[.!?;])\s+|\n|,\s+(?=(?:but|however|whereas|while)\b)/,
};

export type SentenceEnds = keyof typeof ENDS;

export const sentences = (line: string, ends: SentenceEnds = 'sentence'): string[] => line.split(ENDS[ends]);
