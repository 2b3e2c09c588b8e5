/**
 * Button payloads. Each button's action_id is `awskey:<kind>[:<n>]` (unique within its block) and its
 * value a compact JSON object, validated on the way back in: a click is untrusted input.
 */
import { z } from 'zod';
import { isCauseId, type CauseId } from '../../core/taxonomy';
import { ACTION_PREFIX } from './contract';

const BUTTON_VALUE_MAX = 2000;

const causeId = z.string().refine(isCauseId) as unknown as z.ZodType<CauseId>;

const schema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('answer'), q: z.string().max(200), c: z.string().max(200) }),
  z.object({ k: z.literal('confirm'), cause: causeId }),
  z.object({ k: z.literal('reject'), cause: causeId }),
  z.object({ k: z.literal('step-done') }),
  z.object({ k: z.literal('platforms') }),
  z.object({ k: z.literal('resolve') }),
  z.object({ k: z.literal('run-lookup'), hint: z.string().max(40) }),
  z.object({ k: z.literal('share'), id: z.string().max(100) }),
]);

export type ButtonValue = z.infer<typeof schema>;

export function encodeButtonValue(value: ButtonValue): string {
  const json = JSON.stringify(value);
  if (json.length > BUTTON_VALUE_MAX) throw new RangeError(`button value too long (${json.length} > ${BUTTON_VALUE_MAX})`);
  return json;
}

export function decodeButtonValue(raw: string | undefined): ButtonValue | undefined {
  if (raw === undefined || raw.length > BUTTON_VALUE_MAX) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** action_id for a button; `n` keeps ids unique when one block holds several buttons of a kind. */
export function actionId(kind: ButtonValue['k'], n?: number): string {
  return `${ACTION_PREFIX}${kind}${n === undefined ? '' : `:${n}`}`;
}
