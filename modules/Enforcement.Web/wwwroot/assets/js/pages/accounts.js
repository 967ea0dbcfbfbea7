// 账户与密钥: the administrator's page. The staff's accounts (create, reset a password, unlock,
// deactivate) and the channels' API keys (issue — the key is shown once —, list, revoke).
import { api, describe } from '../api.js';
import { byId, fill, h, notice } from '../dom.js';
import { choiceInput, multiChoiceInput, simpleInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';
import { formatDateTime } from '../time.js';

/** The roles a person may hold (the channel role belongs to API keys only), as Roles.cs names them. */
const roles = [
  { value: 'dispatcher', label: '调度员' },
  { value: 'officer', label: '执法队员' },
  { value: 'commander', label: '指挥长（大队长、政委、带班）' },
  { value: 'liaison', label: '部门联络员' },
  { value: 'district-admin', label: '区级管理员' },
  { value: 'auditor', label: '审计员' },
  { value: 'admin', label: '系统管理员' },
];
const roleNames = new Map([...roles.map(r => [r.value, r.label.replace(/（.*$/, '')]), ['channel', '渠道接口']]);

/** The channels a key may deliver for (Channels.cs). */
const channels = [
  { value: '12345', label: '12345热线' }, { value: 'district-platform', label: '区社会管理综合平台' },
  { value: 'resident', label: '居民投诉（Open311 应用）' }, { value: 'media', label: '媒体曝光' }, { value: 'patrol', label: '巡查发现' },
];

let departments = new Map();

/** Replaces a row's buttons by a question with 确认 / 取消; confirming runs the action. */
function confirmInline(cell, question, confirmLabel, action) {
  const buttons = [...cell.childNodes];
  const cancel = h('button', { type: 'button', class: 'secondary' }, '取消');
  const yes = h('button', { type: 'button', class: 'secondary' }, confirmLabel);
  cancel.addEventListener('click', () => { cell.replaceChildren(...buttons); buttons[0]?.focus?.(); });
  yes.addEventListener('click', () => { yes.disabled = true; action(); });
  cell.replaceChildren(h('span', { role: 'alert' }, question), ' ', yes, ' ', cancel);
  yes.focus();
}

// ---- Accounts ----------------------------------------------------------------------------------

function state(u) {
  if (!u.active) return '已停用';
  if (u.lockedUntil && new Date(u.lockedUntil) > new Date()) return `已锁定，至 ${formatDateTime(u.lockedUntil)}`;
  return u.failedAttempts > 0 ? `正常（已连续输错 ${u.failedAttempts} 次）` : '正常';
}

function userActions(u, status, reset) {
  const cell = h('td', { 'data-label': '操作' });
  const run = async (path, done) => {
    try {
      await api(path, { method: 'POST' });
      status.replaceChildren(notice(done, 'ok'));
    } catch (error) {
      status.replaceChildren(notice(`${u.username}：${describe(error)}`, 'error'));
    }
    await loadUsers();
  };
  const path = `/api/users/${encodeURIComponent(u.username)}`;
  const unlock = u.active && (u.lockedUntil || u.failedAttempts > 0)
    ? h('button', { type: 'button', class: 'secondary', 'aria-label': `解除 ${u.username} 的锁定` }, '解除锁定') : null;
  unlock?.addEventListener('click', () => run(`${path}/unlock`, `已解除 ${u.username} 的锁定。`));
  const password = u.active
    ? h('button', { type: 'button', class: 'secondary', 'aria-label': `重设 ${u.username} 的密码` }, '重设密码') : null;
  password?.addEventListener('click', () => reset(u));
  const deactivate = u.active
    ? h('button', { type: 'button', class: 'secondary', 'aria-label': `停用 ${u.username}` }, '停用') : null;
  deactivate?.addEventListener('click', () => confirmInline(cell, `停用 ${u.username} 后不能再登录，且不能恢复。确定停用？`, '确认停用',
    () => run(`${path}/deactivate`, `已停用 ${u.username}。`)));
  const buttons = [unlock, password, deactivate].filter(Boolean);
  if (buttons.length === 0) cell.append('—');
  buttons.forEach((b, i) => cell.append(...(i ? [' ', b] : [b])));
  return cell;
}

function resetForm(u, region, status) {
  const password = simpleInput({ name: 'newPassword', label: `${u.username} 的新密码`, type: 'password', required: true, hint: '至少 10 位；该账户已登录的会话随之失效' });
  const cancel = h('button', { type: 'button' }, '取消');
  const form = h('form', { novalidate: true, 'aria-label': `重设 ${u.username} 的密码` }, password.el,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '保存新密码'), cancel));
  cancel.addEventListener('click', () => region.replaceChildren());
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api(`/api/users/${encodeURIComponent(u.username)}/password`, { method: 'POST', body: { password: password.read() } });
      region.replaceChildren();
      status.replaceChildren(notice(`已重设 ${u.username} 的密码。`, 'ok'));
    } catch (error) {
      password.showError(error.errors?.password?.join('；') ?? describe(error));
      password.focus();
    }
  });
  fill(region, form);
  password.focus();
}

const usersStatus = h('div', { 'aria-live': 'polite' });
const resetRegion = h('div', {});

async function loadUsers() {
  try {
    const users = await api('/api/users');
    const reset = u => resetForm(u, resetRegion, usersStatus);
    fill(byId('users'), usersStatus, resetRegion,
      h('p', { role: 'status' }, `共 ${users.length} 个账户`),
      h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
        h('thead', {}, h('tr', {}, ['用户名', '姓名', '角色', '部门', '执法证号', '状态', '操作'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, users.map(u => h('tr', { dataset: { user: u.username } },
          h('td', { 'data-label': '用户名' }, u.username),
          h('td', { 'data-label': '姓名' }, u.displayName),
          h('td', { 'data-label': '角色' }, u.roles.map(r => roleNames.get(r) ?? r).join('、')),
          h('td', { 'data-label': '部门' }, u.department ? departments.get(u.department) ?? u.department : '—'),
          h('td', { 'data-label': '执法证号' }, u.badge ?? '—'),
          h('td', { 'data-label': '状态' }, state(u)),
          userActions(u, usersStatus, reset)))))));
    return null;
  } catch (error) {
    fill(byId('users'), notice(`无法读取账户：${describe(error)}`, 'error'));
    return error;
  }
}

function createForm() {
  const inputs = {
    username: simpleInput({ name: 'username', label: '用户名', required: true, hint: '2–32 位小写字母、数字或 . _ -，如 wang.wei' }),
    displayName: simpleInput({ name: 'displayName', label: '姓名', required: true }),
    password: simpleInput({ name: 'password', label: '初始密码', type: 'password', required: true, hint: '至少 10 位，不能含用户名' }),
    roles: multiChoiceInput({ name: 'roles', label: '角色', required: true, options: roles }),
    department: choiceInput({ name: 'department', label: '所属部门', hint: '只有部门联络员注明部门；联络员只看到本部门的联合执法案件',
      options: [...departments].map(([value, label]) => ({ value, label })) }),
    badge: simpleInput({ name: 'badge', label: '执法证号', hint: '执法队员填写（或在执法人员名册中登记其登录名）：队员只能办理派给（或列明）本证号的案件' }),
  };
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { novalidate: true }, Object.values(inputs).map(i => i.el), status,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '新建账户')));
  const showDepartment = () => { inputs.department.el.hidden = !inputs.roles.read().includes('liaison'); };
  inputs.roles.el.addEventListener('change', showDepartment);
  showDepartment();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const read = k => inputs[k].read().trim();
    const body = {
      username: read('username'), displayName: read('displayName'), password: inputs.password.read(), roles: inputs.roles.read(),
      department: inputs.roles.read().includes('liaison') ? read('department') || null : null, badge: read('badge') || null,
    };
    try {
      const created = await api('/api/users', { method: 'POST', body });
      for (const i of Object.values(inputs)) i.showError(null);
      form.reset();
      showDepartment();
      status.replaceChildren(notice(`已新建账户 ${created.username}（${created.displayName}）。`, 'ok'));
      await loadUsers();
    } catch (error) {
      let first = null;
      for (const [k, i] of Object.entries(inputs)) {
        const message = error.errors?.[k]?.join('；') ?? null;
        i.showError(message);
        if (message && !first) first = i;
      }
      status.replaceChildren(notice(describe(error), 'error'));
      first?.focus();
    }
  });
  return form;
}

// ---- Channel keys ------------------------------------------------------------------------------

const keysStatus = h('div', { 'aria-live': 'polite' });

async function loadKeys() {
  try {
    const keys = await api('/api/channel-keys');
    fill(byId('keys'), keysStatus,
      keys.length === 0 ? notice('尚未签发接口密钥。') : h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
        h('thead', {}, h('tr', {}, ['渠道', '用途', '密钥尾号', '签发', '状态', '操作'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, keys.map(k => {
          const cell = h('td', { 'data-label': '操作' });
          if (k.active) {
            const revoke = h('button', { type: 'button', class: 'secondary', 'aria-label': `吊销 ${k.name}` }, '吊销');
            revoke.addEventListener('click', () => confirmInline(cell, `吊销后使用该密钥的系统将无法再推送工单。确定吊销“${k.name}”？`, '确认吊销',
              async () => {
                try {
                  await api(`/api/channel-keys/${k.id}/revoke`, { method: 'POST' });
                  keysStatus.replaceChildren(notice(`已吊销“${k.name}”。`, 'ok'));
                } catch (error) {
                  keysStatus.replaceChildren(notice(describe(error), 'error'));
                }
                await loadKeys();
              }));
            cell.append(revoke);
          } else cell.append('—');
          return h('tr', { dataset: { key: k.id } },
            h('td', { 'data-label': '渠道' }, k.channelName),
            h('td', { 'data-label': '用途' }, k.name),
            h('td', { 'data-label': '密钥尾号' }, h('span', { class: 'hash' }, `…${k.hint}`)),
            h('td', { 'data-label': '签发' }, `${formatDateTime(k.issuedAt)}，${k.issuedBy}`),
            h('td', { 'data-label': '状态' }, k.active ? '有效' : `已吊销（${formatDateTime(k.revokedAt)}，${k.revokedBy ?? ''}）`),
            cell);
        })))));
  } catch (error) {
    fill(byId('keys'), notice(`无法读取接口密钥：${describe(error)}`, 'error'));
  }
}

function issueForm() {
  const inputs = {
    channel: choiceInput({ name: 'channel', label: '渠道', required: true, options: channels, hint: '该密钥只能推送和回读本渠道的工单' }),
    name: simpleInput({ name: 'name', label: '用途名称', required: true, hint: '如“市12345热线对接”；记录中以“渠道:用途”标明调用方' }),
  };
  const shown = h('div', { 'aria-live': 'polite' });
  const form = h('form', { novalidate: true }, Object.values(inputs).map(i => i.el),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '签发密钥')), shown);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const issued = await api('/api/channel-keys', { method: 'POST', body: { channel: inputs.channel.read(), name: inputs.name.read().trim() } });
      for (const i of Object.values(inputs)) i.showError(null);
      form.reset();
      const secretId = 'issued-key';
      fill(shown,
        h('p', { class: 'alert', role: 'alert' }, `已为 ${issued.channelName}“${issued.name}”签发密钥。密钥只显示一次，请立即保存；关闭或刷新本页后无法再查看。`),
        h('label', { for: secretId }, '接口密钥（X-Api-Key）'),
        h('input', { type: 'text', id: secretId, readonly: true, value: issued.key, class: 'hash', autocomplete: 'off' }));
      byId(secretId).select();
      byId(secretId).focus();
      await loadKeys();
    } catch (error) {
      shown.replaceChildren(notice(describe(error), 'error'));
      for (const [k, i] of Object.entries(inputs)) i.showError(error.errors?.[k]?.join('；') ?? null);
    }
  });
  return form;
}

await startPage();
try {
  departments = new Map((await api('/api/workplace/departments')).map(d => [d.key, d.name]));
} catch {
  departments = new Map();   // the names are a nicety; the users' list says why it cannot be read
}
const refused = await loadUsers();
if (!refused) {
  fill(byId('create'), createForm());
  fill(byId('issue'), issueForm());
  await loadKeys();
} else {
  // No forms for a caller the API refuses; the keys would be refused for the same reason.
  fill(byId('keys'), notice(`无法读取接口密钥：${describe(refused)}`, 'error'));
  if (refused.status === 403) fill(byId('problem'), notice('此页面仅供系统管理员使用。', 'error'));
}
ready();
