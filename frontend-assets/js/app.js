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
  // long actions: <button data-busy-text="..."> says so while its form is being answered
  document.body.addEventListener('submit', (event) => {
    if (event.defaultPrevented) {
      return;
    }
    const button = event.submitter;
    if (button && button.dataset.busyText) {
      button.dataset.idleText = button.textContent;
      setTimeout(() => {
        button.textContent = button.dataset.busyText;
        button.disabled = true;
      }, 0);
    }
  });
  // coming back to the page (browser back): the buttons work again; the server shows the same operation
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      document.querySelectorAll('[data-once]').forEach((button) => {
        button.disabled = false;
        delete button.dataset.onceUsed;
      });
      document.querySelectorAll('[data-busy-text][data-idle-text]').forEach((button) => {
        button.textContent = button.dataset.idleText;
        button.disabled = false;
      });
    }
  });

  // password generator: <button data-generate-password="inputId"> fills the input in the browser
  document.body.addEventListener('click', (event) => {
    const button = event.target.closest('[data-generate-password]');
    const input = button && document.getElementById(button.dataset.generatePassword);
    if (input && window.crypto && window.crypto.getRandomValues) {
      event.preventDefault();
      input.value = generatePassword(16);
      input.classList.remove('is-invalid');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  // countdowns to an expiry: <span data-expires-at="unix seconds" data-countdown-text="... {0} ..." data-expired-text="...">
  const tick = () => {
    document.querySelectorAll('[data-expires-at]').forEach((element) => {
      const left = Math.floor(Number(element.dataset.expiresAt) - Date.now() / 1000);
      element.textContent = left > 0
        ? element.dataset.countdownText.replace('{0}', String(left))
        : element.dataset.expiredText;
      element.classList.toggle('text-danger', left <= 0);
    });
  };
  tick();
  window.setInterval(tick, 1000);
  document.body.addEventListener('htmx:afterSwap', tick);
  // row selection: <input data-select-all>, <input data-row-select>, <span data-selected-count>
  const rows = () => document.querySelectorAll('input[data-row-select]');
  const countSelected = () => {
    const selected = Array.from(rows()).filter((box) => box.checked).length;
    document.querySelectorAll('[data-selected-count]').forEach((element) => {
      element.textContent = String(selected);
    });
    document.querySelectorAll('input[data-select-all]').forEach((box) => {
      box.checked = selected > 0 && selected === rows().length;
      box.indeterminate = selected > 0 && selected < rows().length;
    });
  };
  document.body.addEventListener('change', (event) => {
    if (event.target.matches('input[data-select-all]')) {
      rows().forEach((box) => { box.checked = event.target.checked; });
    }
    if (event.target.matches('input[data-select-all], input[data-row-select]')) {
      countSelected();
    }
  });
  if (rows().length > 0) {
    countSelected();
  }
  // confirmation for dangerous forms: <form data-confirm="message">
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
});

// A strong random password: letters, digits and symbols without look-alikes, at least one of each kind.
function generatePassword(length) {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!#%+-=?@_'];
  const all = sets.join('');
  const random = (max) => {
    const limit = Math.floor(0x100000000 / max) * max;
    const value = new Uint32Array(1);
    do {
      window.crypto.getRandomValues(value);
    } while (value[0] >= limit);
    return value[0] % max;
  };
  const characters = sets.map((set) => set[random(set.length)]);
  while (characters.length < length) {
    characters.push(all[random(all.length)]);
  }
  for (let i = characters.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [characters[i], characters[j]] = [characters[j], characters[i]];
  }
  return characters.join('');
}

// Integrations (inbox providers, registrars): show only the fields of the chosen kind.
// <form data-kind-form> with <select data-kind-select> and field wrappers <div data-kinds="kind1 kind2">
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[data-kind-form]').forEach((form) => {
    const select = form.querySelector('[data-kind-select]');
    const show = () => {
      form.querySelectorAll('[data-kinds]').forEach((field) => {
        field.hidden = !field.dataset.kinds.split(' ').includes(select.value);
      });
    };
    if (select) {
      select.addEventListener('change', show);
      show();
    }
  });
});

// A fresh proof before a secret or a setting (issue 13): the request that waited goes on by itself.
// <form data-auto-submit> (its button does the same without this file)
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form[data-auto-submit]');
  if (form) {
    form.submit();
  }
});
