import type { Cta, QuizResult } from '@vitrine/contracts';
import { formatPrice } from './format-price.js';
import { useShowroom } from './showroom-context.js';
import { safeUrl } from './safe-url.js';

interface Props {
  result: QuizResult;
  /** "See it in 3D": bring the 3D view, which shows the variant already, to the shopper. */
  onShowViewer(): void;
}

/**
 * The quiz's recommendation as a product card: a picture (the result's image, else the variant's
 * swatch), the product, the variant and the price, and the product's CTA for that variant. Its
 * `vitrine:cta` (source `quiz`) names the variant, so a page can put that one in the basket; the
 * result's own CTA, when it has one, sits beside it.
 */
export function ResultProduct({ result, onShowViewer }: Props) {
  const { t, config, reporter, emit } = useShowroom();
  const { product } = config;
  const variant = config.experiences.find((e) => e.type === 'viewer')?.variants?.find((v) => v.id === result.variant);
  const image = safeUrl(result.image);
  const link = (cta: Cta | undefined, primary: boolean) => {
    const href = safeUrl(cta?.href);
    if (!cta || !href) return null;
    const { label } = cta;
    return (
      <a
        class={primary ? 'btn primary' : 'btn'}
        part={primary ? 'quiz-cta' : undefined}
        data-module="act"
        href={href}
        onClick={(e) => {
          reporter.report('CTA Clicked', { label, href, source: 'quiz' });
          // A page that adds to its basket itself cancels the event, as with the CTA bar's.
          if (!emit('vitrine:cta', { label, href, source: 'quiz', ...(result.variant && { variant: result.variant }) }, true)) e.preventDefault();
        }}
      >
        {label}
      </a>
    );
  };
  return (
    <div class="product" part="quiz-product">
      {image ? <img src={image} alt="" /> : variant?.swatch && <span class="swatch" aria-hidden="true" style={{ '--sw': variant.swatch }} />}
      <div>
        <p>
          <strong>{product.name}</strong>
        </p>
        {variant && <p>{variant.label}</p>}
        {product.price !== undefined && <p>{t('price', { price: formatPrice(product.price, product.currency, config.locale) })}</p>}
      </div>
      <div class="row">
        {link(product.cta, true)}
        {link(result.cta, false)}
        {result.variant && <button onClick={onShowViewer}>{t('quizShowVariant')}</button>}
      </div>
    </div>
  );
}
