/*
 * Renders take turns on the main thread. A page that creates many elements at once (a
 * catalog of 24 cards, each with its price, the facets, the cart button) would otherwise render
 * them all in one long task, during which the visitor's taps and scrolls wait. Elements render
 * one after the other while the current slice of time lasts; the rest continue in the next
 * task, so no task runs much longer than a slice and the page stays responsive as it fills in.
 */

/** How long one task may spend on renders before yielding, in milliseconds. */
const SLICE_MS = 8;

/** Renders waiting for their turn, first come first served. */
const waiting: (() => void)[] = [];
let pumping = false;
/** When the current task's slice began; undefined between tasks. */
let sliceStart: number | undefined;

/**
 * Runs `callback` in a new task. A message, not setTimeout: nested timeouts are clamped to 4 ms
 * each, which a grid yielding five times would pay in full.
 */
let channel: MessageChannel | undefined;
const queued: (() => void)[] = [];
function later(callback: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
    // Outside a browser (Node), an open port would keep the process alive.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  queued.push(callback);
  channel.port2.postMessage(undefined);
}

function currentSliceStart(): number {
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    // The slice ends with this task: the next task opens its own.
    later(() => (sliceStart = undefined));
  }
  return sliceStart;
}

/** Gives the next render its turn, or waits for the next task once the slice is spent. */
function pump(): void {
  if (performance.now() - currentSliceStart() >= SLICE_MS) {
    later(pump);
    return;
  }
  const next = waiting.shift();
  if (!next) {
    pumping = false;
    return;
  }
  next();
  // The render runs in the microtask its turn queued; the time is looked at again after it.
  queueMicrotask(pump);
}

/** Resolves in a new task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => later(resolve));
}

/**
 * Resolves when it is the caller's turn to render: at once while the current slice lasts,
 * otherwise in a later task. Turns are given one at a time, so each waits for the render
 * before it.
 */
export function renderTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!pumping) {
      pumping = true;
      pump();
    }
  });
}
