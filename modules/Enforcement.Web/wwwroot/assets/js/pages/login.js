// 登录: user name and password; the host sets the session cookie and the page goes where it was asked.
import { api, describe } from '../api.js';
import { byId, fill, h, notice } from '../dom.js';
import { simpleInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';

function target() {
  const query = new URLSearchParams(location.search);
  const next = query.get('returnUrl') ?? query.get('next');
  // Only a path on this host: never an address elsewhere.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

await startPage({ signIn: false });
const username = simpleInput({ name: 'username', label: '用户名', required: true });
const password = simpleInput({ name: 'password', label: '密码', required: true });
const pw = password.el.querySelector('input');
pw.type = 'password';
pw.autocomplete = 'current-password';
username.el.querySelector('input').autocomplete = 'username';
const status = h('div', { 'aria-live': 'polite' });
const form = h('form', { novalidate: true, id: 'login-form' }, username.el, password.el, status,
  h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '登录')));
form.addEventListener('submit', async event => {
  event.preventDefault();
  const body = { username: username.read().trim(), password: password.read() };
  username.showError(body.username ? null : '请输入用户名');
  password.showError(body.password ? null : '请输入密码');
  if (!body.username) { username.focus(); return; }
  if (!body.password) { password.focus(); return; }
  status.replaceChildren(notice('正在登录…'));
  try {
    await api('/api/auth/login', { method: 'POST', body, allowAnonymous: true });
    location.assign(target());
  } catch (error) {
    status.replaceChildren(notice(error.status === 404 ? '登录服务尚未开放。' : describe(error), 'error'));
    pw.value = '';
    password.focus();
  }
});
fill(byId('login'), form);
username.focus();
ready();
