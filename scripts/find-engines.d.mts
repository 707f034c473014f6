export interface Engines {
  chromium: string | undefined;
  firefox: string | undefined;
  webkit: { driver: string; browser: string } | undefined;
}
export declare function findEngines(): Engines;
