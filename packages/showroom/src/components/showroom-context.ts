import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ShowroomConfig, StringKey } from '@vitrine/contracts';
import type { Reporter } from '../reporting/create-reporter.js';

export interface ShowroomContextValue {
  config: ShowroomConfig;
  reporter: Reporter;
  /** A UI string by key, the config's `strings` first, with `{product}` and `values` filled in. */
  t(key: StringKey, values?: Record<string, string | number>): string;
  /** Says `message` through the widget's polite live region. */
  announce(message: string): void;
}

export const ShowroomContext = createContext<ShowroomContextValue>(null as unknown as ShowroomContextValue);

export const useShowroom = (): ShowroomContextValue => useContext(ShowroomContext);
