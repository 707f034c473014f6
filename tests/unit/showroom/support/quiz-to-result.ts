import { byRole, click, type mount } from './showroom-harness.js';

/** The fixture's answers that lead to each of its results. */
const PATHS = {
  warm: [['radio', 'A reading nook'], ['checkbox', 'Cosy and earthy'], ['radio', 'Soft, indirect light']],
  bold: [['radio', 'A home office or studio'], ['radio', 'I mostly sit there in the evening']],
} as const;

/** Opens the quiz of the mounted fixture, answers it to `result` and returns the result's element. */
export async function quizToResult(s: Awaited<ReturnType<typeof mount>>, result: keyof typeof PATHS): Promise<HTMLElement> {
  await click(s.get('tab', 'Find your match'));
  await click(s.get('button', 'Start the quiz'));
  const panel = () => s.root.querySelector<HTMLElement>('[part=quiz]')!;
  for (const [role, label] of PATHS[result]) {
    await click(byRole(panel(), role, label));
    await click(byRole(panel(), 'button', /^(Next|Show my Aster)$/));
  }
  return panel().querySelector<HTMLElement>('[part=quiz-result]')!;
}
