// Email verification pages: the charts (Chart.js, from its WebJar) and the file size check.
// The data come from data-* attributes (the page's Content-Security-Policy allows no inline script).
document.addEventListener('DOMContentLoaded', () => {
  const list = (element, name) => (element.dataset[name] || '').split('|').filter((v) => v !== '');
  const numbers = (element, name) => list(element, name).map(Number);

  // a file larger than 25 MB is refused before it is uploaded
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach((input) => {
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      const tooLarge = file && file.size > Number(input.dataset.maxBytes);
      input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
      if (tooLarge) {
        input.reportValidity();
      }
    });
  });

  if (typeof Chart === 'undefined') {
    return;
  }
  const doughnut = document.getElementById('category-chart');
  if (doughnut) {
    new Chart(doughnut, {
      type: 'doughnut',
      data: {
        labels: list(doughnut, 'labels'),
        datasets: [{ data: numbers(doughnut, 'values'), backgroundColor: list(doughnut, 'colours') }]
      },
      options: { plugins: { legend: { position: 'bottom' } }, animation: false }
    });
  }
  const balance = document.getElementById('balance-chart');
  if (balance) {
    new Chart(balance, {
      data: {
        labels: list(balance, 'labels'),
        datasets: [
          { type: 'line', label: balance.dataset.balanceLabel, data: numbers(balance, 'balances'), yAxisID: 'y',
            borderColor: '#0d6efd', stepped: 'before' },
          { type: 'bar', label: balance.dataset.debitLabel, data: numbers(balance, 'debits'), yAxisID: 'y1',
            backgroundColor: '#dc3545' }
        ]
      },
      options: { animation: false, scales: { y: { position: 'left' }, y1: { position: 'right', grid: { drawOnChartArea: false } } } }
    });
  }
  const days = document.getElementById('day-chart');
  if (days) {
    new Chart(days, {
      type: 'bar',
      data: { labels: list(days, 'labels'),
        datasets: [{ label: days.dataset.label, data: numbers(days, 'values'), backgroundColor: '#6f42c1' }] },
      options: { animation: false, plugins: { legend: { display: false } } }
    });
  }
});
