import { formatCount } from '../format/format-count.js';
import { formatPercent } from '../format/format-percent.js';
import type { StoryReport } from '@vitrine/contracts';
import { ShareCell } from './share-cell.js';
import { TableRegion } from './table-region.js';

/** How far shoppers read the story: sessions per page, relative to page 1, and completion. */
export function StoryReportView({ story }: { story: StoryReport }) {
  const first = story.pages.find((page) => page.page === 1)?.sessions ?? 0;
  return (
    <>
      <p class="summary" data-figure="story-completion">
        {formatCount(story.completed)} {story.completed === 1 ? 'session' : 'sessions'} completed the story: {formatPercent(story.completionRate)} of
        those that viewed page 1.
      </p>
      <TableRegion label="Story reach">
        <table class="bars" data-table="story-reach">
          <caption>Story reach: sessions that viewed each page</caption>
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Sessions</th>
              <th scope="col">Of page 1</th>
            </tr>
          </thead>
          <tbody>
            {story.pages.map((page) => (
              <tr key={page.page}>
                <th scope="row">Page {page.page}</th>
                <td>{formatCount(page.sessions)}</td>
                <ShareCell part={page.sessions} whole={first} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
