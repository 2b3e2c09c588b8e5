/**
 * Passwords given to a command line by a short option, which names no secret by itself: the MySQL clients' `-p`
 * with the password glued to it (`mysql -uroot -pS3cret`; `-p` alone makes the client prompt), and `docker login -p
 * <password>` (also podman's and nerdctl's). Read only on that command's own line up to the next `|`, `;` or `&`, so
 * `docker run -p 8080:80` and other tools' `-p` stay.
 * Sources: https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_password ("there must be no
 * space between -p and the password"), https://mariadb.com/kb/en/mariadb-command-line-client/,
 * https://docs.docker.com/reference/cli/docker/login/ (`--password, -p`).
 */
import type { SecretSpan } from './detect';

/** The MySQL and MariaDB clients whose `-p` takes the password glued to it. */
const MYSQL_CLIENT = /(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mariadb|mariadb-dump|mariadb-admin)(?![A-Za-z0-9_.-])/g;
const GLUED_P = /(?<=[ \t])-p(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"'`|;&]{1,256}))/g;
/** `docker login` (podman, nerdctl: the same options); its `-p` takes the password as the next word. */
const LOGIN_COMMAND = /(?:docker|podman|nerdctl)[ \t]{1,4}login(?![A-Za-z0-9_.-])/g;
const SPACED_P = /(?<=[ \t])-p[ \t]{1,4}(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|([^\s"'`|;&]{1,4000}))/g;
/** ECR's `get-login` printed a long authorization token as the password: a token rather than a password. */
const TOKEN_LENGTH = 40;

/** A command word starts a word: no letter, digit or name character before it (the regexes start with a literal, which is fast). */
const NAME_BEFORE = /[A-Za-z0-9_.-]/;

/** Where the command started at `from` ends: its line's end, or a pipe or list operator before it. */
function commandEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '|' || c === ';' || c === '&') return i;
  }
  return text.length;
}

function scan(text: string, command: RegExp, option: RegExp, out: SecretSpan[], notSecret: (value: string) => boolean): void {
  command.lastIndex = 0;
  for (let c = command.exec(text); c; c = command.exec(text)) {
    if (c.index > 0 && NAME_BEFORE.test(text[c.index - 1]!)) continue;
    const from = c.index + c[0].length;
    const args = text.slice(from, commandEnd(text, from));
    option.lastIndex = 0;
    for (let m = option.exec(args); m; m = option.exec(args)) {
      const value = m[1] ?? m[2] ?? m[3]!;
      if (notSecret(value)) continue;
      const end = from + m.index + m[0].length - (m[3] === undefined ? 1 : 0);
      out.push({ start: end - value.length, end, kind: value.length >= TOKEN_LENGTH ? 'other-token' : 'password' });
    }
    command.lastIndex = Math.max(command.lastIndex, from + args.length);
  }
}

/** Passwords after `-p` of the commands above; `notSecret` says which values are references or placeholders. */
export function shortOptionPasswords(text: string, out: SecretSpan[], notSecret: (value: string) => boolean): void {
  if (!text.includes('-p')) return;
  if (text.includes('mysql') || text.includes('mariadb')) scan(text, MYSQL_CLIENT, GLUED_P, out, notSecret);
  if (text.includes('login')) scan(text, LOGIN_COMMAND, SPACED_P, out, notSecret);
}

export const SHORT_OPTION_PATTERNS: RegExp[] = [MYSQL_CLIENT, GLUED_P, LOGIN_COMMAND, SPACED_P, NAME_BEFORE];
