import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ShowroomConfig } from '../../../../packages/contracts/src/config/showroom-config.js';
import { validateConfig } from '../../../../packages/contracts/src/config/validate-config.js';
import { asterChair } from './aster-chair.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const viewer = (c: Loose): Loose => c.experiences[0];
const story = (c: Loose): Loose => c.experiences[1];
const quiz = (c: Loose): Loose => c.experiences[2];

describe('validateConfig', () => {
  it('accepts the Aster chair fixture with no errors and no warnings, returning the typed config', () => {
    const input = asterChair();
    const result = validateConfig(input);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.config).toEqual(input);
    expectTypeOf(result.config).toEqualTypeOf<ShowroomConfig | undefined>();
  });

  it('returns a deep copy, never the input object or any part of it', () => {
    const input = asterChair();
    const { config } = validateConfig(input);
    expect(config).not.toBe(input);
    expect(config?.product).not.toBe(input.product);
    expect(config?.experiences[0]).not.toBe(input.experiences[0]);
    input.product.name = 'Changed later';
    expect(config?.product.name).toBe('Aster lounge chair');
  });

  it.each<[string, (config: Loose) => void, string, string]>([
    ['a required field is missing', (c) => delete c.product.name, 'product.name', 'product.name is required'],
    ['a number is given as text', (c) => (c.product.price = '649'), 'product.price', 'product.price must be a number'],
    ['a field name has a typo', (c) => (c.theme.accnt = '#ffffff'), 'theme.accnt', 'theme.accnt is not a known field (did you mean accent?)'],
    ['a string key has a typo', (c) => (c.strings.zoomIm = 'Closer'), 'strings.zoomIm', 'strings.zoomIm is not a known field (did you mean zoomIn?)'],
    ['an unknown field is not near any known one', (c) => (c.product.colourway = 'x'), 'product.colourway', 'product.colourway is not a known field'],
    ['a story image is a javascript: URL', (c) => (story(c).pages[0].media = 'javascript:alert(1)'), 'experiences[1].pages[0].media', 'experiences[1].pages[0].media must be an https: URL or a relative path'],
    ['a story image is protocol-relative', (c) => (story(c).pages[0].media = '//evil.example/x.jpg'), 'experiences[1].pages[0].media', 'experiences[1].pages[0].media must be an https: URL or a relative path'],
    ['a story clip has no file', (c) => (story(c).pages[0].video = { captions: '/c.vtt' }), 'experiences[1].pages[0].video.src', 'experiences[1].pages[0].video.src is required'],
    ['a story clip is a javascript: URL', (c) => (story(c).pages[0].video = { src: 'javascript:alert(1)' }), 'experiences[1].pages[0].video.src', 'experiences[1].pages[0].video.src must be an https: URL or a relative path'],
    ['a story clip\'s captions are a data: URL', (c) => (story(c).pages[0].video = { src: '/a.webm', captions: 'data:text/vtt,WEBVTT' }), 'experiences[1].pages[0].video.captions', 'experiences[1].pages[0].video.captions must be an https: URL or a relative path'],
    ['a story clip is asked to autoplay with sound', (c) => (story(c).pages[0].video = { src: '/a.webm', muted: false }), 'experiences[1].pages[0].video.muted', 'experiences[1].pages[0].video.muted is not a known field'],
    ['the model is served over http:', (c) => (viewer(c).model = 'http://cdn.example/aster.glb'), 'experiences[0].model', 'experiences[0].model must be an https: URL or a relative path'],
    ['the CTA is a data: URL', (c) => (c.product.cta.href = 'data:text/html,<script>alert(1)</script>'), 'product.cta.href', 'product.cta.href must be an https: URL or a relative path'],
    ['the AR model URL carries credentials', (c) => (viewer(c).ar.usdz = 'https://user:pw@evil.example/x.usdz'), 'experiences[0].ar.usdz', 'experiences[0].ar.usdz must be an https: URL or a relative path'],
    ['a texture URL hides a scheme behind a control character', (c) => (viewer(c).variants[2].materials.Frame.texture = '\u0001javascript:alert(1)'), 'experiences[0].variants[2].materials.Frame.texture', 'experiences[0].variants[2].materials.Frame.texture must be an https: URL or a relative path'],
    ['the id has capitals and spaces', (c) => (c.id = 'Aster Chair'), 'id', 'id must be 1 to 64 lowercase letters, digits or -'],
    ['the version is 0', (c) => (c.version = 0), 'version', 'version must be at least 1'],
    ['the version is a fraction', (c) => (c.version = 2.5), 'version', 'version must be a whole number'],
    ['a colour is a CSS name', (c) => (c.theme.accent = 'green'), 'theme.accent', 'theme.accent must be a colour like #1f6f5c (#rgb, #rrggbb or #rrggbbaa)'],
    ['the font is not in the list', (c) => (c.theme.font = 'comic'), 'theme.font', 'theme.font must be one of "system", "serif", "rounded" or "mono"'],
    ['the radius is too large', (c) => (c.theme.radius = 40), 'theme.radius', 'theme.radius must be at most 32'],
    ['the product name is empty', (c) => (c.product.name = ''), 'product.name', 'product.name must not be empty'],
    ['the product name is too long', (c) => (c.product.name = 'x'.repeat(121)), 'product.name', 'product.name must be at most 120 characters (it has 121)'],
    ['the currency is lowercase', (c) => (c.product.currency = 'eur'), 'product.currency', 'product.currency must be a 3-letter currency code like EUR'],
    ['the locale is not a language tag', (c) => (c.locale = 'english!'), 'locale', 'locale must be a language tag like en or en-GB'],
    ['an experience has an unknown type', (c) => (quiz(c).type = 'gallery'), 'experiences[2].type', 'experiences[2].type must be one of "viewer", "story" or "quiz"'],
    ['an experience has no type', (c) => delete quiz(c).type, 'experiences[2].type', 'experiences[2].type is required: one of "viewer", "story" or "quiz"'],
    ['two experiences have the same type', (c) => (c.experiences[2] = structuredClone(story(c))), 'experiences[2].type', 'experiences[2].type must be unique: "story" is also used by experiences[1]'],
    ['two variants share an id', (c) => (viewer(c).variants[1].id = 'sage'), 'experiences[0].variants[1].id', 'experiences[0].variants[1].id must be unique: "sage" is also used by experiences[0].variants[0]'],
    ['a hotspot position has two coordinates', (c) => (viewer(c).hotspots[0].position = [0, 1]), 'experiences[0].hotspots[0].position', 'experiences[0].hotspots[0].position must have at least 3 items'],
    ['a camera sits inside the model', (c) => (viewer(c).cameras[0].orbit.distance = 0), 'experiences[0].cameras[0].orbit.distance', 'experiences[0].cameras[0].orbit.distance must be at least 0.5'],
    ['a variant changes no material', (c) => (viewer(c).variants[0].materials = {}), 'experiences[0].variants[0].materials', 'experiences[0].variants[0].materials must have at least 1 field'],
    ['auto-rotate is given as text', (c) => (viewer(c).autoRotate = 'yes'), 'experiences[0].autoRotate', 'experiences[0].autoRotate must be true or false'],
    ['the viewer has no alt text', (c) => delete viewer(c).alt, 'experiences[0].alt', 'experiences[0].alt is required'],
    ['a UI string is not text', (c) => (c.strings.loading = 5), 'strings.loading', 'strings.loading must be text (in quotes)'],
    ['a question type is unknown', (c) => (quiz(c).questions[1].type = 'many'), 'experiences[2].questions[1].type', 'experiences[2].questions[1].type must be one of "single" or "multiple"'],
    ['an incentive code has a space', (c) => (quiz(c).results[1].incentive.code = 'ASTER 10'), 'experiences[2].results[1].incentive.code', 'experiences[2].results[1].incentive.code must be 1 to 32 letters, digits, _ or -'],
    ['an arm has no weight', (c) => (c.experiments[0].arms[1].weight = 0), 'experiments[0].arms[1].weight', 'experiments[0].arms[1].weight must be more than 0'],
    ['a delay trigger has no delay', (c) => (c.trigger = { type: 'delay' }), 'trigger.ms', 'trigger.ms is required'],
    ['an inline trigger has a delay', (c) => (c.trigger = { type: 'inline', ms: 500 }), 'trigger.ms', 'trigger.ms is not a known field'],
    ['the consent mode is unknown', (c) => (c.privacy.consent = 'yes'), 'privacy.consent', 'privacy.consent must be one of "granted", "pending" or "denied"'],
    ['the product is a list', (c) => (c.product = []), 'product', 'product must be an object ({ … })'],
    ['there are no experiences', (c) => (c.experiences = []), 'experiences', 'experiences must have at least 1 item'],
    ['the document is nested too deeply', (c) => (c.experiments[0].arms[1].patch = nest(40)), 'experiments[0].arms[1].patch' + '.a'.repeat(28), 'experiments[0].arms[1].patch' + '.a'.repeat(28) + ' is nested too deeply (at most 32 levels)'],
    // Cross-references the schema cannot express.
    ['a story page names a missing camera', (c) => (story(c).pages[0].camera = 'top'), 'experiences[1].pages[0].camera', 'experiences[1].pages[0].camera must be the id of a camera preset of the viewer (one of "front", "side", "detail")'],
    ['a story page names a missing hotspot', (c) => (story(c).pages[1].hotspot = 'legs'), 'experiences[1].pages[1].hotspot', 'experiences[1].pages[1].hotspot must be the id of a hotspot of the viewer (one of "frame", "cushion", "fabric")'],
    ['a story page names a camera without a viewer', (c) => removeViewerKeepingOneCamera(c), 'experiences[0].pages[0].camera', 'experiences[0].pages[0].camera must be the id of a camera preset of the viewer (there are none)'],
    ['an answer scores a missing result', (c) => (quiz(c).questions[0].answers[1].scores = { cozy: 2 }), 'experiences[2].questions[0].answers[1].scores.cozy', 'experiences[2].questions[0].answers[1].scores.cozy must be the id of a result of this quiz (one of "calm", "warm", "bold")'],
    ['a result shows a missing variant', (c) => (quiz(c).results[0].variant = 'olive'), 'experiences[2].results[0].variant', 'experiences[2].results[0].variant must be the id of a variant of the viewer (one of "sage", "terracotta", "charcoal")'],
    ['an answer branches backwards', (c) => (quiz(c).questions[1].answers[0].next = 'room'), 'experiences[2].questions[1].answers[0].next', 'experiences[2].questions[1].answers[0].next must be the id of a later question or "end" (one of "light", "end")'],
    ['an arm patches the config id', (c) => (c.experiments[0].arms[1].patch = { id: 'other' }), 'experiments[0].arms[1].patch.id', 'experiments[0].arms[1].patch.id cannot be changed by an experiment: remove it from the patch'],
  ])('reports it when %s', (_, breakIt, path, message) => {
    const config = asterChair();
    breakIt(config);
    const result = validateConfig(config);
    expect(result.errors).toEqual([{ path, message }]);
    expect(result.config).toBeUndefined();
  });

  it('reports every problem, not just the first, in document order', () => {
    const config = asterChair();
    config.id = 'Bad Id';
    delete config.product.sku;
    config.theme.radius = -1;
    expect(validateConfig(config).errors.map((error: { path: string; message: string }) => error.path)).toEqual(['id', 'product.sku', 'theme.radius']);
  });

  it('refuses an unknown audience channel and an unknown primary metric, naming each', () => {
    const config = asterChair() as unknown as { experiments: Record<string, unknown>[] };
    config.experiments[0] = { id: 'held', arms: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }], primaryMetric: 'clicks', audience: { channels: ['Email', 'Newsletter'] } };
    expect(validateConfig(config).errors.map((p: { path: string }) => p.path)).toEqual(['experiments[0].primaryMetric', 'experiments[0].audience.channels[1]']);
  });

  it('refuses a hold-out arm with a patch', () => {
    const config = asterChair() as unknown as { experiments: Record<string, unknown>[] };
    config.experiments[0] = { id: 'held', arms: [{ id: 'shown', weight: 90 }, { id: 'none', weight: 10, holdout: 'none', patch: { theme: { radius: 4 } } }] };
    const problems = validateConfig(config).errors;
    expect(problems.map((p: { path: string }) => p.path)).toEqual(['experiments[0].arms[1].patch']);
    expect(problems[0]?.message).toMatch(/hold-out arm .* takes no patch/);
  });

  it('stops at 50 problems', () => {
    const config = asterChair();
    for (let i = 0; i < 80; i++) config[`unknown${i}`] = i;
    expect(validateConfig(config).errors).toHaveLength(50);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', '{"id":"x"}'],
    ['a number', 42],
    ['a list', []],
    ['a date', new Date()],
    ['a map', new Map()],
    ['a class instance', new (class Config {})()],
    ['a function', () => ({})],
  ])('refuses %s as the whole config, without throwing', (_, input) => {
    expect(validateConfig(input).errors).toEqual([{ path: '', message: 'The config must be an object ({ … })' }]);
  });

  it('treats a non-plain object inside the config as the wrong type', () => {
    const config = asterChair();
    config.product.cta = new URL('https://shop.example/basket');
    expect(validateConfig(config).errors).toEqual([{ path: 'product.cta', message: 'product.cta must be an object ({ … })' }]);
  });

  it('reports getters instead of calling them', () => {
    const config = asterChair();
    let called = false;
    Object.defineProperty(config.product, 'name', { enumerable: true, get: () => ((called = true), 'Aster') });
    expect(validateConfig(config).errors).toEqual([{ path: 'product.name', message: 'product.name must be plain JSON data' }]);
    expect(called).toBe(false);
  });

  it('survives a hostile proxy with one error', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(validateConfig(hostile).errors).toEqual([{ path: '', message: 'The config could not be read: it must be plain JSON data' }]);
  });

  it('treats __proto__ and constructor keys as unknown fields and pollutes nothing', () => {
    const config = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    expect(validateConfig(config).errors).toContainEqual({ path: '__proto__', message: '__proto__ is not a known field' });
    expect(validateConfig(config).errors).toContainEqual({ path: 'constructor', message: 'constructor is not a known field' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps a patch\'s __proto__ key out of the returned copy', () => {
    const config = asterChair();
    config.experiments[0].arms[1].patch = JSON.parse('{"__proto__": {"polluted": true}, "theme": {"radius": 4}}');
    const { config: copy } = validateConfig(config);
    const arm = copy?.experiments?.[0]?.arms[1];
    const patch = arm && 'patch' in arm ? arm.patch : undefined;
    expect(patch).toEqual({ theme: { radius: 4 } });
    expect(Object.getPrototypeOf(patch)).toBe(Object.prototype);
  });

  it('warns, without refusing the config, when the theme falls below WCAG AA', () => {
    const config = asterChair();
    config.theme.text = '#777777';
    config.theme.background = '#ffffff';
    const result = validateConfig(config);
    expect(result.config).toBeDefined();
    expect(result.warnings).toEqual([
      {
        path: 'theme.text',
        message: 'theme.text (#777777) on theme.background (#ffffff) has a contrast ratio of 4.48:1; WCAG AA asks for at least 4.5:1 for text: darken one or lighten the other',
      },
    ]);
  });
});

function nest(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Drops the viewer and every reference to it but the first story page's camera. */
function removeViewerKeepingOneCamera(config: Loose): void {
  config.experiences = config.experiences.slice(1);
  const [story, quiz] = config.experiences;
  story.pages.forEach((page: Loose, p: number) => {
    if (p > 0) delete page.camera;
    delete page.hotspot;
  });
  quiz.results.forEach((result: Loose) => delete result.variant);
}
