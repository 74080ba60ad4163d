/**
 * Turns a schema-valid scenario file into the engine's integer Scenario, after the cross-field checks a schema
 * cannot express (unique ids, grids, references to sources and personas). One converter per section lives in
 * normalise/; this file runs them in a fixed order, so problems come out in the same order every time.
 */
import { err, ok, type Result } from '../result';
import type { Problem } from './problem';
import type { ScenarioFile } from './schema';
import type { CalendarDate, HistoryItem, Scenario } from './types';
import { normaliseCoach, normaliseNews } from './normalise/news';
import { checkOpinionShares, checkRanges, checkStartIsMonday } from './normalise/checks';
import { newChecker, newResolver, uniqueIds, type Checker, type Resolver } from './normalise/context';
import { normaliseCosts, normaliseMembers, normaliseMitigation, normaliseHarm, normaliseScoring } from './normalise/economy';
import { normaliseEvents, normaliseReactions, normaliseStatements } from './normalise/events';
import { normaliseIssues } from './normalise/issues';
import { normaliseBallot, normaliseInitial, normaliseLaw, normaliseReferendum } from './normalise/law';
import { normaliseOpinion } from './normalise/opinion';
import { collectProvenance } from './normalise/provenance';
import { checkHarmTerms, normalisePersonas, normaliseSide, normaliseVocabulary } from './normalise/sides';
import { normaliseVoice } from './normalise/voice';

/** The ids of the sources, each checked for a unique id and a real date. */
const readSources = (file: ScenarioFile, checker: Checker): Set<string> => {
  const claimId = uniqueIds(checker, 'source', 'sources');
  file.sources.forEach((s, i) => {
    claimId(s.id, i);
    checker.day(s.date, ['sources', i, 'date']);
  });
  return new Set(file.sources.map((s) => s.id));
};

/** Real history: content for the debrief, checked but not played. */
const normaliseHistory = (file: ScenarioFile, r: Resolver): HistoryItem[] =>
  (file.history ?? []).map((h, i) => {
    r.checkSource(h.source, ['history', i, 'source']);
    return { date: h.date, day: r.day(h.date, ['history', i, 'date']), title: h.title, detail: h.detail ?? null, source: h.source };
  });

/** Scheduled public dates, in date order. */
const normaliseCalendar = (file: ScenarioFile, r: Resolver): CalendarDate[] =>
  (file.calendar ?? [])
    .map((c, i) => {
      r.checkSource(c.source, ['calendar', i, 'source']);
      return { day: r.day(c.date, ['calendar', i, 'date']), week: r.weekOf(c.date, ['calendar', i, 'date']), kind: c.kind, title: c.title, source: c.source ?? null };
    })
    .sort((a, b) => a.day - b.day);


export const normaliseScenario = (file: ScenarioFile): Result<Scenario, Problem[]> => {
  const checker = newChecker();
  const startDay = checker.day(file.start, ['start']);
  checkStartIsMonday(file.start, startDay, checker);
  const r = newResolver(checker, startDay, readSources(file, checker));

  const provenance = collectProvenance(file, r);
  const history = normaliseHistory(file, r);
  const coach = normaliseCoach(file);
  const voice = normaliseVoice(file, r);
  const calendar = normaliseCalendar(file, r);
  const issues = normaliseIssues(file, r);
  const personas = normalisePersonas(file, r);
  checkOpinionShares(file.opinion, r);
  const opinion = normaliseOpinion(file.opinion, issues[0]!, r);
  checkRanges(file, r);
  const events = normaliseEvents(file.events, file.harm.kind, r);
  const news = normaliseNews(file, r);
  const sides = { union: normaliseSide(file, 'union', issues, personas, r), employer: normaliseSide(file, 'employer', issues, personas, r) };
  const law = normaliseLaw(file.law, r);
  const initial = normaliseInitial(file.initial, r);
  checkHarmTerms(file.vocabulary, file.harm.kind, checker);

  if (checker.problems.length > 0) return err(checker.problems);
  return ok({
    formatVersion: file.formatVersion,
    id: file.id,
    version: file.version,
    title: file.title,
    summary: file.summary,
    startDay,
    horizonWeeks: file.horizonWeeks,
    sources: file.sources,
    vocabulary: normaliseVocabulary(file.vocabulary),
    sides,
    personas,
    issues,
    law,
    initial,
    members: normaliseMembers(file.members),
    ballot: normaliseBallot(file.ballot),
    referendum: normaliseReferendum(file.referendum),
    harm: normaliseHarm(file.harm),
    mitigation: normaliseMitigation(file.mitigation),
    costs: normaliseCosts(file.costs),
    opinion,
    statements: normaliseStatements(file.statements),
    reactions: normaliseReactions(file.reactions),
    events,
    scoring: normaliseScoring(file.scoring),
    provenance,
    history: [...history].sort((a, b) => a.day - b.day),
    coach,
    news,
    calendar,
    voice,
  });
};
