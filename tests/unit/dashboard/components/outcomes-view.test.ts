// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OutcomesView } from '../../../../packages/dashboard/src/components/outcomes-view.js';
import { outcomesFixture } from '../support/metrics-fixture.js';

function mount(outcomes = outcomesFixture()): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(OutcomesView, { outcomes }), root);
  return root;
}

const cards = (root: HTMLElement) => [...root.querySelectorAll('.card')].map((card) => [card.querySelector('h3')?.textContent, card.querySelector('p')?.textContent]);

describe('OutcomesView', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows add-to-cart rate, order conversion, revenue per visitor, average order value and orders per currency as text', () => {
    expect(cards(mount())).toEqual([
      ['Add-to-cart rate', '8.1%'],
      ['Order conversion', '4%'],
      ['Revenue per visitor', '€5.39'],
      ['Average order value', '€140.00'],
      ['Orders', '38 (€5,320.00), 2 ($310.00)'],
    ]);
  });

  it('splits each module into visits that used it and visits that did not, labelled observational', () => {
    const root = mount();
    expect(root.querySelector('table caption')?.textContent).toContain('observational');
    const rows = [...root.querySelectorAll('table tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows.slice(0, 3)).toEqual([
      ['Module', 'Visits', 'Add-to-cart rate', 'Order conversion', 'Revenue per visit'],
      ['3D view, used', '600', '10%', '5%', '€7.00'],
      ['3D view, not used', '634', '2.8%', '1.4%', '€1.77'],
    ]);
    expect(rows).toHaveLength(5);
    expect(root.querySelector('tr:nth-child(3) th')?.getAttribute('scope')).toBe('row');
  });

  it('says how often shoppers bought the variant they picked in 3D', () => {
    expect([...mount().children].filter((child) => child.tagName === 'P').map((p) => p.textContent)).toEqual([
      'Shoppers who picked Moss in 3D bought it 71.4% of the time (10 of 14).',
      'Shoppers who picked Sand in 3D bought it 70% of the time (7 of 10).',
    ]);
  });

  it('keeps rates without a denominator as a dash and no order as 0', () => {
    const root = mount(outcomesFixture({ addToCartRate: null, revenuePerVisitor: null, averageOrderValue: null, currencies: [] }));
    expect(cards(root).map(([, value]) => value)).toEqual(['—', '4%', '—', '—', '0']);
  });
});
