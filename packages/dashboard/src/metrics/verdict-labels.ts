import type { ArmVerdict, GuardrailVerdict } from '@vitrine/contracts';

/** What each verdict tells the marketer to do; a guardrail's speak of harm only. */
export const VERDICT_LABELS: Readonly<Record<ArmVerdict | GuardrailVerdict, string>> = {
  better: 'Better than the baseline',
  worse: 'Worse than the baseline',
  'no-difference': 'No difference worth acting on (under 10 % of the baseline): enough data',
  undecided: 'Not decided yet: keep it running',
  collecting: 'Collecting: each arm needs 100 visitors',
  'not-worse': 'Not worse: any harm is under 10 % of the baseline',
  'not-worse-yet': 'Not worse so far, but harm is not ruled out: keep watching',
};
