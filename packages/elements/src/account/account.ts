import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  toVitrineError,
  type CustomerRole,
  type Membership,
  type Persona,
  type SignedInCustomer,
  type Storefront,
  type VitrineError,
} from '@vitrine/core';
import { html, LitElement, nothing } from 'lit';
import { errorMessage } from '../shared/error-message.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { styles } from './account.styles.js';

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

/** "Buyer — Atelier Martin SARL", or "Consumer". */
function membershipLabel(membership: Pick<Membership, 'role' | 'company'>): string {
  const role = roleLabel(membership.role);
  return membership.company
    ? msg(str`${role} — ${membership.company.name}`, { id: 'account.membership' })
    : role;
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
 * Closed, it is one button: "Sign in", or the customer's name with the active role. Open, it
 * lists the demo personas to sign in as, or shows the customer's company, a role switcher (when
 * they hold several memberships: prices and allowed actions follow the role) and "Sign out".
 * Escape closes it. Shows nothing for a guest when the backend has no persona sign-in.
 *
 * The role switcher only chooses: the backend decides what each role may do, on every request.
 *
 * @summary The visitor's account: sign in, the active role, sign out.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @csspart trigger - The button that opens and closes the panel.
 * @csspart panel - The panel under it.
 * @csspart persona - Each persona's sign-in button.
 * @csspart role-switcher - The select of the customer's memberships.
 * @csspart sign-out - The sign-out button.
 */
export class VtAccount extends LitElement {
  static override styles = styles;

  static override properties = {
    open: { state: true },
    personas: { state: true },
    announcement: { state: true },
    failure: { state: true },
  };

  declare private open: boolean;
  declare private personas: PersonaList;
  /** What the last action did, for the live region. */
  declare private announcement: string;
  declare private failure: VitrineError | undefined;

  private readonly storefront = new StorefrontController(this, (sf) => [sf.$customer]);
  private acting = false;

  constructor() {
    super();
    this.open = false;
    this.personas = { status: 'idle' };
    this.announcement = '';
    this.failure = undefined;
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
    if (this.open && !storefront.$customer.get().customer && this.personas.status !== 'ready') {
      void this.loadPersonas(storefront);
    }
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
   * is); says what it did, or what went wrong.
   */
  private async act(
    run: () => Promise<SignedInCustomer | undefined | void>,
    done: (customer: SignedInCustomer | undefined) => string,
    closeAfter: boolean,
  ): Promise<void> {
    if (this.acting) return;
    this.acting = true;
    this.failure = undefined;
    this.announcement = '';
    try {
      const customer = (await run()) ?? undefined;
      this.announcement = done(customer);
      if (closeAfter) await this.close();
    } catch (error) {
      this.failure = toVitrineError(error);
    } finally {
      this.acting = false;
    }
  }

  protected override render() {
    const storefront = this.storefront.value;
    if (!storefront) return nothing;
    const session = storefront.$customer.get();
    const customer = session.customer;
    const takesPersonas =
      storefront.adapter.capabilities.signIn.includes('persona') &&
      !!storefront.adapter.listPersonas;
    if (session.status === 'loading') {
      return html`<span class="restoring" aria-busy="true">
        <span class="visually-hidden" role="status">
          ${msg('Loading your account…', { id: 'account.restoring' })}
        </span>
      </span>`;
    }
    if (!customer && !takesPersonas) return html`${this.renderMessage()}`;
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
              : this.renderPersonas(storefront)
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
          ? html`<label class="switcher">
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
