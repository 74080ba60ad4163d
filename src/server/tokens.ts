/** Random class codes, seat tokens, teacher keys and ids, from the operating system's random source. */
import { randomBytes, randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, TOKEN_LENGTH } from '../classroom/protocol';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A token of `length` URL-safe characters (6 bits of randomness each). */
export const randomToken = (length = TOKEN_LENGTH): string => [...randomBytes(length)].map((b) => URL_SAFE[b & 63]).join('');

/** A class code: CODE_LENGTH characters of the unambiguous alphabet. */
export const classCode = (): string => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
