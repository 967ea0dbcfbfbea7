// Clocks count down on the page between loads. The server says how many seconds were left when it
// answered; the page counts from there with the browser's monotonic clock, so a wrong clock on the
// officer's phone does not move a deadline.
import { h } from './dom.js';
import { remainingText } from './time.js';

const ticking = new Set();

function paint(entry) {
  const left = entry.seconds - (performance.now() - entry.from) / 1000;
  entry.el.textContent = remainingText(left);
  entry.el.classList.toggle('late', left < 0);
  entry.el.classList.toggle('soon', left >= 0 && left < 600);
}

setInterval(() => {
  for (const entry of ticking) {
    if (!entry.el.isConnected) ticking.delete(entry);
    else paint(entry);
  }
}, 1000);

/** A live "剩余 … / 已超时 …" for a running or overdue clock; its state's name otherwise. */
export function countdown(clock) {
  if (clock.state === 'paused') {
    return h('span', { class: 'clock-state state-paused' }, `${clock.stateName}（${remainingText(clock.remainingSeconds)}）`);
  }
  if (clock.state !== 'running' && clock.state !== 'overdue') {
    return h('span', { class: `clock-state state-${clock.state}` }, clock.stateName);
  }
  const el = h('span', { class: 'countdown', 'aria-live': 'off' });
  const entry = { el, seconds: clock.remainingSeconds, from: performance.now() };
  paint(entry);
  ticking.add(entry);
  return el;
}

/** The clock due soonest among those still running or overdue, or null. */
export function nearest(clocks) {
  const live = (clocks ?? []).filter(c => c.state === 'running' || c.state === 'overdue');
  live.sort((a, b) => a.remainingSeconds - b.remainingSeconds);
  return live[0] ?? null;
}
