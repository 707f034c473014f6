import { getAtPath } from './get-at-path.js';
import { joinPath } from './join-path.js';

/** One form control over a config value. */
export interface FieldSpec {
  /** The form section it belongs to. */
  group: string;
  label: string;
  /** Where the value lives, as keys and as the validator's path (to show its problems). */
  keys: (string | number)[];
  path: string;
  kind: 'text' | 'long-text' | 'number' | 'color';
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const named = (item: unknown, fallback: string): string => {
  const id = getAtPath(item, ['id']);
  return typeof id === 'string' && id !== '' ? id : fallback;
};

/**
 * The fields a marketer edits most, for the config as it is now: product, theme tokens, story
 * pages, quiz questions and results, hotspots, variants, experiment arm weights and the button
 * label an arm rewords. Everything else is edited in the JSON; both edit the same document.
 */
export function commonFields(config: unknown): FieldSpec[] {
  const fields: FieldSpec[] = [];
  const add = (group: string, label: string, keys: (string | number)[], kind: FieldSpec['kind'] = 'text'): void => {
    fields.push({ group, label, keys, path: keys.reduce<string>(joinPath, ''), kind });
  };
  add('Product', 'Name', ['product', 'name']);
  add('Product', 'Price', ['product', 'price'], 'number');
  add('Product', 'Currency', ['product', 'currency']);
  add('Product', 'Button label', ['product', 'cta', 'label']);
  add('Product', 'Button link', ['product', 'cta', 'href']);
  add('Theme', 'Accent colour', ['theme', 'accent'], 'color');
  add('Theme', 'Background colour', ['theme', 'background'], 'color');
  add('Theme', 'Text colour', ['theme', 'text'], 'color');
  add('Theme', 'Corner radius (px)', ['theme', 'radius'], 'number');

  list(getAtPath(config, ['experiences'])).forEach((experience, e) => {
    const type = getAtPath(experience, ['type']);
    const at = (...keys: (string | number)[]) => ['experiences', e, ...keys];
    if (type === 'story') {
      list(getAtPath(experience, ['pages'])).forEach((_, p) => {
        add('Story', `Page ${p + 1} title`, at('pages', p, 'title'));
        add('Story', `Page ${p + 1} text`, at('pages', p, 'text'), 'long-text');
      });
    } else if (type === 'quiz') {
      list(getAtPath(experience, ['questions'])).forEach((question, q) => {
        add('Quiz', `Question ${q + 1} (${named(question, `#${q + 1}`)})`, at('questions', q, 'text'));
      });
      list(getAtPath(experience, ['results'])).forEach((result, r) => {
        const name = named(result, `#${r + 1}`);
        add('Quiz', `Result ${name} title`, at('results', r, 'title'));
        add('Quiz', `Result ${name} text`, at('results', r, 'text'), 'long-text');
      });
    } else if (type === 'viewer') {
      list(getAtPath(experience, ['hotspots'])).forEach((hotspot, h) => {
        const name = named(hotspot, `#${h + 1}`);
        add('Hotspots', `Hotspot ${name} label`, at('hotspots', h, 'label'));
        add('Hotspots', `Hotspot ${name} text`, at('hotspots', h, 'text'), 'long-text');
      });
      list(getAtPath(experience, ['variants'])).forEach((variant, v) => {
        const name = named(variant, `#${v + 1}`);
        add('Variants', `Variant ${name} label`, at('variants', v, 'label'));
        add('Variants', `Variant ${name} swatch`, at('variants', v, 'swatch'), 'color');
      });
    }
  });

  list(getAtPath(config, ['experiments'])).forEach((experiment, x) => {
    const name = named(experiment, `#${x + 1}`);
    list(getAtPath(experiment, ['arms'])).forEach((arm, a) => {
      const armName = named(arm, `#${a + 1}`);
      add('Experiments', `${name}: weight of arm ${armName}`, ['experiments', x, 'arms', a, 'weight'], 'number');
      // An arm that rewords the call to action (as added by "Add an A/B test of the button label").
      const label = ['experiments', x, 'arms', a, 'patch', 'product', 'cta', 'label'];
      if (typeof getAtPath(config, label) === 'string') add('Experiments', `${name}: button label of arm ${armName}`, label);
    });
  });
  return fields;
}
