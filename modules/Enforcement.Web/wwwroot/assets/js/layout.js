// The header every page shares: the brigade's name, the pages the caller's role may use (as the host
// judges it, from /api/workplace/menu), who is signed in, sign-out, and the live connection's state.
import { api, endSession, leaveTo, toSignIn } from './api.js';
import { byId, h } from './dom.js';
import { stopLive } from './live.js';

async function signOut() {
  await stopLive();   // first, so it does not try to reconnect without a session
  await endSession();
  leaveTo('/login');
}

function isCurrent(href) {
  return href === '/' ? location.pathname === '/' || location.pathname.startsWith('/work-orders/') || location.pathname.startsWith('/cases/')
    : location.pathname.startsWith(href);
}

/**
 * Builds the header. signIn: the page needs a signed-in caller (public pages pass false).
 * Resolves to the menu answer { signInRequired, signedIn, user, entries }.
 */
export async function startPage({ signIn = true } = {}) {
  const header = byId('site-header');
  const menu = await api('/api/workplace/menu', { allowAnonymous: true });
  if (signIn && menu.signInRequired && !menu.signedIn) {
    toSignIn();
    return new Promise(() => {});   // the page is leaving
  }
  const nav = h('nav', { 'aria-label': '主导航' }, h('ul', {}, menu.entries.map(e =>
    h('li', {}, h('a', { href: e.href, 'aria-current': isCurrent(e.href) ? 'page' : null }, e.label)))));
  const live = h('span', { class: 'live', id: 'live-state', role: 'status' });
  const who = menu.signedIn
    ? h('div', { class: 'who' }, h('span', { class: 'user' }, menu.user.displayName ?? menu.user.name), ' ',
      h('button', { type: 'button', class: 'link', onclick: signOut }, '退出'))
    : menu.signInRequired ? h('div', { class: 'who' }, h('a', { href: '/login' }, '工作人员登录')) : null;
  header.replaceChildren(
    h('div', { class: 'bar' }, h('a', { class: 'brand', href: menu.signedIn || !menu.signInRequired ? '/' : '/public/power-list' },
      h('img', { src: '/assets/favicon.svg', alt: '', width: 28, height: 28 }), h('span', {}, '街道综合行政执法平台')), live, who),
    nav);
  return menu;
}

/** Marks the page as loaded (its first data is on screen), for people's tools and the browser tests. */
export function ready() {
  document.body.dataset.ready = '1';
}
