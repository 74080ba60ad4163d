// Info panels: what a figure means and where its starting value comes from, from the scenario's `sources`
// and `provenance` (keyed by field path, e.g. `harm.waitingList`).
import type { Scenario } from '../sim/index';

export interface SourceNote {
  /** "Ipsos, 10 Jul 2025: Just a quarter of British adults support…", or the tag when there is no source. */
  readonly text: string;
  readonly url?: string;
}

export interface InfoView {
  readonly title: string;
  /** What the figure is and what moves it, in a sentence or two. */
  readonly about: string;
  readonly sources: readonly SourceNote[];
}

const TAGS: Readonly<Record<string, string>> = {
  sourced: 'Sourced',
  calibrated: 'Calibrated from sourced figures',
  assumption: "The model's assumption, to be tested in play",
};

/** The notes behind the given field paths, de-duplicated, sourced ones first. */
function sourceNotes(scenario: Scenario, paths: readonly string[]): SourceNote[] {
  const notes: SourceNote[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const p = scenario.provenance[path];
    if (!p) continue;
    const source = p.source ? scenario.sources.find((s) => s.id === p.source) : undefined;
    const parts: string[] = [];
    if (source) parts.push(`${source.publisher} (${source.date})${source.title ? `: ${source.title}` : ''}.`);
    // A tag introduces its note ("…, to be tested in play: <note>"); with no note it stands as a sentence of
    // its own, never as a label followed by nothing.
    else if (p.tag) parts.push(p.note ? `${TAGS[p.tag] ?? p.tag}:` : `${TAGS[p.tag] ?? p.tag}.`);
    if (p.note) parts.push(p.note.endsWith('.') ? p.note : `${p.note}.`);
    if (source && p.tag && p.tag !== 'sourced') parts.push(`[${TAGS[p.tag] ?? p.tag}]`);
    const text = parts.join(' ');
    if (!text || seen.has(text)) continue;
    seen.add(text);
    notes.push(source?.url ? { text, url: source.url } : { text });
  }
  return notes.sort((a, b) => Number(Boolean(b.url)) - Number(Boolean(a.url)));
}

export const info = (scenario: Scenario, title: string, about: string, paths: readonly string[]): InfoView => {
  const sources = sourceNotes(scenario, paths);
  return { title, about, sources: sources.length ? sources : [{ text: 'Computed by the model from the figures above; no single source.' }] };
};
