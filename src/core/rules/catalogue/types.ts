/**
 * The message catalogue: credential-provider and signing error strings read in each SDK's or tool's
 * own source, one data file per tool family. Each entry says where the string lives (repository, file,
 * tag or commit), which error family it belongs to, and how much it points at each cause.
 */
import type { CauseId } from '../../taxonomy';

/** The tool of an AWS service's own answer: any client prints it, so it names no tool (the paste's other lines do). */
export const SERVICE_ANSWER = 'aws-service';

export interface CatalogueSource {
  /** GitHub owner/name. */
  repo: string;
  /** File path inside the repository. */
  path: string;
  /** Tag or commit the string was read at. */
  ref: string;
}

export interface CatalogueEntry {
  /** Stable id, `<family>.<what>`; the extractor adds the signal `cat.<id>`. */
  id: string;
  /** The tool fact this string names (tool ids as in Facts.tool), or SERVICE_ANSWER for a service's own words. */
  tool: string;
  /** Wrappers (Terraform, CDK, CI actions, kubectl helpers) outrank the SDK they embed. */
  wrapper?: boolean;
  /** The string as the source formats it, placeholders shown as `{name}`. */
  message: string;
  /** What finds it in a paste. Bounded quantifiers only (regex-safety test). */
  re: RegExp;
  /** Optional second pattern that must also occur somewhere in the text (a string shared by several tools). */
  context?: RegExp;
  /** Error family the string belongs to (families.ts); absent for evidence lines that are not errors. */
  family?: string;
  /**
   * The string reports a failure of the EC2 instance metadata service, the last provider of a default chain:
   * off AWS compute it was only the last resort (diagnose.ts's IMDS_ONLY), not the source the person meant.
   */
  imds?: true;
  /**
   * The string is the SDK's whole default chain's report: the SDK picks the metadata service only when the providers
   * before it (the environment, the shared profile) offered no credentials, and names none of them. Read on a
   * workstation it also says the chain found nothing before the metadata service (diagnose.ts `deriveSignals`).
   */
  chainReport?: true;
  /**
   * A tool's usage note, not a failure of the credentials (Granted's "… because it does not assume a role": the keys
   * work, the console wants a role session), or a warning the tool goes on past (CDK's "… could not be used to assume
   * …, but are for the right account. Proceeding anyway."): its line is not read as a failure told in words
   * (extract/prose-report.ts).
   */
  usage?: true;
  /** Error code / exception name the tool reports with it, added to errorCodes. */
  code?: string;
  /** Weight per cause (negative: evidence against). The largest is the intended top cause. */
  causes: Partial<Record<CauseId, number>>;
  source: CatalogueSource;
}
