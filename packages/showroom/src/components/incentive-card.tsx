import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizResult } from '@vitrine/contracts';
import { CopyButton } from './copy-button.js';
import { useShowroom } from './showroom-context.js';

interface Props {
  resultId: string;
  incentive: NonNullable<QuizResult['incentive']>;
}

/**
 * The result's incentive as a card: what it gives and its terms, then "Reveal your code" (the
 * Incentive Revealed interaction), which gives way to the code, said by the card's status, and a
 * copy button that takes the focus the reveal button had.
 */
export function IncentiveCard({ resultId, incentive }: Props) {
  const { t, reporter } = useShowroom();
  const [revealed, setRevealed] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  // The focused reveal button leaves the page: focus would fall to <body>, at the page's top.
  useEffect(() => {
    if (revealed) card.current?.querySelector('button')?.focus();
  }, [revealed]);
  return (
    <div class="offer" part="incentive" ref={card}>
      <p>
        <strong>{incentive.label}</strong>
      </p>
      {incentive.terms && <p>{incentive.terms}</p>}
      <div class="row">
        {/* There, empty, before the reveal, so that screen readers say the code as it arrives. */}
        <p role="status" class="code">
          {revealed && t('incentiveCode', { code: incentive.code })}
        </p>
        {revealed ? (
          <CopyButton text={incentive.code} label={t('copyCode')} done={t('codeCopied')} />
        ) : (
          <button
            class="primary"
            onClick={() => {
              setRevealed(true);
              reporter.report('Incentive Revealed', { result_id: resultId, label: incentive.label });
            }}
          >
            {t('incentiveReveal')}
          </button>
        )}
      </div>
    </div>
  );
}
