import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  toVitrineError,
  type CommerceAdapter,
  type CustomerRole,
  type Membership,
  type Persona,
  type SignedInCustomer,
  type Storefront,
  type VitrineError,
} from '@vitrine/core';
import { html, nothing } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { errorMessage } from '../shared/error-message.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { styles } from './account.styles.js';

/** The e-mail and password form, loaded when a guest first opens the panel of such a shop. */
type PasswordFormModule = typeof import('./password-form.js');

type PersonaList =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly personas: readonly Persona[] }
  | { readonly status: 'error'; readonly error: VitrineError };

/** A role as people read it. */
export function roleLabel(role: CustomerRole): string {
  switch (role) {
    case 'consumer':
      return msg('Consumer', { id: 'account.role.consumer' });
    case 'buyer':
      return msg('Buyer', { id: 'account.role.buyer' });
    case 'approver':
      return msg('Approver', { id: 'account.role.approver' });
    case 'admin':
      return msg('Administrator', { id: 'account.role.admin' });
    case 'viewer':
      return msg('Viewer', { id: 'account.role.viewer' });
    case 'seller':
      return msg('Seller', { id: 'account.role.seller' });
    case 'operator':
      return msg('Operator', { id: 'account.role.operator' });
  }
}

/**
 * "Buyer — Atelier Martin SARL", or "Consumer". A backend without roles (Medusa) may still name
 * the customer's company: then the company alone, not "Consumer — ACME GmbH". (Core reads a
 * missing role as `consumer`, so a consumer with a company is taken for such a customer.)
 */
function membershipLabel(membership: Pick<Membership, 'role' | 'company'>): string {
  const { company } = membership;
  if (!company) return roleLabel(membership.role);
  if (membership.role === 'consumer') return company.name;
  const role = roleLabel(membership.role);
  return msg(str`${role} — ${company.name}`, { id: 'account.membership' });
}

/** The ways this shop signs a guest in that the account offers. */
function signInWays(adapter: CommerceAdapter) {
  const kinds = adapter.capabilities.signIn;
  return {
    password: kinds.includes('password') && !!adapter.signIn,
    personas: kinds.includes('persona') && !!adapter.signIn && !!adapter.listPersonas,
  };
}

/** The active membership, as listed; the customer's own role when the backend lists none. */
function activeMembership(customer: SignedInCustomer): Pick<Membership, 'role' | 'company'> {
  return (
    customer.memberships.find((m) => m.id === customer.activeMembershipId) ?? {
      role: customer.role,
      ...(customer.company && { company: customer.company }),
    }
  );
}

/**
 * Closed, it is one button: "Sign in", or the customer's name with the active role (only their
 * company for a backend without roles). Open, it offers what the backend signs in with — an
 * e-mail and password form, the demo personas, or both — or shows the customer's company, a
 * role switcher (when they hold several memberships: prices and allowed actions follow the role)
 * and "Sign out". Escape closes it. Shows nothing for a guest when the backend signs nobody in.
 *
 * The role switcher only chooses: the backend decides what each role may do, on every request.
 *
 * @summary The visitor's account: sign in, the active role, sign out.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @csspart trigger - The button that opens and closes the panel.
 * @csspart panel - The panel under it.
 * @csspart sign-in-form - The e-mail and password form.
 * @csspart input - The e-mail and password fields.
 * @csspart sign-in-submit - The form's sign-in button.
 * @csspart persona - Each persona's sign-in button.
 * @csspart role-switcher - The select of the customer's memberships.
 * @csspart sign-out - The sign-out button.
 */
export class VtAccount extends VitrineElement {
  static override styles = styles;

  static override properties = {
    open: { state: true },
    personas: { state: true },
    announcement: { state: true },
    failure: { state: true },
    signInFailure: { state: true },
    acting: { state: true },
    passwordForm: { state: true },
  };

  declare private open: boolean;
  declare private personas: PersonaList;
  /** What the last action did, for the live region. */
  declare private announcement: string;
  declare private failure: VitrineError | undefined;
  /** Why the e-mail and password did not sign in; shown in the form. */
  declare private signInFailure: VitrineError | undefined;
  /** A session action is under way: one at a time, and the form's button says so. */
  declare private acting: boolean;
  declare private passwordForm: PasswordFormModule | undefined;
  private passwordFormLoading: Promise<PasswordFormModule> | undefined;

  private readonly storefront = new StorefrontController(this, (sf) => [sf.$customer]);

  constructor() {
    super();
    this.open = false;
    this.personas = { status: 'idle' };
    this.announcement = '';
    this.failure = undefined;
    this.signInFailure = undefined;
    this.acting = false;
    this.passwordForm = undefined;
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.closeOnOutsideClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.closeOnOutsideClick);
  }

  private readonly closeOnOutsideClick = (event: MouseEvent) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    void this.close();
  }

  private async close(): Promise<void> {
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part=trigger]')?.focus();
  }

  private toggle(storefront: Storefront): void {
    this.open = !this.open;
    this.failure = undefined;
    this.signInFailure = undefined;
    if (!this.open || storefront.$customer.get().customer) return;
    const ways = signInWays(storefront.adapter);
    if (ways.personas && this.personas.status !== 'ready') void this.loadPersonas(storefront);
    if (ways.password) void this.showPasswordForm();
  }

  private async showPasswordForm(): Promise<void> {
    this.passwordForm = await (this.passwordFormLoading ??= import('./password-form.js'));
    await this.updateComplete;
    // The form is what the shopper opened the panel for: ready to type in.
    this.field('email')?.focus();
  }

  private field(name: 'email' | 'password'): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`input[name=${name}]`);
  }

  private async loadPersonas(storefront: Storefront): Promise<void> {
    this.personas = { status: 'loading' };
    try {
      this.personas = { status: 'ready', personas: await storefront.listPersonas() };
    } catch (error) {
      this.personas = { status: 'error', error: toVitrineError(error) };
    }
  }

  /**
   * Runs a session action, one at a time (controls stay enabled so that focus stays where it
   * is, but for the form's button); says what it did, or what went wrong — in the panel, or
   * through `failed` when the action shows it elsewhere.
   */
  private async act(
    run: () => Promise<SignedInCustomer | undefined | void>,
    done: (customer: SignedInCustomer | undefined) => string,
    closeAfter: boolean,
    failed: (error: VitrineError) => void | Promise<void> = (error) => {
      this.failure = error;
    },
  ): Promise<void> {
    if (this.acting) return;
    this.acting = true;
    this.failure = undefined;
    this.signInFailure = undefined;
    this.announcement = '';
    let failure: VitrineError | undefined;
    try {
      const customer = (await run()) ?? undefined;
      this.announcement = done(customer);
    } catch (error) {
      failure = toVitrineError(error);
    } finally {
      this.acting = false;
    }
    if (failure) await failed(failure);
    else if (closeAfter) await this.close();
  }

  private signInWithPassword(
    event: SubmitEvent,
    storefront: Storefront,
    { typedCredentials, refusedCredentials }: PasswordFormModule,
  ): void {
    event.preventDefault();
    const { email, password } = typedCredentials(event.currentTarget as HTMLFormElement);
    void this.act(
      () => storefront.signIn({ kind: 'password', email, password }),
      (customer) => msg(str`Signed in: ${customer?.name ?? email}`, { id: 'account.signedIn' }),
      true,
      async (error) => {
        this.signInFailure = error;
        await this.updateComplete;
        // The e-mail stays; a refused password is typed again, anything else is tried again.
        const field = this.field('password');
        if (field && refusedCredentials(error)) field.value = '';
        field?.focus();
      },
    );
  }

  protected override render() {
    const storefront = this.storefront.value;
    if (!storefront) return nothing;
    const session = storefront.$customer.get();
    const customer = session.customer;
    const ways = signInWays(storefront.adapter);
    if (session.status === 'loading') {
      return html`<span class="restoring" aria-busy="true">
        <span class="visually-hidden" role="status">
          ${msg('Loading your account…', { id: 'account.restoring' })}
        </span>
      </span>`;
    }
    if (!customer && !ways.password && !ways.personas) return html`${this.renderMessage()}`;
    return html`<div class="account" @keydown=${this.onKeydown}>
      <button
        part="trigger"
        class="trigger"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        aria-busy=${session.pending ? 'true' : 'false'}
        @click=${() => this.toggle(storefront)}
      >
        ${
          customer
            ? html`<span class="name">${customer.name}</span>
                <span class="role">${membershipLabel(activeMembership(customer))}</span>`
            : msg('Sign in', { id: 'account.signIn' })
        }
      </button>
      <div part="panel" id="panel" class="panel" ?hidden=${!this.open}>
        ${
          this.open
            ? customer
              ? this.renderCustomer(storefront, customer)
              : html`${ways.password ? this.renderPasswordForm(storefront) : nothing}
                ${ways.personas ? this.renderPersonas(storefront) : nothing}`
            : nothing
        }
        ${
          this.failure
            ? html`<p class="message failed" role="alert">${errorMessage(this.failure)}</p>`
            : nothing
        }
      </div>
      ${this.renderMessage()}
    </div>`;
  }

  private renderPasswordForm(storefront: Storefront) {
    const form = this.passwordForm;
    if (!form) return nothing;
    return form.passwordForm({
      busy: this.acting,
      failure: this.signInFailure,
      onSubmit: (event) => this.signInWithPassword(event, storefront, form),
    });
  }

  private renderPersonas(storefront: Storefront) {
    const list = this.personas;
    return html`<p class="heading" id="personas-heading">
        ${msg('Sign in as a demo customer', { id: 'account.choosePersona' })}
      </p>
      ${
        list.status === 'ready'
          ? html`<ul aria-labelledby="personas-heading">
              ${list.personas.map(
                (persona) =>
                  html`<li>
                    <button
                      part="persona"
                      class="persona"
                      @click=${() =>
                        this.act(
                          () => storefront.signIn({ kind: 'persona', persona: persona.key }),
                          (customer) =>
                            msg(str`Signed in: ${customer?.name ?? persona.name}`, {
                              id: 'account.signedIn',
                            }),
                          true,
                        )}
                    >
                      <span class="name">${persona.name}</span>
                      <span class="description">${persona.description}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : list.status === 'error'
            ? html`<div class="notice error" role="alert">
                <p>${errorMessage(list.error)}</p>
                <button class="button secondary" @click=${() => this.loadPersonas(storefront)}>
                  ${msg('Try again', { id: 'action.retry' })}
                </button>
              </div>`
            : html`<p class="muted" role="status">
                ${msg('Loading the accounts…', { id: 'account.loadingPersonas' })}
              </p>`
      }`;
  }

  private renderCustomer(storefront: Storefront, customer: SignedInCustomer) {
    const active = activeMembership(customer);
    return html`<p class="who">
        <span class="name">${customer.name}</span>
        ${active.company ? html`<span class="muted">${active.company.name}</span>` : nothing}
      </p>
      ${
        customer.memberships.length > 1
          ? html`<label class="field">
              <span>${msg('Acting as', { id: 'account.actingAs' })}</span>
              <select
                part="role-switcher"
                @change=${(event: Event) => {
                  const select = event.target as HTMLSelectElement;
                  void this.act(
                    () => storefront.switchMembership(select.value),
                    (switched) =>
                      msg(str`Now acting as ${membershipLabel(activeMembership(switched!))}`, {
                        id: 'account.switched',
                      }),
                    false,
                  ).then(() => {
                    // A refused switch: the select shows the role still active.
                    select.value = storefront.$customer.get().customer?.activeMembershipId ?? '';
                  });
                }}
              >
                ${customer.memberships.map(
                  (membership) =>
                    html`<option
                      value=${membership.id}
                      ?selected=${membership.id === customer.activeMembershipId}
                    >
                      ${membershipLabel(membership)}
                    </option>`,
                )}
              </select>
            </label>`
          : // A company without a role (Medusa) is already named above.
            active.role === 'consumer' && active.company
            ? nothing
            : html`<p class="muted">${membershipLabel(active)}</p>`
      }
      <button
        part="sign-out"
        class="button secondary"
        @click=${() =>
          this.act(
            () => storefront.signOut(),
            () => msg('Signed out', { id: 'account.signedOut' }),
            true,
          )}
      >
        ${msg('Sign out', { id: 'account.signOut' })}
      </button>`;
  }

  /** Always rendered, so that announcements are heard; the page shows who is signed in. */
  private renderMessage() {
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}
