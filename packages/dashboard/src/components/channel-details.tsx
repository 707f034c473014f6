import { formatCount } from '../format/format-count.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatDuration } from '../format/format-duration.js';
import { formatPercent } from '../format/format-percent.js';
import { MODULE_LABELS } from '../metrics/module-labels.js';
import type { MediaRow } from '@vitrine/contracts';

/** A narrow table, so that it fits a phone without scrolling: a header row, then a row header and its figures per row. */
const figures = (caption: string, heads: string[], rows: string[][]) => (
  <table>
    <caption>{caption}</caption>
    <thead>
      <tr>
        {heads.map((head) => (
          <th scope="col">{head}</th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map(([head, ...cells]) => (
        <tr>
          <th scope="row">{head}</th>
          {cells.map((cell) => (
            <td>{cell}</td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);

/**
 * What one channel's visits did in the showroom (`view=media`): each module's interaction time and
 * frequency, and the quiz and story funnels, folded by default so the Media table stays one screen.
 */
export function ChannelDetails({ row }: { row: MediaRow }) {
  const { channel, modules = [], quiz, story } = row;
  return (
    <details data-channel={channel}>
      <summary>{channel}: modules and funnels</summary>
      {figures(
        `${channel}: interaction time and frequency per module`,
        ['Module', 'Interaction time', 'Interactions per engaged session'],
        modules.map((m) => [MODULE_LABELS[m.module], formatDuration(m.interactionMs), formatDecimal(m.interactionFrequency)]),
      )}
      {figures(
        `${channel}: quiz funnel`,
        ['Step', 'Sessions', 'Drop-off'],
        (quiz?.steps ?? []).map((step) => [step.label, formatCount(step.sessions), formatPercent(step.dropOff)]),
      )}
      {story &&
        figures(
          `${channel}: story reach, ${formatCount(story.completed)} completed (${formatPercent(story.completionRate)})`,
          ['Page', 'Sessions'],
          story.pages.map((page) => [`Page ${page.page}`, formatCount(page.sessions)]),
        )}
    </details>
  );
}
