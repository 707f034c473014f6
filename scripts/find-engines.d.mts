export interface Engines {
  chromium: string | undefined;
  firefox: string | undefined;
  webkit: { driver: string; browser: string } | undefined;
  /** Engine name -> what it lacks here (`firefox-esr, xvfb`). */
  missing: Partial<Record<'firefox' | 'webkit', string>>;
}
export declare function findEngines(): Engines;
