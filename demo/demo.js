// The demo shop's own script (not part of Vitrine): the basket, and on the product page a live view
// of what the collector stored of this browser's events, polled from its demo-only endpoint (which
// answers one anonymousId at a time, so no visitor sees another's). Everything is rendered as text.
// `window.vitrine` is the tracker the showroom script starts; the shop reports its own events with it.
const basketCount = document.getElementById('basket-count');
let basket = Number(sessionStorage.getItem('nordhavn.basket') ?? 0);
basketCount.textContent = String(basket);

// The variant the shopper last saw in the showroom (chosen in 3D or recommended by the quiz) is the
// one the basket adds, and the one Segment's Product Added names.
let variant;
document.addEventListener('vitrine:variant', (event) => {
  variant = event.detail.variant;
});

const form = document.getElementById('add-to-cart');
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const quantity = Number(form.elements.quantity.value);
  basket += quantity;
  sessionStorage.setItem('nordhavn.basket', String(basket));
  basketCount.textContent = String(basket);
  document.getElementById('cart-status').textContent = `Added ${quantity} to your basket.`;
  window.vitrine?.track('Product Added', { product_id: 'aster-chair', sku: 'NH-AST-001', ...(variant ? { variant } : {}), quantity, price: 649, currency: 'EUR' });
});

const tbody = document.getElementById('events');
const totals = document.getElementById('totals');
function cell(row, text) {
  row.insertCell().textContent = text;
}
async function refresh() {
  // Until the tracker has started there is no anonymousId, and so nothing of ours to ask for.
  const anonymousId = window.vitrine?.user?.()?.anonymousId;
  if (!anonymousId) return;
  try {
    const res = await fetch(`/demo/events?anonymousId=${encodeURIComponent(anonymousId)}&limit=20`);
    const { events, error } = await res.json();
    if (!res.ok) throw new Error(error ?? `HTTP ${res.status}`);
    tbody.replaceChildren();
    for (const e of events) {
      const row = tbody.insertRow();
      cell(row, new Date(e.receivedAt).toLocaleTimeString());
      cell(row, e.type);
      cell(row, e.event ?? '');
      cell(row, JSON.stringify(e.properties));
    }
    const stats = window.vitrine?.stats?.();
    totals.textContent = stats
      ? `This page tracked ${stats.tracked} events; the collector acknowledged ${stats.sent} (storage: ${stats.storage}).`
      : `${events.length} recent events of this browser.`;
  } catch (error) {
    totals.textContent = `Could not reach the collector: ${error.message}`;
  }
}
if (tbody) {
  refresh();
  setInterval(refresh, 2_000);
}
