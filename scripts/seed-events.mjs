// The made-up shoppers of `npm run seed` and the metrics benchmark: visitors who come back over
// days, each visit a plausible path through the demo showrooms (the events of @vitrine/contracts'
// vocabulary, each under its module), with two experiments, landing from a mix of channels (LANDINGS),
// and the sale: a few % of the visits that see a showroom add to cart, most of those order (the
// page's Order Completed, often sent again by the shop's server with another messageId), and now
// and then an order comes with no showroom visit at all. Deterministic for a seed.
import { randomUUID } from 'node:crypto';
import { EVENT_VOCABULARY } from '@vitrine/contracts';

const DAY = 86_400_000;
const QUIZ = [
  ['room', ['living', 'reading-nook', 'studio']],
  ['style', ['natural', 'cosy', 'graphic', 'bright']],
  ['light', ['sunny', 'soft', 'evening']],
];
const RESULTS = [['warm', 'rust'], ['calm', 'moss'], ['bold', 'oat']];
const OTHER_SHOWROOMS = ['kite-sneaker', 'field-backpack', 'halo-table-lamp', 'grain-speaker', 'ripple-mug', 'tide-vase', 'knot-stool'];
/** Experiment id -> its showroom and arms; cta-wording is in demo/configs/aster-chair.json (50/50). */
const EXPERIMENTS = { 'cta-wording': ['aster-chair', ['control', 'try-at-home']], 'poster-first': ['kite-sneaker', ['poster', 'spin']] };
/** Unit prices in EUR, by showroom. */
const PRICES = { 'aster-chair': 450, 'kite-sneaker': 120, 'field-backpack': 90, 'halo-table-lamp': 160, 'grain-speaker': 210, 'ripple-mug': 24, 'tide-vase': 60, 'knot-stool': 140 };
const VARIANTS = ['moss', 'rust', 'oat'];
const capital = (word) => word[0].toUpperCase() + word.slice(1);
const CONTEXT = {
  library: { name: '@vitrine/tracker', version: '0.1.0' },
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  locale: 'en-GB',
};

/**
 * Where visits land from, with the share of visits of each: the landing URL's query and the
 * referrer, as the page's context carries them (the collector classifies them into GA4's channels).
 */
const LANDINGS = [
  [0.3, '', ''],
  [0.22, '', 'https://www.google.com/'],
  [0.03, '', 'https://www.bing.com/'],
  [0.08, '?utm_source=google&utm_medium=cpc&utm_campaign=chairs-brand&gclid=Cj0KCQiA', ''],
  [0.06, '?utm_source=instagram&utm_medium=paid_social&utm_campaign=spring-living&fbclid=IwAR2', 'https://l.instagram.com/'],
  [0.07, '', 'https://www.instagram.com/'],
  [0.03, '', 'https://www.pinterest.com/'],
  [0.1, '?utm_source=newsletter&utm_medium=email&utm_campaign=spring-edit', ''],
  [0.05, '', 'https://www.dezeen.com/2024/05/best-armchairs/'],
  [0.03, '?utm_source=homes-blog&utm_medium=affiliate&utm_campaign=reviews', 'https://homes-blog.example/'],
  [0.02, '?utm_source=gdn&utm_medium=display&utm_campaign=retargeting', ''],
  [0.01, '?utm_source=youtube&utm_medium=video&utm_campaign=aster-film', 'https://www.youtube.com/'],
];

/** mulberry32: a small seeded PRNG, so the same seed makes the same shoppers. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Yields track messages, visitor by visitor, until `events` were made. Visits start within the
 * `days` days before `now`; a visitor's later visits come on later days.
 */
export function* seedEvents({ events, days = 30, now = Date.now(), seed = 42 }) {
  const rnd = random(seed);
  const chance = (p) => rnd() < p;
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  /** An entry of `list`, each [share, ...] drawn with its share of the chance. */
  const weighted = (list) => {
    let r = rnd();
    return list.find(([share]) => (r -= share) < 0) ?? list[0];
  };
  let made = 0;
  let orders = 0;
  /** The shop's own e-commerce event (no showroom properties): from the page, or from its server with no context. */
  const shop = (event, anonymousId, at, properties, fromServer = false) => {
    made++;
    return {
      messageId: randomUUID(),
      type: 'track',
      event,
      anonymousId,
      timestamp: new Date(Math.min(at, now)).toISOString(),
      properties,
      ...(fromServer ? {} : { context: { ...CONTEXT, page: { path: '/cart', url: 'https://shop.example/cart' } } }),
    };
  };
  /** An order of `product`, from the page and, half the time, from the server as well (the same order_id). */
  function* order(anonymousId, at, product) {
    const properties = { order_id: `seed-${seed}-order-${++orders}`, revenue: product.price * product.quantity, currency: 'EUR', products: [product], ...(chance(0.2) ? { coupon: 'WELCOME10' } : {}) };
    yield shop('Order Completed', anonymousId, at, properties);
    if (chance(0.5)) yield shop('Order Completed', anonymousId, at + 2_000 + rnd() * 60_000, properties, true);
  }
  for (let v = 0; made < events; v++) {
    const anonymousId = `seed-${seed}-${v}`;
    const arms = Object.fromEntries(Object.entries(EXPERIMENTS).map(([id, [, armIds]]) => [id, pick(armIds)]));
    const exposed = new Set();
    const visits = 1 + (chance(0.3) ? 1 + Math.floor(rnd() * 3) : 0);
    let start = now - days * DAY + rnd() * days * DAY * 0.8;
    for (let visit = 0; visit < visits && made < events && start < now; visit++) {
      const showroom = chance(0.6) ? 'aster-chair' : pick(OTHER_SHOWROOMS);
      const experiments = Object.fromEntries(Object.entries(EXPERIMENTS).filter(([, [room]]) => room === showroom).map(([id]) => [id, arms[id]]));
      const sessionId = String(Math.floor(start));
      const [, search, referrer] = weighted(LANDINGS);
      const page = { path: `/products/${showroom}`, url: `https://shop.example/products/${showroom}${search}`, ...(referrer ? { referrer } : {}) };
      let at = start;
      let chosen;
      // Each event under its module, as the widget sends it: the widget's own reports under the first
      // experience's (the 3D view, in every demo showroom), Engaged Time under the one it was spent in.
      const track = (event, properties = {}, engagedIn) => {
        const { module: filed } = EVENT_VOCABULARY[event];
        const module = filed === 'widget' ? 'sense' : filed === 'engaged' ? engagedIn : filed;
        at += 1_000 + rnd() * 20_000;
        made++;
        return {
          messageId: randomUUID(),
          type: 'track',
          event,
          anonymousId,
          timestamp: new Date(Math.min(at, now)).toISOString(),
          properties: { showroom_id: showroom, config_version: 1, module, experiments, ...properties },
          context: { ...CONTEXT, sessionId, page },
        };
      };
      const engaged = (module) => track('Engaged Time', { ms: Math.round(2_000 + rnd() * 40_000) }, module);
      const path = [track('Showroom Loaded', { modules: showroom === 'aster-chair' ? ['sense', 'feel', 'think'] : ['sense'] })];
      for (const [id] of Object.entries(experiments)) {
        if (!exposed.has(id)) path.push(track('Experiment Viewed', { experiment_id: id, arm_id: arms[id] }));
        exposed.add(id);
      }
      if (chance(0.82)) {
        path.push(track('Showroom Viewed'), track('Model Loaded', { ms: Math.round(300 + rnd() * 1500) }));
        for (let i = Math.floor(rnd() * 4); i > 0; i--) path.push(track('Model Rotated', { degrees: Math.round(rnd() * 180), method: 'drag' }));
        if (chance(0.4)) path.push(track('Hotspot Opened', { hotspot_id: 'cushion', label: 'Deep seat cushion', method: 'tap' }));
        if (chance(0.3)) {
          chosen = pick(VARIANTS);
          path.push(track('Variant Selected', { variant: chosen, label: capital(chosen), method: 'tap' }));
        }
        if (chance(0.05)) path.push(track('AR Launched', { mode: 'scene-viewer' }));
        path.push(engaged('sense'));
        if (showroom === 'aster-chair' && chance(0.5)) {
          const pages = 1 + Math.floor(rnd() * 4);
          for (let page = 1; page <= pages; page++) path.push(track('Story Page Viewed', { page, page_count: 4, title: `Page ${page}`, method: page === 1 ? 'auto' : 'button' }));
          if (pages === 4) path.push(track('Story Completed', { page_count: 4 }));
          path.push(engaged('feel'));
        }
        if (showroom === 'aster-chair' && chance(0.35)) {
          path.push(track('Quiz Started', { question_count: 3 }));
          let answered = 0;
          for (const [questionId, answers] of QUIZ) {
            if (!chance(0.85)) break;
            answered++;
            path.push(track('Quiz Answered', { question_id: questionId, question: answered, answer_ids: [pick(answers)] }));
          }
          if (answered === QUIZ.length) {
            const [resultId, variant] = pick(RESULTS);
            path.push(track('Quiz Completed', { result_id: resultId, variant, answer_count: 3 }), track('Recommendation Viewed', { result_id: resultId, variant }));
            if (chance(0.3)) path.push(track('Incentive Revealed', { result_id: resultId, label: '10% off' }));
            if (chance(0.25)) path.push(track('CTA Clicked', { label: 'Add to basket', href: '#add-to-cart', source: 'quiz' }));
          }
          path.push(engaged('think'));
        }
        // The second arm of each experiment converts a little better, as a real winner would.
        const better = Object.values(arms).some((arm) => arm === 'try-at-home' || arm === 'spin');
        if (chance(better ? 0.1 : 0.08)) path.push(track('CTA Clicked', { label: 'Add to basket', href: '#add-to-cart', source: 'product' }), engaged('act'));
        if (chance(0.03)) path.push(track('Shared', { method: 'copy-link' }), engaged('relate'));
        // The sale: 2 % add to cart (30 % after a CTA click), two thirds of them order, mostly the variant chosen in 3D.
        const clicked = path.some((message) => message.event === 'CTA Clicked');
        if (chance(clicked ? 0.3 : 0.02)) {
          const variant = chosen && chance(0.7) ? chosen : pick(VARIANTS);
          const product = { product_id: showroom, sku: `${showroom}-${variant}`, variant: capital(variant), price: PRICES[showroom], quantity: chance(0.9) ? 1 : 2 };
          at += 5_000 + rnd() * 60_000;
          path.push(shop('Product Added', anonymousId, at, product));
          if (chance(0.65)) path.push(...order(anonymousId, at + 30_000 + rnd() * 300_000, product));
        }
      }
      yield* path;
      start = at + (0.5 + rnd() * 6) * DAY;
    }
    // One visitor in 150 orders without any showroom visit (the shop's other pages): counted, credited to none.
    if (made < events && chance(1 / 150)) {
      const product = { product_id: 'knot-stool', sku: 'knot-stool-oat', variant: 'Oat', price: PRICES['knot-stool'], quantity: 1 };
      yield* order(`seed-${seed}-shopper-${v}`, now - rnd() * days * DAY, product);
    }
  }
}
