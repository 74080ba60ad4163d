/**
 * The one shape of every fallible operation: a value, or what went wrong. Callers narrow on `.ok`; nothing
 * throws for bad input and no caller tells the two apart by probing for a field.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
