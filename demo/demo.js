// The demo shop: reports a few interactions through the tracker and shows what the collector
// stored, polling its demo-only endpoint. Everything received is rendered as text.
const vitrine = () => window.vitrine;
const swatch = document.getElementById('swatch');

function whenReady(fn) {
  // The tracker script is async: wait for it, then for init() from its data- attributes.
  if (vitrine()?.ready) vitrine().ready.then(fn);
  else setTimeout(() => whenReady(fn), 50);
}

whenReady(() => vitrine().page('Product', { sku: 'ASTER-01' }));

for (const button of document.querySelectorAll('[data-variant]')) {
  button.addEventListener('click', () => {
    for (const other of document.querySelectorAll('[data-variant]')) other.setAttribute('aria-pressed', String(other === button));
    swatch.dataset.variant = button.dataset.variant;
    swatch.setAttribute('aria-label', `Aster lounge chair in ${button.dataset.variant}`);
    vitrine()?.track('Variant Selected', { module: 'sense', variant: button.dataset.variant, sku: 'ASTER-01' });
  });
}
document.getElementById('add-to-cart').addEventListener('click', () => {
  vitrine()?.track('CTA Clicked', { module: 'act', sku: 'ASTER-01', price: 649, currency: 'EUR' });
});

const tbody = document.getElementById('events');
const totals = document.getElementById('totals');
function cell(row, text) {
  const td = row.insertCell();
  td.textContent = text;
}
async function refresh() {
  try {
    const { events } = await (await fetch('/demo/events?limit=20')).json();
    tbody.replaceChildren();
    for (const e of events) {
      const row = tbody.insertRow();
      cell(row, new Date(e.receivedAt).toLocaleTimeString());
      cell(row, e.type);
      cell(row, e.event ?? '');
      cell(row, JSON.stringify(e.properties));
    }
    const stats = vitrine()?.stats?.();
    totals.textContent = stats
      ? `This page tracked ${stats.tracked}, the collector acknowledged ${stats.sent} (storage: ${stats.storage}).`
      : `${events.length} recent events.`;
  } catch (error) {
    totals.textContent = `Could not reach the collector: ${error.message}`;
  }
}
refresh();
setInterval(refresh, 1_000);
