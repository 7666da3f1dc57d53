import { msg, str } from '@lit/localize';
import type { VitrineError } from '@vitrine/core';
import { html, nothing } from 'lit';
import { errorMessage } from '../shared/error-message.js';

/**
 * The shop refused the e-mail address and password (HTTP 401, as Medusa and Vendure answer):
 * typing them again may help, the same ones will not.
 */
export function refusedCredentials(error: VitrineError): boolean {
  return error.code === 'validation' && error.status === 401;
}

/** What a shopper reads when sign-in fails: what happened, what to do, and the shop's words. */
function failureText(error: VitrineError) {
  if (error.code !== 'validation') return html`${errorMessage(error)}`;
  const said = html`<span class="detail"
    >${msg(str`The shop said: ${error.message}`, { id: 'account.password.shopSaid' })}</span
  >`;
  return html`${
    refusedCredentials(error)
      ? msg('Sign-in refused: check your e-mail address and password, then try again.', {
          id: 'account.password.refused',
        })
      : msg('The shop did not sign you in.', { id: 'account.password.failed' })
  }
  ${said}`;
}

export interface PasswordFormState {
  /** A sign-in is under way: the button is disabled, and says so. */
  readonly busy: boolean;
  readonly failure: VitrineError | undefined;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/**
 * The e-mail and password form. Its fields are not bound to any state: the browser and password
 * managers fill them, the submit handler reads them, and the password lives nowhere else.
 */
export function passwordForm({ busy, failure, onSubmit }: PasswordFormState) {
  return html`<form
    part="sign-in-form"
    class="sign-in"
    aria-labelledby="sign-in-heading"
    aria-busy=${busy ? 'true' : 'false'}
    @submit=${onSubmit}
  >
    <p class="heading" id="sign-in-heading">
      ${msg('Sign in to your account', { id: 'account.password.heading' })}
    </p>
    <label class="field">
      <span>${msg('E-mail address', { id: 'account.password.email' })}</span>
      <input
        part="input"
        name="email"
        type="email"
        autocomplete="username"
        autocapitalize="none"
        spellcheck="false"
        required
      />
    </label>
    <label class="field">
      <span>${msg('Password', { id: 'account.password.password' })}</span>
      <input
        part="input"
        name="password"
        type="password"
        autocomplete="current-password"
        required
        aria-describedby=${failure ? 'sign-in-failure' : nothing}
      />
    </label>
    <button part="sign-in-submit" class="button" type="submit" ?disabled=${busy}>
      ${
        busy
          ? msg('Signing in…', { id: 'account.password.signingIn' })
          : msg('Sign in', { id: 'account.signIn' })
      }
    </button>
    ${
      failure
        ? html`<p id="sign-in-failure" class="message failed" role="alert">
            ${failureText(failure)}
          </p>`
        : nothing
    }
  </form>`;
}

/** The e-mail address and password typed in the form. */
export function typedCredentials(form: HTMLFormElement): { email: string; password: string } {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { email: text('email').trim(), password: text('password') };
}
