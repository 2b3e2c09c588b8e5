/**
 * The words in a secret's key (a variable, property or field name): `DB_PASSWORD`, `-Ddb.passwd`, `aws.secretKey`,
 * `API_TOKEN`, `client_credential`, `private_key`. A regex alternation, read by cut-secret.ts (the label of a row the
 * terminal may have cut) and container-joins.ts (the label of a value continued on the next line), so that both read
 * the same names.
 */
export const SECRET_KEY_WORDS = String.raw`passw(?:or)?d|pwd|secret|token|api[_-]?key|credential|private[_-]?key`;
