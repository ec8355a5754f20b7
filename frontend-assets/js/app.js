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
  // buttons that submit once: <button data-once> is disabled as soon as its form is sent
  // (a second click does nothing; the server's operation key is the real safety)
  document.body.addEventListener('submit', (event) => {
    if (event.defaultPrevented) {
      return;
    }
    const form = event.target;
    form.querySelectorAll('[data-once]').forEach((button) => {
      if (button.dataset.onceUsed) {
        event.preventDefault();
        return;
      }
      button.dataset.onceUsed = 'true';
      // disabled after the form data is taken, so the button's own name/value is still sent
      setTimeout(() => { button.disabled = true; }, 0);
    });
  });
  // coming back to the page (browser back): the buttons work again; the server shows the same operation
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      document.querySelectorAll('[data-once]').forEach((button) => {
        button.disabled = false;
        delete button.dataset.onceUsed;
      });
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
