/**
 * Shared check for the catalogue tests: every quote is a source string as the SDK or tool formats it,
 * named with its file and version, and the diagnosis of the quote must find it, report its error code,
 * name the tool and rank the intended cause first.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { CATALOGUE_FAMILIES, intendedCause } from '../../../../src/core/rules/catalogue/index';
import type { CauseId } from '../../../../src/core/taxonomy';

export interface Quote {
  id: string;
  /** "owner/repo path @ ref" the quote was read at. */
  from: string;
  /** The text a user pastes: the source string as printed, with its usual surroundings. */
  text: string;
  code?: string;
  /** Defaults to the entry's tool. */
  tool?: string;
  /** Defaults to the entry's strongest cause. */
  top?: CauseId;
  /** Also acceptable as the top cause (the quote alone cannot separate them). */
  orTop?: CauseId[];
  /** Default true: every quote holds a credential error (an evidence line alone is not one). */
  detected?: boolean;
  /**
   * Prose that paraphrases the string's words without quoting it (entries added since stop 36 carry one): the entry must
   * not fire, so its pattern is no wider than the string. It says nothing of a question that quotes the string: the
   * catalogue reads a literal string wherever it stands, and such a quote does fire (review 36 C-3).
   */
  benign?: string;
}

/** The catalogue signals the extractor raised on a text, read past the early gate (prose may not pass it). */
function catalogueSignals(text: string): string[] {
  const ids: string[] = [];
  diagnose(text, { now: NOW, signalsPastGate: true, onSignals: (ss) => ids.push(...ss.map((s) => s.id).filter((id) => id.startsWith('cat.'))) });
  return ids;
}

const NOW = new Date('2026-12-05T10:00:00Z');

export function checkFamily(family: string, quotes: Quote[]): void {
  const entries = CATALOGUE_FAMILIES[family]!;
  describe(`message catalogue: ${family}`, () => {
    it('when the family is read, then every entry has a quote and every quote an entry', () => {
      // An entry may have several quotes (the forms one message takes).
      expect([...new Set(quotes.map((q) => q.id))].sort()).toEqual(entries.map((e) => e.id).sort());
    });

    for (const q of quotes) {
      it(`when ${q.id} (${q.from}) is pasted, then it is found, coded, attributed and ranked`, () => {
        const e = entries.find((x) => x.id === q.id)!;
        expect(q.from).toContain(e.source.repo);
        expect(q.from).toContain(e.source.path);
        const d = diagnose(q.text, { now: NOW });
        const top = q.top ?? intendedCause(e);
        const evidenceIds = d.causes.flatMap((c) => c.evidence.map((x) => x.id));
        expect({
          detected: d.detected,
          code: q.code ? d.errorCodes.includes(q.code) : true,
          tool: d.facts.tool,
          top: [top, ...(q.orTop ?? [])].includes(d.causes[0]!.id) ? top : d.causes[0]!.id,
          cited: Object.keys(e.causes).length === 0 || evidenceIds.includes(`catalogue.${e.id}`),
        }).toEqual({ detected: q.detected ?? true, code: true, tool: q.tool ?? e.tool, top, cited: true });
      });
      if (q.benign !== undefined) {
        const benign = q.benign;
        it(`when prose paraphrasing ${q.id}'s words is pasted ("${benign.slice(0, 50)}…"), then the entry does not fire (its pattern is no wider than the string)`, () => {
          expect(catalogueSignals(benign)).not.toContain(`cat.${q.id}`);
          // The quote itself raises it: the benign check can fail.
          expect(catalogueSignals(q.text)).toContain(`cat.${q.id}`);
        });
      }
    }
  });
}
