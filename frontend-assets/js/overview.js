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

  document.addEventListener('DOMContentLoaded', () => {
    draw(document);
    document.body.addEventListener('htmx:afterSettle', () => draw(document));
  });
})();
