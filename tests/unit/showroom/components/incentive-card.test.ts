// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byRole, click, config, mount } from '../support/showroom-harness.js';
import { quizToResult } from '../support/quiz-to-result.js';

afterEach(() => {
  delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  document.body.replaceChildren();
});

const TERMS = 'On a first order, until 31 March.';
/** The warm result's incentive card, with terms. */
async function incentive() {
  const s = await mount(config((c) => (c.experiences.find((e) => e.type === 'quiz')!.results.find((r) => r.id === 'warm')!.incentive!.terms = TERMS)));
  const card = (await quizToResult(s, 'warm')).querySelector<HTMLElement>('[part=incentive]')!;
  return { ...s, card, status: () => card.querySelector('[role=status]')!.textContent };
}

describe('IncentiveCard', () => {
  it('shows what the code gives and its terms, with the code not yet revealed', async () => {
    const s = await incentive();
    expect([...s.card.querySelectorAll('p:not([role])')].map((p) => p.textContent)).toEqual(['10% off your first Aster', TERMS]);
    expect(s.status()).toBe('');
    expect(s.card.textContent).not.toContain('ASTER10');
    expect(s.names()).not.toContain('Incentive Revealed');
  });

  it('reveals the code in its status, moves focus to the copy button and reports Incentive Revealed', async () => {
    const s = await incentive();
    await click(byRole(s.card, 'button', 'Reveal your code'));
    expect(s.status()).toBe('Your code: ASTER10');
    expect(s.root.activeElement).toBe(byRole(s.card, 'button', 'Copy code'));
    expect(s.last('Incentive Revealed')).toMatchObject({ result_id: 'warm', label: '10% off your first Aster', module: 'think' });
  });

  it('copies the code alone', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const s = await incentive();
    await click(byRole(s.card, 'button', 'Reveal your code'));
    await click(byRole(s.card, 'button', 'Copy code'));
    expect(writeText).toHaveBeenCalledWith('ASTER10');
  });
});
