import { expect } from '@open-wc/testing';
import { renderTurn } from './render-turn.js';

/** Keeps the main thread busy, as a render does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** A fresh task, so that no slice is open when a check starts. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A task of the page's own, queued now (a message: the task source render turns use too). */
function pageTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = run;
  channel.port2.postMessage(undefined);
}

describe('renderTurn', () => {
  it('lets a render start at once while the slice has time', async () => {
    await nextTask();
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true));
    await renderTurn();
    expect(otherTaskRan).to.equal(false);
  });

  it('moves renders over the slice to later tasks, where the page gets its turn', async () => {
    await nextTask();
    let otherTaskRan = false;
    pageTask(() => (otherTaskRan = true));
    const seen: boolean[] = [];
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        await renderTurn();
        seen.push(otherTaskRan);
        starts.push(performance.now());
        busy(4);
      }),
    );
    expect(seen[0], 'the first render is at once').to.equal(false);
    expect(seen.at(-1), 'a task of the page ran before the last render').to.equal(true);
    // 12 renders of 4 ms do not all run in one task: at most 2–3 fit in one slice of 8 ms.
    const firstTask = seen.filter((ran) => !ran).length;
    expect(firstTask).to.be.within(1, 3);
    // Every render still happens, in the order asked.
    expect(starts).to.have.length(12);
    expect([...starts].sort((a, b) => a - b)).to.deep.equal(starts);
  });
});
