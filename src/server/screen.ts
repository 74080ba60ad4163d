/**
 * A game room's first look at a seat's message, before the rules see it: within the rate limit, within the size
 * limit, and of the shape its zod schema gives. Pure: the room refuses what this finds wrong.
 */
import type { ZodType } from 'zod';
import { MAX_MESSAGE_BYTES, MAX_MESSAGES_PER_SECOND, type ErrorCode } from '../classroom/protocol';

/** The first problem zod found, in a line: where, and what. */
export const describeIssue = (issue: { readonly path: readonly PropertyKey[]; readonly message: string } | undefined): string =>
  issue ? `${issue.path.map(String).join('.') || 'message'}: ${issue.message}`.slice(0, 200) : 'malformed';

export type Screened<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly code: ErrorCode; readonly message: string; readonly id?: number };

/** `allowed`: whether the sender is within its rate limit (counted by the caller). */
export function screenMessage<T>(message: unknown, schema: ZodType<T>, allowed: boolean): Screened<T> {
  const raw = (message as { id?: unknown } | null)?.id;
  const withId = typeof raw === 'number' && Number.isInteger(raw) ? { id: raw } : {};
  if (!allowed) return { ok: false, code: 'too-fast', message: `at most ${MAX_MESSAGES_PER_SECOND} messages a second`, ...withId };
  try {
    if (JSON.stringify(message ?? null).length > MAX_MESSAGE_BYTES) return { ok: false, code: 'too-large', message: `messages are at most ${MAX_MESSAGE_BYTES} bytes`, ...withId };
  } catch {
    return { ok: false, code: 'bad-message', message: 'unreadable message', ...withId };
  }
  const parsed = schema.safeParse(message);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, code: 'bad-message', message: describeIssue(parsed.error.issues[0]), ...withId };
}
