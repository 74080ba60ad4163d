/**
 * Money as players read it, in the scenario's currency (`vocabulary.currency`): the one money formatter of
 * every screen, the runner's table, the reports and the computer's messages. Display only: the core keeps
 * money as whole thousands of the currency (`…K`).
 */
import type { Vocabulary } from './scenario/types';

export type Currency = Vocabulary['currency'];

/** 1234567 → "1,234,567" (toLocaleString is slow and host-dependent). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Thousands of the currency as money, with a true minus sign before the symbol: 300165 → "£300m",
 * 1234567 → "£1.23bn", 800 → "£0.8m", -87000 → "−$87m".
 */
export const money = (k: number, currency: Currency): string => {
  const m = Math.abs(k) / 1000;
  const s = currency.symbol;
  const text = m >= 1000 ? `${s}${(m / 1000).toFixed(2)}bn` : m >= 10 ? `${s}${grouped(Math.round(m))}m` : `${s}${m.toFixed(1)}m`;
  return k < 0 && text !== `${s}0.0m` ? `−${text}` : text;
};

/** Millions of the currency as money: 300 → "£300m", -851 → "−$851m". */
export const moneyM = (m: number, currency: Currency): string => money(m * 1000, currency);

/** Whole units of the currency: 1 → "£1", -1500 → "−$1,500". */
export const moneyUnits = (n: number, currency: Currency): string => `${n < 0 ? '−' : ''}${currency.symbol}${grouped(Math.abs(Math.round(n)))}`;
