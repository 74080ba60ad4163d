/**
 * The words a scenario must not show, for the vocabulary scans (the unit test and the browser test): the other
 * scenarios' vocabulary, and a fixed list of sector and dispute words, less any word the scenario's own file uses
 * (its author may write what they like in briefs, events and quotes; only the game's own words are scanned for).
 */
import { parseDocument } from 'yaml';

/** The money symbols a scenario may count in: any but its own is a foreign word ("£" in a dollar dispute). */
const CURRENCY_SYMBOLS = ['£', '$', '€'];

/** Words of one sector or one dispute. */
const DISPUTE_WORDS = [
  'doctor', 'NHS', 'BMA', 'patient', 'waiting list', 'pathway', 'hospital', 'Government', "Gov't", 'Treasury', 'appointment', 'nurse',
  'planned care', 'treatment', 'referral', 'clinic', 'health', 'train', 'signaller', 'rail',
];

interface Party {
  readonly shortName: string;
  readonly takesThe: boolean;
}

export interface Words {
  readonly id: string;
  /** The file as written. */
  readonly text: string;
  readonly vocabulary: { readonly union: Party; readonly employer: Party; readonly terms: readonly string[]; readonly currency: string };
}

interface RawVocabulary {
  union: Party;
  employer: Party;
  workers: { singular: string };
  service: { name: string };
  harm: { name: string; unit: { singular: string }; lost: { singular: string } };
  currency: { symbol: string };
}

/** A scenario file's words, read from its YAML. */
export const wordsOf = (text: string): Words => {
  const doc = parseDocument(text).toJS() as { id: string; vocabulary: RawVocabulary };
  const v = doc.vocabulary;
  return {
    id: doc.id,
    text,
    vocabulary: { union: v.union, employer: v.employer, terms: [v.union.shortName, v.employer.shortName, v.workers.singular, v.service.name, v.harm.name, v.harm.unit.singular, v.harm.lost.singular], currency: v.currency.symbol },
  };
};

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\']/g, '\\$&');

/** Each text that shows a word `own` must not show, as "word: text"; and each "the <name>" for a side that takes no "the". */
export const leaksIn = (own: Words, others: readonly Words[], texts: readonly string[]): string[] => {
  const allowed = `${own.vocabulary.terms.join(' ')} ${own.text}`.toLowerCase();
  const words = [...new Set([...others.flatMap((o) => o.vocabulary.terms), ...DISPUTE_WORDS])].filter((w) => w.length > 2 && !allowed.includes(w.toLowerCase()));
  const checks = words.map((w) => ({ label: w, re: new RegExp(`\\b${escape(w)}(s|es)?\\b`, 'i') }));
  // Another currency's symbol, unless the scenario's own file writes it.
  const symbols = new Set([...CURRENCY_SYMBOLS, ...others.map((o) => o.vocabulary.currency)]);
  for (const s of symbols) if (s !== own.vocabulary.currency && !own.text.includes(s)) checks.push({ label: s, re: new RegExp(escape(s)) });
  for (const side of [own.vocabulary.union, own.vocabulary.employer]) {
    if (!side.takesThe) checks.push({ label: `the ${side.shortName}`, re: new RegExp(`\\bthe ${escape(side.shortName)}\\b`, 'i') });
  }
  const found = new Set<string>();
  for (const text of texts) for (const { label, re } of checks) if (re.test(text)) found.add(`${label}: ${text.slice(0, 160)}`);
  return [...found];
};
