// Mailin Dashboard: small progressive enhancements. Every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // htmx requests carry the CSRF token like forms do
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', (event) => {
      event.detail.headers[header.content] = token.content;
    });
  }
  // copy buttons: <button data-copy="text">
  document.body.addEventListener('click', (event) => {
    const button = event.target.closest('[data-copy]');
    if (button && navigator.clipboard) {
      navigator.clipboard.writeText(button.dataset.copy);
      button.classList.add('copied');
    }
  });
  // confirmation for dangerous forms: <form data-confirm="message">
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
});
