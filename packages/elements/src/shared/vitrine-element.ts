import { LitElement } from 'lit';
import { renderTurn } from './render-turn.js';

/**
 * The base of every element: a LitElement whose renders wait for their turn
 * (./render-turn.ts), so that many elements rendering at once — a page filling in, a grid of
 * new results — never block the page for long. An element alone renders at once.
 */
export class VitrineElement extends LitElement {
  /**
   * Render without waiting for a turn: for the rows of a virtual list, which measures each row
   * as soon as it is in the page to know how many more to show.
   */
  renderAtOnce = false;

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.renderAtOnce) return super.scheduleUpdate();
    return renderTurn().then(() => super.scheduleUpdate());
  }
}
