/**
 * Unit conversion from the authored numbers (fractions, millions of the currency, percentages) to the engine's integers: basis
 * points, thousands of the currency, hundredths. A figure may be written bare or with its provenance; these read its value.
 */
import { toBp } from '../../fixed';
import type { FigureInput } from '../schema';

/** The figure's number as written. */
export const num = (f: FigureInput): number => (typeof f === 'number' ? f : f.value);

/** A fraction (0.35) as basis points (3500). */
export const bp = (f: FigureInput): number => toBp(num(f));

/** Millions of the currency (1.25) as thousands (1250). */
export const k = (gbpM: FigureInput): number => Math.round(num(gbpM) * 1000);

/** Percentage points (2.5) as basis points of net support (250). */
export const points = (f: FigureInput): number => Math.round(num(f) * 100);
