import type { Method, Variant } from '@vitrine/contracts';
import { howClicked } from './how-clicked.js';
import { useShowroom } from './showroom-context.js';

interface Props {
  variants: readonly Variant[];
  selected: string | undefined;
  onSelect(id: string, method: Method): void;
}

/** The colour/material variants: a radio group (WAI-ARIA APG), arrow keys move and select. */
export function VariantSwatches({ variants, selected, onSelect }: Props) {
  const { t } = useShowroom();
  const current = selected ?? variants[0]?.id;
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    const index = variants.findIndex((v) => v.id === current);
    // Within the list whatever `index` is (-1 for a selection that is not here): never undefined.
    const next = variants[(index + step + variants.length) % variants.length]!;
    onSelect(next.id, 'keyboard');
    const group = e.currentTarget as HTMLElement;
    queueMicrotask(() => group.querySelector<HTMLElement>(`[data-variant="${CSS.escape(next.id)}"]`)?.focus());
  };
  return (
    <div class="row" role="radiogroup" aria-label={t('variants')} onKeyDown={onKeyDown} part="variants">
      {variants.map((v) => (
        <button
         
          role="radio"
          aria-checked={v.id === current}
          tabIndex={v.id === current ? 0 : -1}
          data-variant={v.id}
          onClick={(e) => onSelect(v.id, howClicked(e))}
        >
          {v.swatch && <span class="swatch" aria-hidden="true" style={{ '--sw': v.swatch }} />}
          {v.label}
        </button>
      ))}
    </div>
  );
}
