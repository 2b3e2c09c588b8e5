/**
 * Key ids for the fake: generated at run time in the new format (5th character Q-Z / 2-7), so the
 * account decodes offline exactly as for real keys. No literal key id is kept in the repo.
 */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bits: bigint, chars: number): string {
  let out = '';
  for (let i = chars - 1; i >= 0; i--) out += BASE32[Number((bits >> BigInt(i * 5)) & 31n)];
  return out;
}

/** A new-format id whose account field is `accountId`; `serial` fills the random part (and the tail). */
export function newFormatKeyId(prefix: 'AKIA' | 'ASIA', accountId: string, serial: number): string {
  const first48 = (1n << 47n) | (BigInt(accountId) << 7n) | BigInt(serial & 0x7f);
  const head = base32((first48 << 2n) | BigInt((serial >> 7) & 3), 10);
  const tail = base32(BigInt(Math.floor(serial / 512)) * 7919n + BigInt(serial), 6);
  return `${prefix}${head}${tail}`;
}

/** An old-format id (5th character I/J): the account cannot be decoded from it. */
export function oldFormatKeyId(serial: number): string {
  return `AKIAI${base32(BigInt(serial) * 104729n + 12345n, 15)}`;
}
