/**
 * A secret a shell echoed back as a command it could not run: someone pasted a key at the prompt (or a script lost the
 * `export NAME=` before it), and the shell's error names it. The frame says the word is a command, so a random one
 * there is the secret whatever else the text says: read on its own, a terminal's wrap could join the line before to
 * `sh:` (`…my cache ha` / `sh: <key>` read as `hash: <key>`, evidence), and a word glued to it could make it read as words.
 * Sources (the messages as the shells print them):
 *   - bash execute_cmd.c `internal_error (_("%s: command not found"), pathname)` (`bash: X: command not found`, in a script
 *     `bash: line 1: X: …`); a name with a `/` is a path, and the exec error is `bash: X: No such file or directory`;
 *   - dash / BusyBox ash exec.c `exerror(EXEXEC, "%s: %s", argv[0], errmsg(e, E_EXEC))` (`sh: 1: X: not found`);
 *   - zsh Src/exec.c `zerr("command not found: %s", arg0)` (`zsh: command not found: X`), zsh-users/zsh;
 *   - Windows cmd.exe `'X' is not recognized as an internal or external command` (microsoft/PowerToys
 *     doc/devdocs/modules/commandnotfound.md), PowerShell `X: The term 'X' is not recognized as a name of a cmdlet`
 *     (Windows PowerShell 5: "the name of a cmdlet").
 */
import type { SecretSpan } from './detect';

/** The command word: base64 characters (a token's `=` padding after them, which stays), long enough to be a secret's. */
const WORD = String.raw`([A-Za-z0-9+/]{20,8000})={0,2}`;
/** bash, sh, dash, ash, ksh: `<shell>: [line N: |N: ]X: <error>`; or `X: command not found` after any prefix. */
const POSIX_FRAME = new RegExp(String.raw`(?:(?<![A-Za-z0-9_.])(?:ba|da|a|k)?sh:(?:[ \t]line[ \t]\d{1,9}:|[ \t]\d{1,9}:)?[ \t]${WORD}:[ \t](?:command not found|not found|No such file or directory|Permission denied)|(?<![A-Za-z0-9+/=])${WORD}:[ \t]command not found)`, 'g');
/** zsh: the error before the word. */
const ZSH_FRAME = new RegExp(String.raw`zsh:[ \t](?:command not found|no such file or directory|permission denied):[ \t]${WORD}(?![A-Za-z0-9+/=])`, 'g');
/** cmd.exe and PowerShell: the word quoted, and PowerShell 7's word before `: The term`. */
const WINDOWS_FRAME = new RegExp(String.raw`(?:'${WORD}' is not recognized as |(?<![A-Za-z0-9+/=])${WORD}:[ \t]The term ')`, 'g');

/** A literal of each frame: a text with none is not read. */
function mayHoldFrame(text: string): boolean {
  return text.includes('not found') || text.includes('o such file') || text.includes('ermission denied') || text.includes('not recognized');
}

/**
 * Secrets in shell errors' command position. `randomSecretIn` says which part of a word is a random secret and its kind
 * (detect.ts: the shape rule's judgement, without the evidence it defers to), spans in the word.
 */
export function shellEchoedSecrets(text: string, out: SecretSpan[], randomSecretIn: (word: string) => SecretSpan | undefined): void {
  if (!mayHoldFrame(text)) return;
  for (const re of [POSIX_FRAME, ZSH_FRAME, WINDOWS_FRAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = m[1] ?? m[2]!;
      const at = m.index + m[0].indexOf(word);
      const random = randomSecretIn(word);
      if (random) out.push({ start: at + random.start, end: at + random.end, kind: random.kind });
    }
  }
}

export const SHELL_ECHO_PATTERNS: RegExp[] = [POSIX_FRAME, ZSH_FRAME, WINDOWS_FRAME];
