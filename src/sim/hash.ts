/**
 * Canonical hashing: a stable serialisation (sorted keys) folded with two 32-bit FNV-1a lanes into a 64-bit
 * hex string. Used for state hashes and scenario fingerprints; computed on demand, never per step.
 */

const canonical = (value: unknown, skip: ReadonlySet<string>, out: string[]): void => {
  if (value === null || typeof value !== 'object') {
    out.push(typeof value === 'number' && !Number.isFinite(value) ? `"${String(value)}"` : JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      canonical(item, skip, out);
    });
    out.push(']');
    return;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((key) => !skip.has(key) && obj[key] !== undefined).sort();
  out.push('{');
  keys.forEach((key, i) => {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(key), ':');
    canonical(obj[key], skip, out);
  });
  out.push('}');
};

/** The canonical JSON text of a value: object keys sorted, `skip` keys left out at every depth. */
export const canonicalJson = (value: unknown, skip: ReadonlySet<string> = new Set()): string => {
  const out: string[] = [];
  canonical(value, skip, out);
  return out.join('');
};

/** 64-bit FNV-1a style hash of a string as 16 hex digits. */
export const hashText = (text: string): string => {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
};
