// 执法监控指挥室: every open case on its clocks with overdue alerts, the officers on duty and the case
// each is on, and the random duty checks — list today's, check someone now, confirm one's own.
import { api, describe } from '../api.js';
import { countdown, nearest } from '../clocks.js';
import { byId, fill, h, notice } from '../dom.js';
import { choiceInput } from '../inputs.js';
import { coalesce, connectLive } from '../live.js';
import { ready, startPage } from '../layout.js';
import { formatDateTime } from '../time.js';

let me = null;
let cases = [];
let officers = [];
const alerts = new Map();

function board() {
  if (!cases.length) return notice('目前没有在办案件。');
  return h('ul', { class: 'cards board' }, cases.map(c => {
    const clock = nearest(c.clocks);
    return h('li', { class: `card${c.isOverdue ? ' late' : clock && clock.remainingSeconds < 600 ? ' soon' : ''}`, dataset: { id: c.id } },
      h('div', { class: 'top' }, h('a', { class: 'number', href: `/cases/${c.id}` }, c.number), h('span', { class: 'tag' }, c.statusName),
        c.isMajor ? h('span', { class: 'tag major' }, '重大复杂') : null, c.isOverdue ? h('span', { class: 'tag late' }, '已超时') : null),
      h('p', { class: 'text' }, `${c.itemName}（${c.departmentName}）`),
      h('div', { class: 'meta' }, (c.clocks ?? []).filter(k => k.state === 'running' || k.state === 'overdue')
        .map(k => h('span', {}, `${k.name}：`, countdown(k))),
      c.officers?.length ? h('span', {}, `执法人员：${c.officers.join('、')}`) : h('span', {}, '未派遣')));
  }));
}

function alertList() {
  const overdue = cases.filter(c => c.isOverdue);
  const items = [...new Set([...alerts.keys(), ...overdue.map(c => c.id)])].map(id => {
    const c = cases.find(x => x.id === id);
    const clocks = alerts.get(id) ?? (c?.clocks ?? []).filter(k => k.state === 'overdue').map(k => k.kind);
    const names = clocks.map(kind => c?.clocks.find(k => k.kind === kind)?.name ?? kind).join('、');
    return h('li', {}, '超时告警：', h('a', { href: `/cases/${id}` }, `案件 ${c?.number ?? id}`), `　${names}已超时`);
  });
  return items.length ? h('ul', { class: 'alert' }, items) : null;
}

function officerList() {
  const onDuty = officers.filter(o => o.active !== false && o.duty?.status === 'on-duty');
  if (!onDuty.length) return notice('目前没有在岗队员。');
  const caseOf = badge => cases.find(c => c.officers?.includes(badge));
  return h('table', { class: 'stack' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '队员'), h('th', { scope: 'col' }, '单位'), h('th', { scope: 'col' }, '当前案件'))),
    h('tbody', {}, onDuty.map(o => {
      const c = caseOf(o.badge);
      return h('tr', {}, h('td', { 'data-label': '队员' }, `${o.name}（${o.badge}）${o.roleName && o.role !== 'none' ? ` ${o.roleName}` : ''}`),
        h('td', { 'data-label': '单位' }, o.unitName ?? ''),
        h('td', { 'data-label': '当前案件' }, c ? h('a', { href: `/cases/${c.id}` }, `${c.number} ${c.statusName}`) : '空闲'));
    })));
}

function isMine(check) {
  if (!me) return false;
  const officer = officers.find(o => o.badge === check.badge);
  return me.name === check.badge || (officer?.username && officer.username.toLowerCase() === me.name.toLowerCase());
}

async function checksRegion() {
  let checks;
  try {
    checks = await api('/api/duty-checks');
  } catch (error) {
    return [notice(`无法读取在岗抽查：${describe(error)}`)];
  }
  const status = h('div', { 'aria-live': 'polite' });
  const pick = choiceInput({ name: 'badge', label: '抽查对象', placeholder: '随机抽取一名在岗队员',
    options: officers.filter(o => o.duty?.status === 'on-duty').map(o => ({ value: o.badge, label: `${o.name}（${o.badge}）` })) });
  const trigger = h('form', { novalidate: true }, pick.el, h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '立即抽查')));
  trigger.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const badge = pick.read();
      await api('/api/duty-checks', { method: 'POST', body: badge ? { badge } : {} });
      status.replaceChildren(notice('已发出抽查。', 'ok'));
      await loadChecks();
    } catch (error) {
      status.replaceChildren(notice(describe(error), 'error'));
    }
  });
  const confirm = async check => {
    try {
      await api(`/api/duty-checks/${check.id}/confirm`, { method: 'POST' });
      status.replaceChildren(notice('已确认在岗。', 'ok'));
      await loadChecks();
    } catch (error) {
      status.replaceChildren(notice(describe(error), 'error'));
    }
  };
  const list = checks.length
    ? h('ul', { class: 'cards checks' }, checks.map(c => h('li', { class: `card${c.result === 'missed' ? ' late' : ''}`, dataset: { id: c.id } },
      h('div', { class: 'top' }, h('strong', {}, `${c.officerName}（${c.badge}）`), h('span', { class: 'tag' }, c.resultName), h('span', { class: 'tag' }, c.triggerName)),
      h('p', { class: 'meta' }, `发出 ${formatDateTime(c.issuedAt)}，须于 ${formatDateTime(c.dueBy)} 前确认${c.confirmedAt ? `，${formatDateTime(c.confirmedAt)} 已确认` : ''}`),
      c.result === 'pending' && isMine(c) ? h('button', { type: 'button', class: 'primary', onclick: () => confirm(c) }, '确认本人在岗') : null)))
    : notice('今日尚无抽查。');
  return [list, trigger, status];
}

async function loadChecks() {
  fill(byId('checks'), await checksRegion());
}

async function load() {
  const [c, o] = await Promise.allSettled([api('/api/cases'), api('/api/officers')]);
  cases = c.value ?? [];
  officers = o.status === 'fulfilled' ? (Array.isArray(o.value) ? o.value : []) : [];
  fill(byId('board'), c.status === 'fulfilled' ? board() : notice(`无法读取案件：${describe(c.reason)}`, 'error'));
  fill(byId('alerts'), alertList());
  fill(byId('officers'), o.status === 'fulfilled' ? officerList() : notice(`无法读取队员名册：${describe(o.reason)}`));
  if (o.status === 'fulfilled') await loadChecks();
  else fill(byId('checks'), notice('队员名册不可用，暂不能抽查。'));
}

const menu = await startPage();
me = menu.user;
await load();
ready();
const reload = coalesce(load);
connectLive({
  changed: change => { if (['case', 'officer', 'duty-check'].includes(change.entityType)) reload(); },
  overdue: o => {
    alerts.set(o.caseId, [...new Set([...(alerts.get(o.caseId) ?? []), o.clock])]);
    reload();
  },
  reconnected: () => reload(),
});
