// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { byRole, click, mount } from '../support/showroom-harness.js';

const WARM_TITLE = 'Aster in terracotta wool';

afterEach(() => document.body.replaceChildren());

/** Mounts the showroom and opens the quiz tab. */
async function quiz() {
  const s = await mount();
  await click(s.get('tab', 'Find your match'));
  await click(s.get('button', 'Start the quiz'));
  const panel = () => s.root.querySelector<HTMLElement>('[part=quiz]')!;
  return { ...s, panel, pick: async (role: 'radio' | 'checkbox', label: string) => click(byRole(panel(), role, label)) };
}

describe('QuizPanel', () => {
  it('starts on request and shows "Question n of m" with a radio group for a single choice', async () => {
    const s = await quiz();
    expect(s.names()).toContain('Quiz Started');
    expect(s.panel().querySelector('[part=quiz-progress]')?.textContent).toBe('Question 1 of 3');
    expect(s.panel().querySelector('legend')?.textContent).toBe('Where will your Aster live?');
    expect(s.panel().querySelectorAll('input[type=radio]')).toHaveLength(3);
    expect(byRole(s.panel(), 'button', 'Next').hasAttribute('disabled')).toBe(true);
  });

  it('branches: a studio answer skips the style question and the count follows', async () => {
    const s = await quiz();
    await s.pick('radio', 'A home office or studio');
    expect(s.panel().querySelector('[part=quiz-progress]')?.textContent).toBe('Question 1 of 2');
    await click(byRole(s.panel(), 'button', 'Next'));
    expect(s.panel().querySelector('legend')?.textContent).toBe('How much daylight does the room get?');
    expect(s.last('Quiz Answered')).toMatchObject({ question_id: 'room', question: 1, answer_ids: ['studio'], module: 'think' });
  });

  it('takes several answers on a multiple-choice question, goes back, and keeps the answers', async () => {
    const s = await quiz();
    await s.pick('radio', 'A reading nook');
    await click(byRole(s.panel(), 'button', 'Next'));
    expect(s.panel().querySelectorAll('input[type=checkbox]')).toHaveLength(4);
    await s.pick('checkbox', 'Cosy and earthy');
    await s.pick('checkbox', 'Bright and airy');
    await click(byRole(s.panel(), 'button', 'Back'));
    expect((byRole(s.panel(), 'radio', 'A reading nook') as HTMLInputElement).checked).toBe(true);
    await click(byRole(s.panel(), 'button', 'Next'));
    expect(s.panel().querySelectorAll('input:checked')).toHaveLength(2);
  });

  it('ends on the result, focused: its variant shown in 3D, why, its product card and incentive', async () => {
    const s = await quiz();
    await s.pick('radio', 'A reading nook');
    await click(byRole(s.panel(), 'button', 'Next'));
    await s.pick('checkbox', 'Cosy and earthy');
    await click(byRole(s.panel(), 'button', 'Next'));
    await s.pick('radio', 'Soft, indirect light');
    await click(byRole(s.panel(), 'button', 'Show my Aster'));
    const result = s.panel().querySelector('[part=quiz-result]')!;
    expect(result.querySelector('h3')?.textContent).toBe(WARM_TITLE);
    expect(s.root.activeElement).toBe(result.querySelector('h3'));
    expect(s.last('Quiz Completed')).toMatchObject({ result_id: 'warm', variant: 'terracotta', answer_count: 3 });
    expect(s.last('Recommendation Viewed')).toMatchObject({ result_id: 'warm', variant: 'terracotta' });
    expect(s.viewer.calls.at(-1)).toEqual(['setVariant', 'terracotta']);
    expect(s.names()).not.toContain('Variant Selected');
    expect([...result.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['A reading nook', 'Cosy and earthy', 'Soft, indirect light']);
    expect(result.querySelector('[part=quiz-product]')?.textContent).toContain('Terracotta wool');
    expect(result.querySelector('[part=incentive]')?.textContent).toContain('10% off your first Aster');
  });

  it('retakes from the first question, focused, with no answers kept', async () => {
    const s = await quiz();
    await s.pick('radio', 'A home office or studio');
    await click(byRole(s.panel(), 'button', 'Next'));
    await s.pick('radio', 'Lots: it faces south');
    await click(byRole(s.panel(), 'button', 'Show my Aster'));
    await click(byRole(s.panel(), 'button', 'Retake the quiz'));
    expect(s.panel().querySelector('[part=quiz-progress]')?.textContent).toBe('Question 1 of 3');
    expect(s.root.activeElement).toBe(s.panel().querySelector('[part=quiz-progress]'));
    expect(s.panel().querySelectorAll('input:checked')).toHaveLength(0);
    expect(s.names().filter((n) => n === 'Quiz Started')).toHaveLength(2);
  });
});
