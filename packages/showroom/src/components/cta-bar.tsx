import { useState } from 'preact/hooks';
import { CopyButton } from './copy-button.js';
import { formatPrice } from './format-price.js';
import { useShowroom } from './showroom-context.js';
import { safeUrl } from './safe-url.js';
import { shareUrl } from './share-url.js';

/** This page's sharer reference: random, so a shared link names no visitor; the Shared event ties it to the sharer. */
const ref = Math.random().toString(36).slice(2);

/**
 * Act and relate: the price, the product's call to action, and share (Web Share API or copy link).
 * `variant`: the one shown, which the CTA's `vitrine:cta` names.
 */
export function CtaBar({ variant }: { variant: string | undefined }) {
  const { t, reporter, config, emit } = useShowroom();
  const { product } = config;
  // Without the Web Share API (most desktops) the button copies the link in one press.
  const [copying, setCopying] = useState(typeof navigator.share !== 'function');
  const href = safeUrl(product.cta?.href);
  const share = async () => {
    try {
      await navigator.share({ title: t('shareTitle'), text: product.shareText ?? product.name, url: shareUrl(location.href, 'web-share', ref) });
      reporter.report('Shared', { method: 'web-share', ref });
    } catch (error) {
      // AbortError: the shopper closed the sheet. Anything else: offer the link instead.
      if ((error as Error)?.name !== 'AbortError') setCopying(true);
    }
  };
  // A product page shows the name and price itself: the widget need not say them again, except to
  // a screen reader, for which they name what the call to action buys.
  const srOnly = product.showNameAndPrice === false ? ' sr' : '';
  return (
    <div class="row" part="actions">
      <p class={`name${srOnly}`}>{product.name}</p>
      {product.price !== undefined && <p class={`price${srOnly}`}>{t('price', { price: formatPrice(product.price, product.currency, config.locale) })}</p>}
      {product.cta && href && (
        <a
          class="btn primary"
          part="cta"
          data-module="act"
          href={href}
          onClick={(e) => {
            const { label } = product.cta!;
            reporter.report('CTA Clicked', { label, href, source: 'product' });
            // A page that handles the CTA itself (a single-page shop's basket) cancels the event.
            if (!emit('vitrine:cta', { label, href, source: 'product', ...(variant && { variant }) }, true)) e.preventDefault();
          }}
        >
          {product.cta.label}
        </a>
      )}
      <span class="row" data-module="relate">
        {copying ? (
          <CopyButton text={shareUrl(location.href, 'copy-link', ref)} label={t('copyLink')} done={t('linkCopied')} onCopied={() => reporter.report('Shared', { method: 'copy-link', ref })} />
        ) : (
          <button part="share" onClick={share}>
            {t('share')}
          </button>
        )}
      </span>
    </div>
  );
}
