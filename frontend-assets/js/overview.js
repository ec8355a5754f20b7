// The overview: draws the small spend charts from the tables the panels render (the tables stay the
// source of truth and are readable without this file). Panels arrive by htmx, so charts are drawn
// after each swap too.
(() => {
  const charts = new WeakMap();

  function draw(root) {
    if (typeof Chart === 'undefined') {
      return;
    }
    root.querySelectorAll('canvas[data-chart-table]').forEach((canvas) => {
      if (charts.has(canvas)) {
        return;
      }
      const table = document.getElementById(canvas.dataset.chartTable);
      if (!table) {
        return;
      }
      const rows = Array.from(table.querySelectorAll('tbody tr[data-label]'));
      const chart = new Chart(canvas, {
        type: 'bar',
        data: {
          labels: rows.map((row) => row.dataset.label),
          datasets: [
            { label: canvas.dataset.currentLabel, data: rows.map((row) => Number(row.dataset.current)) },
            { label: canvas.dataset.previousLabel, data: rows.map((row) => Number(row.dataset.previous)) },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { position: 'bottom' } },
        },
      });
      charts.set(canvas, chart);
      canvas.dataset.chartDrawn = 'true';
    });
  }

  // a panel whose request fails (an error page, no connection) says so in its own place and offers
  // to try again; the other panels are not affected
  function failed(event) {
    const panel = event.detail.elt.closest('[id^="panel-"]');
    const url = event.detail.requestConfig && event.detail.requestConfig.path;
    if (!panel || !url) {
      return;
    }
    const text = panel.dataset.failedText || 'This panel could not be loaded.';
    const retry = panel.dataset.retryText || 'Try again';
    const card = document.createElement('div');
    card.id = panel.id;
    card.className = 'card h-100 border-warning';
    card.dataset.test = panel.id + '-failed';
    card.dataset.failedText = text;
    card.dataset.retryText = retry;
    const body = document.createElement('div');
    body.className = 'card-body';
    const message = document.createElement('p');
    message.className = 'text-warning mb-2';
    message.textContent = text;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-sm btn-outline-secondary';
    button.textContent = retry;
    button.setAttribute('hx-get', url);
    button.setAttribute('hx-target', '#' + panel.id);
    button.setAttribute('hx-swap', 'outerHTML');
    body.append(message, button);
    card.append(body);
    panel.replaceWith(card);
    if (window.htmx) {
      window.htmx.process(card);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    draw(document);
    document.body.addEventListener('htmx:afterSettle', () => draw(document));
    document.body.addEventListener('htmx:responseError', failed);
    document.body.addEventListener('htmx:sendError', failed);
  });
})();
