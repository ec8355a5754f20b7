// Passkeys (issue 13): registration on /account/security and the passkey step after the password on
// /login/code, through Spring Security's WebAuthn endpoints. No inline script: the pages mark their
// elements with data-passkey-register / data-passkey-sign-in.
(() => {
  const b64 = {
    encode(buffer) {
      return window.btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
    },
    decode(text) {
      const binary = window.atob(text.replace(/-/g, '+').replace(/_/g, '/'));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      return bytes.buffer;
    }
  };

  function headers() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const result = { 'Content-Type': 'application/json' };
    if (token && header) {
      result[header.content] = token.content;
    }
    return result;
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: 'POST', headers: headers(), credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.json();
  }

  function showError() {
    const error = document.querySelector('[data-passkey-error]');
    if (error) {
      error.classList.remove('d-none');
    }
  }

  async function register(label) {
    const options = await post('/webauthn/register/options');
    const publicKey = {
      ...options,
      user: { ...options.user, id: b64.decode(options.user.id) },
      challenge: b64.decode(options.challenge),
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) }))
    };
    const created = await navigator.credentials.create({ publicKey });
    const credential = {
      id: created.id,
      rawId: b64.encode(created.rawId),
      response: {
        attestationObject: b64.encode(created.response.attestationObject),
        clientDataJSON: b64.encode(created.response.clientDataJSON),
        transports: created.response.getTransports ? created.response.getTransports() : []
      },
      type: created.type,
      clientExtensionResults: created.getClientExtensionResults(),
      authenticatorAttachment: created.authenticatorAttachment
    };
    const result = await post('/webauthn/register', { publicKey: { credential, label } });
    if (!result || !result.success) {
      throw new Error('registration refused');
    }
  }

  async function signIn() {
    const options = await post('/webauthn/authenticate/options');
    const publicKey = {
      ...options,
      challenge: b64.decode(options.challenge),
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) }))
    };
    const assertion = await navigator.credentials.get({ publicKey });
    const body = {
      id: assertion.id,
      rawId: b64.encode(assertion.rawId),
      response: {
        authenticatorData: b64.encode(assertion.response.authenticatorData),
        clientDataJSON: b64.encode(assertion.response.clientDataJSON),
        signature: b64.encode(assertion.response.signature),
        userHandle: assertion.response.userHandle ? b64.encode(assertion.response.userHandle) : undefined
      },
      credType: assertion.type,
      clientExtensionResults: assertion.getClientExtensionResults(),
      authenticatorAttachment: assertion.authenticatorAttachment
    };
    const result = await post('/login/webauthn', body);
    if (!result || !result.authenticated || !result.redirectUrl) {
      throw new Error('passkey refused');
    }
    return result.redirectUrl;
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.querySelector('[data-passkey-register]');
    if (form) {
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
          await register(form.querySelector('[name="label"]').value.trim());
          window.location.reload();
        } catch (err) {
          showError();
        }
      });
    }
    const button = document.querySelector('[data-passkey-sign-in]');
    if (button) {
      button.addEventListener('click', async () => {
        try {
          window.location.href = await signIn();
        } catch (err) {
          showError();
        }
      });
    }
  });
})();
