// The live connection: the hub says what changed (kind, id, action) and the page loads it again
// through the API. After a reconnect the page reloads, since hints may have been missed meanwhile.
import { byId } from './dom.js';

function show(state, text) {
  const el = byId('live-state');
  if (el) {
    el.textContent = text;
    el.dataset.state = state;
  }
  document.body.dataset.live = state;
}

let current = null;

/** Closes the page's live connection (before signing out, so it does not try to reconnect without a session). */
export async function stopLive() {
  const connection = current;
  current = null;
  if (connection) await connection.stop().catch(() => {});
}

/** handlers: { changed(change), overdue(overdue), reconnected() } */
export function connectLive(handlers) {
  if (!window.signalR) {
    show('unavailable', '实时更新不可用');
    return null;
  }
  const connection = new window.signalR.HubConnectionBuilder()
    .withUrl('/hubs/live')
    .withAutomaticReconnect()
    .configureLogging(window.signalR.LogLevel.Warning)
    .build();
  if (handlers.changed) connection.on('changed', handlers.changed);
  if (handlers.overdue) connection.on('overdue', handlers.overdue);
  connection.onreconnecting(() => show('reconnecting', '实时连接中断，正在重连…'));
  connection.onreconnected(() => { show('connected', '● 实时'); handlers.reconnected?.(); });
  connection.onclose(() => show('closed', '实时连接已断开，请刷新页面'));
  current = connection;
  show('connecting', '正在连接…');
  connection.start()
    .then(() => show('connected', '● 实时'))
    .catch(() => show('closed', '实时更新不可用，请刷新页面'));
  return connection;
}

/** Runs fn once after a burst of calls settles into the same task turn, so ten hints make one reload. */
export function coalesce(fn) {
  let pending = null;
  return () => {
    pending ??= Promise.resolve().then(() => new Promise(r => setTimeout(r, 150))).then(async () => {
      pending = null;
      await fn();
    });
    return pending;
  };
}
