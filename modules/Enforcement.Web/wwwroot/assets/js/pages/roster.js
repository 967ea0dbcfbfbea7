// 执法人员名册: the brigade's officers with their unit, role, duty status, current certificate and the
// ten prohibitions; one officer's certificates, acknowledgements and recusal interests. The commander
// (who keeps the roster) also gets the forms to register, certify, revoke, set duty, record the
// acknowledgement and interests, and deactivate; every other role reads only.
import { api, describe } from '../api.js';
import { byId, facts, fill, h, notice } from '../dom.js';
import { choiceInput, multiChoiceInput, simpleInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';
import { formatDate, formatDateTime, todayInChina } from '../time.js';

// Who may keep the roster (the host's roster.manage policy): a caller holding one of these roles.
const managerRoles = ['commander', 'admin'];
const roles = [
  { value: 'none', label: '执法队员' }, { value: 'political-commissar', label: '政委' },
  { value: 'brigade-commander', label: '大队长' }, { value: 'shift-lead', label: '带班' },
];
const dutyStatuses = [{ value: 'on-duty', label: '在岗' }, { value: 'off-duty', label: '离岗' }, { value: 'on-leave', label: '请假' }];
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let manager = false;
let departments = [];
let tenProhibitions = null;
let officers = [];
let selected = null;

const departmentName = key => key === 'brigade' ? '综合行政执法大队' : departments.find(d => d.key === key)?.name ?? key;
const fieldNames = keys => (keys ?? []).map(departmentName).join('、');

/** A certificate's state today in words, and whether it counts. */
function certificateState(c) {
  if (c.revokedAt) return { text: `已吊销（${formatDate(c.revokedAt)}）`, good: false };
  if (c.validToday) return { text: '有效', good: true };
  const today = todayInChina();
  if (c.issuedOn > today) return { text: '尚未生效', good: false };
  return { text: '已过期', good: false };
}

function currentCertificate(o) {
  if (!o.certificate) return h('span', { class: 'tag late' }, '无执法证');
  const full = (o.certificates ?? []).find(c => c.number === o.certificate.number);
  const state = full ? certificateState(full) : { text: o.certificate.valid ? '有效' : '无效', good: o.certificate.valid };
  return [
    h('span', {}, `${o.certificate.number}（${fieldNames(o.certificate.fields)}），有效期至 ${formatDate(o.certificate.validUntil)} `),
    h('span', { class: `tag${state.good ? '' : ' late'}` }, state.text),
  ];
}

function acknowledgement(o) {
  return o.acknowledgedCurrent
    ? h('span', { class: 'tag' }, `已确认（${formatDate(o.acknowledgedAt)}）`)
    : h('span', { class: 'tag late' }, '未确认');
}

function rosterTable() {
  if (!officers.length) return notice(manager ? '名册中还没有执法人员，请在“登记执法人员”中登记。' : '名册中还没有执法人员。');
  const columns = ['编号', '姓名', '所属单位', '职务', '在岗状态', '执法证', '十不准'];
  return [
    h('p', { role: 'status' }, `共 ${officers.length} 人，在册 ${officers.filter(o => o.active).length} 人`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'stack', id: 'roster-table' },
      h('thead', {}, h('tr', {}, columns.map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, officers.map(o => h('tr', { dataset: { badge: o.badge }, 'aria-current': o.badge === selected ? 'true' : null },
        h('td', { 'data-label': '编号' }, h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(o.badge === selected),
          onclick: () => select(o.badge) }, `查看 ${o.badge}`)),
        h('td', { 'data-label': '姓名' }, o.name, o.active ? null : [' ', h('span', { class: 'tag late' }, '已停用')]),
        h('td', { 'data-label': '所属单位' }, o.unitName),
        h('td', { 'data-label': '职务' }, o.roleName),
        h('td', { 'data-label': '在岗状态' }, o.duty?.statusName ?? ''),
        h('td', { 'data-label': '执法证' }, currentCertificate(o)),
        h('td', { 'data-label': '十不准' }, acknowledgement(o))))))),
  ];
}

/**
 * A form that posts to the API: clears the field errors, sends, and on a refusal shows the API's
 * Chinese messages (RFC 7807 errors) next to the fields and its detail below the form.
 */
function apiForm({ title, inputs, submit, send, done, extra = [] }) {
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'action', novalidate: true }, h('h3', {}, title), extra, Object.values(inputs).map(i => i.el), status,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, submit)));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    for (const i of Object.values(inputs)) i.showError(null);
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const local = send.check?.() ?? {};
      if (Object.keys(local).length) throw Object.assign(new Error('local'), { local });
      const result = await send();
      status.replaceChildren();
      await done(result);
    } catch (error) {
      const errors = error.local ?? error.errors ?? {};
      let first = null;
      for (const [key, input] of Object.entries(inputs)) {
        const message = Array.isArray(errors[key]) ? errors[key].join('；') : errors[key];
        input.showError(message ?? null);
        if (message && !first) first = input;
      }
      status.replaceChildren(notice(error.local ? '请按提示修改后再提交。' : describe(error), 'error'));
      first?.focus();
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

const trimmed = input => (input.read() ?? '').trim();
const path = badge => `/api/officers/${encodeURIComponent(badge)}`;

async function changed(message, badge) {
  fill(byId('status'), notice(message, 'ok'));
  await loadRoster();
  if (badge) await select(badge, { keepStatus: true });
}

function registerForm() {
  const inputs = {
    badge: simpleInput({ name: 'badge', label: '编号', required: true, hint: '字母、数字和连字符，如 NY-001' }),
    name: simpleInput({ name: 'name', label: '姓名', required: true }),
    unit: choiceInput({ name: 'unit', label: '所属单位', required: true,
      options: [{ value: 'brigade', label: '综合行政执法大队' }, ...departments.map(d => ({ value: d.key, label: `${d.name}（派驻）` }))] }),
    role: choiceInput({ name: 'role', label: '职务', options: roles, placeholder: '执法队员（默认）' }),
    username: simpleInput({ name: 'username', label: '登录名', hint: '可选：该队员登录平台所用的用户名，用于在岗抽查' }),
  };
  inputs.unit.el.querySelector('select').value = 'brigade';
  const send = () => api('/api/officers', { method: 'POST', body: {
    badge: trimmed(inputs.badge), name: trimmed(inputs.name), unit: inputs.unit.read(), role: inputs.role.read() || null,
    username: trimmed(inputs.username) || null,
  } });
  const form = apiForm({ title: '新登记', inputs, submit: '登记', send, done: async o => {
    form.reset();
    inputs.unit.el.querySelector('select').value = 'brigade';
    await changed(`已登记 ${o.name}（${o.badge}）。`, o.badge);
  } });
  return form;
}

function certificateForm(o) {
  const inputs = {
    number: simpleInput({ name: 'number', label: '执法证号', required: true }),
    fields: multiChoiceInput({ name: 'fields', label: '执法领域', required: true, options: departments.map(d => ({ value: d.key, label: d.name })),
      hint: '持证人可执法的部门事项' }),
    issuedOn: simpleInput({ name: 'issuedOn', label: '发证日期', type: 'date', required: true }),
    validUntil: simpleInput({ name: 'validUntil', label: '有效期至', type: 'date', required: true, hint: '含当日' }),
    issuingAuthority: simpleInput({ name: 'issuingAuthority', label: '发证机关', required: true }),
  };
  const send = () => api(`${path(o.badge)}/certificates`, { method: 'POST', body: {
    number: trimmed(inputs.number), fields: inputs.fields.read(), issuedOn: inputs.issuedOn.read() || null,
    validUntil: inputs.validUntil.read() || null, issuingAuthority: trimmed(inputs.issuingAuthority),
  } });
  return apiForm({ title: '登记执法证', inputs, submit: '登记执法证', send,
    done: v => changed(`已为 ${v.name}（${v.badge}）登记执法证。`, v.badge) });
}

function revokeForm(o) {
  const usable = (o.certificates ?? []).filter(c => !c.revokedAt);
  if (!usable.length) return null;
  const inputs = {
    number: choiceInput({ name: 'number', label: '执法证', required: true,
      options: usable.map(c => ({ value: c.number, label: `${c.number}（有效期至 ${formatDate(c.validUntil)}）` })) }),
    reason: simpleInput({ name: 'reason', label: '吊销理由', type: 'textarea', required: true }),
  };
  const send = () => api(`${path(o.badge)}/certificates/${encodeURIComponent(inputs.number.read())}/revoke`,
    { method: 'POST', body: { reason: trimmed(inputs.reason) } });
  send.check = () => inputs.number.read() ? {} : { number: '请选择要吊销的执法证' };
  return apiForm({ title: '吊销执法证', inputs, submit: '吊销', send,
    done: v => changed(`已吊销 ${v.name}（${v.badge}）的执法证 ${inputs.number.read()}。`, v.badge) });
}

function dutyForm(o) {
  const inputs = { status: choiceInput({ name: 'status', label: '在岗状态', required: true, options: dutyStatuses,
    hint: `现为“${o.duty?.statusName ?? ''}”，自 ${formatDateTime(o.duty?.since)} 起` }) };
  const send = () => api(`${path(o.badge)}/duty`, { method: 'POST', body: { status: inputs.status.read() } });
  return apiForm({ title: '调整在岗状态', inputs, submit: '保存在岗状态', send,
    done: v => changed(`${v.name}（${v.badge}）现为“${v.duty.statusName}”。`, v.badge) });
}

function acknowledgementForm(o) {
  const text = tenProhibitions;
  const extra = text
    ? [text.note ? notice(text.note) : null, h('ol', { class: 'prohibitions' }, text.items.map(i => h('li', {}, i))),
      h('p', { class: 'hint' }, '文本 SHA-256：', h('span', { class: 'hash' }, text.hash))]
    : [notice('无法读取现行“十不准”文本。')];
  const send = () => api(`${path(o.badge)}/acknowledgements`, { method: 'POST', body: { textHash: text?.hash ?? null } });
  return apiForm({ title: '确认“十不准”', inputs: {}, extra, submit: '记录已阅读并确认现行“十不准”', send,
    done: v => changed(`已记录 ${v.name}（${v.badge}）确认现行“十不准”。`, v.badge) });
}

function interestForm(o) {
  const inputs = {
    party: simpleInput({ name: 'party', label: '当事人名称', hint: '当事人与案件至少填一项' }),
    caseId: simpleInput({ name: 'caseId', label: '案件标识', hint: '可选：案件页地址 /cases/ 之后的一串字符' }),
    reason: simpleInput({ name: 'reason', label: '回避事由', type: 'textarea', required: true, hint: '如“当事人系其配偶”' }),
  };
  const send = () => api(`${path(o.badge)}/interests`, { method: 'POST', body: {
    party: trimmed(inputs.party) || null, caseId: trimmed(inputs.caseId) || null, reason: trimmed(inputs.reason),
  } });
  send.check = () => trimmed(inputs.caseId) && !guid.test(trimmed(inputs.caseId))
    ? { caseId: '案件标识格式不对：应为案件页地址 /cases/ 之后的 36 位字符' } : {};
  return apiForm({ title: '登记回避事由', inputs, submit: '登记回避事由', send,
    done: v => changed(`已为 ${v.name}（${v.badge}）登记回避事由。`, v.badge) });
}

function deactivateForm(o) {
  const inputs = { reason: simpleInput({ name: 'reason', label: '停用理由', type: 'textarea', required: true, hint: '如“调离大队”“退休”；记录保留，不删除' }) };
  const send = () => api(`${path(o.badge)}/deactivate`, { method: 'POST', body: { reason: trimmed(inputs.reason) } });
  return apiForm({ title: '停用', inputs, submit: '停用该人员', send,
    done: v => changed(`已停用 ${v.name}（${v.badge}）。`, v.badge) });
}

function details(o) {
  const certificates = o.certificates?.length
    ? h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
      h('thead', {}, h('tr', {}, ['证号', '执法领域', '发证日期', '有效期至', '发证机关', '状态'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, o.certificates.map(c => {
        const state = certificateState(c);
        return h('tr', { dataset: { number: c.number } },
          h('td', { 'data-label': '证号' }, c.number),
          h('td', { 'data-label': '执法领域' }, (c.fieldNames ?? []).join('、')),
          h('td', { 'data-label': '发证日期' }, formatDate(c.issuedOn)),
          h('td', { 'data-label': '有效期至' }, formatDate(c.validUntil)),
          h('td', { 'data-label': '发证机关' }, c.issuingAuthority),
          h('td', { 'data-label': '状态' }, h('span', { class: `tag${state.good ? '' : ' late'}` }, state.text),
            c.revocationReason ? ` ${c.revocationReason}` : null));
      }))))
    : notice('没有执法证。');
  const acknowledgements = o.acknowledgements?.length
    ? h('ol', { class: 'timeline' }, o.acknowledgements.map(a => h('li', {},
      h('strong', {}, `${formatDateTime(a.at)} 确认${a.current ? '现行文本' : '旧文本（已不计）'}`), h('div', { class: 'meta' }, `记录人 ${a.recordedBy}`))))
    : notice('尚未确认“十不准”。');
  const interests = o.interests?.length
    ? h('ol', { class: 'timeline' }, o.interests.map(i => h('li', {},
      h('strong', {}, [i.party ? `当事人：${i.party}` : null, i.caseId ? h('a', { href: `/cases/${i.caseId}` }, '相关案件') : null].filter(Boolean)
        .flatMap((x, n) => n ? ['；', x] : [x])),
      h('div', {}, i.reason), h('div', { class: 'meta' }, `${formatDateTime(i.recordedAt)}，记录人 ${i.recordedBy}`))))
    : notice('没有登记回避事由。');
  return [
    h('h3', { id: 'selected-officer', tabindex: '-1' }, `${o.name}（${o.badge}）`),
    facts([
      ['所属单位', o.unitName], ['职务', o.roleName], ['登录名', o.username ?? ''],
      ['在岗状态', `${o.duty?.statusName ?? ''}（自 ${formatDateTime(o.duty?.since)} 起）`],
      ['状态', o.active ? '在册' : `已停用（${formatDate(o.deactivation?.at)}，${o.deactivation?.reason ?? ''}）`],
      ['十不准', o.acknowledgedCurrent ? `已确认现行文本（${formatDateTime(o.acknowledgedAt)}）` : '未确认现行文本'],
    ]),
    h('h3', {}, '执法证'), certificates,
    h('h3', {}, '“十不准”确认记录'), acknowledgements,
    h('h3', {}, '回避事由'), interests,
    manager && o.active
      ? h('div', { class: 'manage', id: 'manage' }, certificateForm(o), revokeForm(o), dutyForm(o), acknowledgementForm(o), interestForm(o), deactivateForm(o))
      : null,
  ];
}

async function select(badge, { keepStatus = false } = {}) {
  selected = badge;
  if (!keepStatus) fill(byId('status'));
  for (const row of document.querySelectorAll('#roster-table tbody tr')) {
    const mine = row.dataset.badge === badge;
    if (mine) row.setAttribute('aria-current', 'true'); else row.removeAttribute('aria-current');
    row.querySelector('button')?.setAttribute('aria-pressed', String(mine));
  }
  const region = byId('detail');
  try {
    const officer = await api(path(badge));
    fill(region, details(officer));
    // After a change the form that was used is gone: the focus goes to the officer it changed.
    if (keepStatus) region.querySelector('#selected-officer')?.focus();
    else region.querySelector('#selected-officer')?.scrollIntoView({ block: 'nearest' });
  } catch (error) {
    fill(region, notice(`无法读取该人员：${describe(error)}`, 'error'));
  }
}

async function loadRoster() {
  try {
    const list = await api('/api/officers');
    officers = Array.isArray(list) ? list : [];
    fill(byId('roster'), rosterTable());
  } catch (error) {
    officers = [];
    fill(byId('roster'), notice(`无法读取执法人员名册：${describe(error)}`, 'error'));
  }
}

await startPage();
const [me, depts, text] = await Promise.allSettled([api('/api/auth/me'), api('/api/workplace/departments'), api('/api/ten-prohibitions')]);
manager = me.status === 'fulfilled' && (me.value?.roles ?? []).some(r => managerRoles.includes(r));
departments = depts.status === 'fulfilled' && Array.isArray(depts.value) ? depts.value : [];
tenProhibitions = text.status === 'fulfilled' ? text.value : null;
await loadRoster();
fill(byId('detail'), notice(officers.length ? '在名册中选择一名执法人员，查看其执法证、“十不准”确认记录和回避事由。' : '名册为空。'));
if (manager) {
  byId('register-panel').hidden = false;
  fill(byId('register'), registerForm());
}
ready();
