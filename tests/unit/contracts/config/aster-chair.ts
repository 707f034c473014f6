import { readFileSync } from 'node:fs';
import type { ShowroomConfig } from '../../../../packages/contracts/src/config/showroom-config.js';

// Read, not imported: the demo reuses this file, and the tests' tsconfig lists only .ts files.
const fixture: unknown = JSON.parse(readFileSync(new URL('./fixtures/aster-chair.json', import.meta.url), 'utf8'));

/** A fresh deep copy of the Aster chair fixture, loose-typed so that tests can break it on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function asterChair(): any {
  return structuredClone(fixture);
}

/** The Aster chair fixture as the typed config `validateConfig` returns. */
export function asterChairConfig(): ShowroomConfig {
  return structuredClone(fixture) as ShowroomConfig;
}

/** Where a config holds URLs, listed by hand (independently of the schema, which a test compares). */
export function urlFields(config: ShowroomConfig): { path: string; url: string }[] {
  const found: { path: string; url: string }[] = [];
  const add = (path: string, url: string | undefined): void => {
    if (url !== undefined) found.push({ path, url });
  };
  add('product.cta.href', config.product.cta?.href);
  config.experiences.forEach((experience, e) => {
    const base = `experiences[${e}]`;
    if (experience.type === 'viewer') {
      add(`${base}.model`, experience.model);
      add(`${base}.poster`, experience.poster);
      add(`${base}.ar.usdz`, experience.ar?.usdz);
      experience.variants?.forEach((variant, v) => {
        for (const [name, material] of Object.entries(variant.materials)) {
          add(`${base}.variants[${v}].materials[${JSON.stringify(name)}].texture`, material.texture);
        }
      });
    } else if (experience.type === 'story') {
      experience.pages.forEach((page, p) => {
        add(`${base}.pages[${p}].media`, page.media);
        add(`${base}.pages[${p}].video.src`, page.video?.src);
        add(`${base}.pages[${p}].video.captions`, page.video?.captions);
      });
    } else {
      experience.questions.forEach((question, q) =>
        question.answers.forEach((answer, a) => add(`${base}.questions[${q}].answers[${a}].image`, answer.image)),
      );
      experience.results.forEach((result, r) => {
        add(`${base}.results[${r}].image`, result.image);
        add(`${base}.results[${r}].cta.href`, result.cta?.href);
      });
    }
  });
  return found;
}
