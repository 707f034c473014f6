/**
 * The DOM events a showroom dispatches on its element (`<vitrine-showroom>`, or the element given to
 * mountShowroom), so that the page can follow the shopper: each bubbles and is composed, and its
 * `detail` names the showroom (the config's `id`). Types only: see dispatch-showroom-event.ts.
 */
import type { ConfigProblem, Method } from '@vitrine/contracts';

/** What every detail carries. */
export interface VitrineEventDetail {
  /** The config's `id`; on an error before the config could be read, its id or URL as given. */
  showroomId: string;
}

/** `vitrine:ready`: the widget is drawn and its 3D view has drawn the model (at once without a 3D view). */
export type VitrineReadyDetail = VitrineEventDetail;

/** Why the showroom, or its 3D view, cannot show. */
export type VitrineErrorCode =
  /** The config could not be fetched (network, HTTP status, not JSON): the error box shows. */
  | 'config-unavailable'
  /** The config is invalid (`problems` says where): the error box shows. */
  | 'invalid-config'
  /** The widget failed while drawing: the error box shows. */
  | 'showroom-failed'
  /** The 3D chunk or the model could not load: the poster and a retry button show. */
  | 'model-failed'
  /** The browser has no WebGL: the poster shows. */
  | 'no-webgl';

/** `vitrine:error`: the showroom or its 3D view cannot show; the rest of the page is untouched. */
export interface VitrineErrorDetail extends VitrineEventDetail {
  code: VitrineErrorCode;
  /** What happened, in a sentence (the console error's text for a config). */
  message: string;
  /** For `invalid-config` and `config-unavailable`: each problem with its JSON path. */
  problems?: ConfigProblem[];
}

/** `vitrine:variant`: a colour/material variant is shown, chosen by the shopper or recommended by the quiz. */
export interface VitrineVariantDetail extends VitrineEventDetail {
  /** The variant's `id` in the config. */
  variant: string;
  label: string;
  /** How it was chosen: `tap`, `keyboard`, or `quiz` (the quiz's recommendation). */
  method: Method;
}

/** `vitrine:quiz-result`: the shopper finished the quiz and sees its result. */
export interface VitrineQuizResultDetail extends VitrineEventDetail {
  /** The result's `id` in the config. */
  resultId: string;
  title: string;
  /** The variant the result recommends, when it names one. */
  variant?: string;
  /** Question id -> the answer ids chosen, for the questions on the path taken. */
  answers: Record<string, string[]>;
}

/**
 * `vitrine:cta`: the shopper clicked a call to action (the product's or the quiz result's). It is
 * cancelable: `event.preventDefault()` keeps the browser from following `href`, for a page that
 * handles it itself (adds `variant` to its basket); the click is tracked either way.
 */
export interface VitrineCtaDetail extends VitrineEventDetail {
  label: string;
  href: string;
  source: 'product' | 'quiz';
  /** The variant shown (product) or recommended (quiz), when there is one. */
  variant?: string;
}

/**
 * `vitrine:holdout`: the visitor is in an experiment's hold-out arm, so the showroom is not shown
 * (`holdout: 'none'`: nothing is drawn and no space is kept) or only its poster is (`'poster'`);
 * `vitrine:ready` does not follow. A page may show what it shows without a showroom.
 */
export interface VitrineHoldoutDetail extends VitrineEventDetail {
  experimentId: string;
  armId: string;
  holdout: 'none' | 'poster';
}

/** Each event's name and type, for `addEventListener`. */
export interface VitrineShowroomEventMap {
  'vitrine:ready': CustomEvent<VitrineReadyDetail>;
  'vitrine:error': CustomEvent<VitrineErrorDetail>;
  'vitrine:variant': CustomEvent<VitrineVariantDetail>;
  'vitrine:quiz-result': CustomEvent<VitrineQuizResultDetail>;
  'vitrine:cta': CustomEvent<VitrineCtaDetail>;
  'vitrine:holdout': CustomEvent<VitrineHoldoutDetail>;
}

/** A detail without `showroomId`, which the showroom adds. */
export type EventDetailOf<K extends keyof VitrineShowroomEventMap> = Omit<VitrineShowroomEventMap[K]['detail'], 'showroomId'>;

// The events bubble and are composed, so a listener on the element, an ancestor, the document or
// the window gets them typed: `el.addEventListener('vitrine:cta', (e) => e.detail.href)`.
declare global {
  interface GlobalEventHandlersEventMap extends VitrineShowroomEventMap {}
}
