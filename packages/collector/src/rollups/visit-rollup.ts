/** A visit (session) and everything the metrics need of it, as the rollup tables hold it. */
export interface VisitRollup {
  visitor: string;
  /** First and last event, ms since the epoch. */
  start: number;
  end: number;
  /** Per showroom ('' for events without one): Showroom Loaded and Viewed, and its last event. */
  showrooms: Map<string, ShowroomFacts>;
  /** Per showroom and module ('' when the event names none), keyed `showroom\0module`. */
  modules: Map<string, ModuleFacts>;
  /** Funnel steps reached, each once per visit. */
  steps: Map<string, StepReached>;
}

export interface ShowroomFacts {
  showroomId: string;
  loads: number;
  views: number;
  end: number;
}

export interface ModuleFacts {
  showroomId: string;
  module: string;
  engagedMs: number;
  interactions: number;
  hotspots: number;
  variants: number;
  ar: number;
  cta: number;
  shared: number;
  quizCompleted: number;
  storyCompleted: number;
}

/**
 * `step`: 'view', 'start', 'q1'..'qN', 'complete', 'cta' (quiz funnel), 'story:N' and
 * 'story:complete' (story reach). A quiz answer is one row per answer chosen.
 */
export interface StepReached {
  showroomId: string;
  step: string;
  questionId: string;
  answerId: string;
}
