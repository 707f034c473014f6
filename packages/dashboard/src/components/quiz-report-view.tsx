import { formatCount } from '../format/format-count.js';
import { formatPercent } from '../format/format-percent.js';
import type { FunnelStep, QuestionRow } from '@vitrine/contracts';
import { ShareBar } from './share-bar.js';
import { ShareCell } from './share-cell.js';
import { TableRegion } from './table-region.js';

/** The quiz funnel (view -> start -> each question -> complete -> CTA) and what was answered at each position. */
export function QuizReportView({ steps, questions }: { steps: FunnelStep[]; questions: QuestionRow[] }) {
  const top = steps[0]?.sessions ?? 0;
  return (
    <>
      <TableRegion label="Quiz funnel">
        <table class="bars" data-table="quiz-funnel">
          <caption>Quiz funnel: sessions that reached each step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Sessions</th>
              <th scope="col">Of the first step</th>
              <th scope="col">Drop-off from the step before</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.key}>
                <th scope="row">{step.label}</th>
                <td>{formatCount(step.sessions)}</td>
                <ShareCell part={step.sessions} whole={top} />
                <td>{formatPercent(step.dropOff)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <TableRegion label="Quiz answers">
        <table class="bars" data-table="quiz-answers">
          <caption>Answers chosen at each question position</caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
              <th scope="col">Chosen</th>
            </tr>
          </thead>
          {questions.map((row) => (
            <tbody key={row.question}>
              <tr class="group">
                <th scope="rowgroup" colSpan={4}>
                  Question {row.question}: {formatCount(row.answered)} answered, drop-off {formatPercent(row.dropOff)}
                </th>
              </tr>
              {row.answers.map((answer) => (
                <tr key={`${answer.question_id}\u0000${answer.answer_id}`}>
                  <td>{row.question}</td>
                  <td>{answer.question_id}</td>
                  <td>{answer.answer_id}</td>
                  <td class="bar-cell">
                    <ShareBar share={row.answered ? answer.count / row.answered : 0} />
                    {formatCount(answer.count)}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableRegion>
    </>
  );
}
