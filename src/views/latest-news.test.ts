/** The Table's news: each week's first item, then what people said, then the rest. */
import { expect, it } from 'vitest';
import type { SimEvent } from '../sim/index';
import { loadScenario, playAi } from '../../test/unit/helpers';
import { startSession } from '../store/session';
import { newsFeed } from './latest-news';

it('puts people\u2019s voices right after the week\u2019s first item, so a short panel keeps one', () => {
  const sc = loadScenario('resident-doctors-2025');
  const session = startSession(sc, { scenarioId: sc.id, seed: '1', players: { union: 'human', employer: 'ai' }, mode: 'normal' });
  const history = playAi(sc, '1').state.history.slice(0, 1);
  const events: SimEvent[] = [
    { type: 'offerMade', side: 'employer', offer: [0, 0, 0, 0] },
    { type: 'strikeCalled', start: sc.startDay + 14, days: 3 },
    { type: 'catchUpFunded', gbpK: 32_000, episodes: 40_000 },
  ];
  const feed = newsFeed({ ...session, state: { ...session.state, history }, recent: [{ week: 0, events, messages: [] }] });
  expect(feed.map((w) => w.week)).toEqual(['Week 1']);
  const kinds = feed[0]!.items.map((i) => i.kind);
  expect(kinds).toEqual(['offer', 'people', 'people', 'strike', 'policy']);
  expect(feed[0]!.items[1]!.brief).toMatch(/^Invented: \u201c/);
});
