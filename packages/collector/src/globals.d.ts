// Replaced by the package version at build time (rollup.config.mjs `constants`).
declare const __VERSION__: string;
