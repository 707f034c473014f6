import { formatCount } from '../format/format-count.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatDuration } from '../format/format-duration.js';
import { formatPercent } from '../format/format-percent.js';
import type { Indicators } from '@vitrine/contracts';

/** One headline figure: its value with its unit, a second line of context, and what it means in plain words. */
export interface IndicatorCard {
  id: string;
  title: string;
  value: string;
  detail: string;
  hint: string;
}

/** The six indicators of PRODUCT.md §4, and the CTA conversion they lead to, as the cards show them. */
export function indicatorCards(indicators: Indicators): IndicatorCard[] {
  const i = indicators;
  return [
    {
      id: 'visits',
      title: 'Visits',
      value: formatCount(i.visits),
      detail: `${formatCount(i.visitors)} ${i.visitors === 1 ? 'visitor' : 'visitors'}`,
      hint: 'Sessions in the period; a session ends after 30 minutes without activity.',
    },
    {
      id: 'online-rate',
      title: 'Online rate',
      value: formatPercent(i.onlineRate),
      detail: `${formatCount(i.liveVisitors)} live now (last 5 min)`,
      hint: 'Share of loaded showrooms that shoppers actually scrolled into view.',
    },
    {
      id: 'visit-time',
      title: 'Visit time',
      value: formatDuration(i.visitTimeMs),
      detail: 'engaged, per visit',
      hint: 'Time the page was visible and focused, counting 5 s after each interaction.',
    },
    {
      id: 'repeat-rate',
      title: 'Repeat browsing rate',
      value: formatPercent(i.repeatBrowsingRate),
      detail: `${formatCount(i.returningVisitors)} returning of ${formatCount(i.visitors)}`,
      hint: 'Visitors who came back: a visit in the period that was not their first.',
    },
    {
      id: 'interaction-time',
      title: 'Interaction time',
      value: formatDuration(i.engagedMs),
      detail: `in ${formatCount(i.engagedSessions)} engaged ${i.engagedSessions === 1 ? 'session' : 'sessions'}`,
      hint: 'Engaged time inside the showroom, all modules together; per module below.',
    },
    {
      id: 'interaction-frequency',
      title: 'Interaction frequency',
      value: formatDecimal(i.interactionFrequency),
      detail: `interactions per engaged session (${formatCount(i.interactions)} in all)`,
      hint: 'Rotations, hotspots, answers, pages, clicks: how much shoppers do once engaged.',
    },
    {
      id: 'conversion',
      title: 'CTA conversion',
      value: formatPercent(i.conversionRate),
      detail: `${formatCount(i.ctaVisitors)} ${i.ctaVisitors === 1 ? 'visitor' : 'visitors'} clicked the call to action`,
      hint: 'Visitors who clicked a call to action, of all visitors.',
    },
  ];
}
