import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ShowroomConfig, StringKey } from '@vitrine/contracts';
import type { Reporter } from '../reporting/create-reporter.js';
import type { EventDetailOf, VitrineShowroomEventMap } from '../showroom-element-events.js';

/** Dispatches a showroom event on its element (the showroom's id added); false when a listener cancelled it. */
export type Emit = <K extends keyof VitrineShowroomEventMap>(type: K, detail: EventDetailOf<K>, cancelable?: boolean) => boolean;

export interface ShowroomContextValue {
  config: ShowroomConfig;
  reporter: Reporter;
  /** Tells the page what happened, as a DOM event on the showroom's element. */
  emit: Emit;
  /** A UI string by key, the config's `strings` first, with `{product}` and `values` filled in. */
  t(key: StringKey, values?: Record<string, string | number>): string;
  /** Says `message` through the widget's polite live region. */
  announce(message: string): void;
}

export const ShowroomContext = createContext<ShowroomContextValue>(null as unknown as ShowroomContextValue);

export const useShowroom = (): ShowroomContextValue => useContext(ShowroomContext);
