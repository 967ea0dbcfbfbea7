// 统一收件箱: every open work order and case in one list, nearest deadline first, with filters.
// Work orders come from the inbox, deadlines from their cases; a case's "me too" calls show as a count.
import { api, describe } from '../api.js';
import { byId, fill, h, notice } from '../dom.js';
import { countdown, nearest } from '../clocks.js';
import { coalesce, connectLive } from '../live.js';
import { choiceInput, checkboxInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';
import { formatDateTime } from '../time.js';

const channels = [
  { value: '12345', label: '12345热线' }, { value: 'district-platform', label: '区社会管理综合平台' },
  { value: 'media', label: '媒体曝光' }, { value: 'resident', label: '居民投诉' }, { value: 'patrol', label: '巡查发现' },
];

let rows = [];
let departments = new Map();
const filters = {};

function toRows(orders, cases) {
  const byCase = new Map(cases.map(c => [c.id, c]));
  const shown = new Set();
  const out = [];
  const calls = new Map();
  for (const w of orders) if (w.caseId && w.caseId !== byCase.get(w.caseId)?.workOrderId) calls.set(w.caseId, (calls.get(w.caseId) ?? 0) + 1);
  for (const w of orders) {
    const c = w.caseId ? byCase.get(w.caseId) : null;
    if (c && (shown.has(c.id) || c.workOrderId !== w.id)) continue;
    if (c) shown.add(c.id);
    out.push(row(w, c, calls.get(c?.id) ?? 0));
  }
  for (const c of cases) if (!shown.has(c.id)) out.push(row(null, c, calls.get(c.id) ?? 0));
  return out;
}

function row(order, kase, meToo) {
  const clock = kase ? nearest(kase.clocks) : null;
  return {
    order, kase, meToo, clock,
    id: kase?.id ?? order.id,
    status: kase ? `case:${kase.status}` : `order:${order.status}`,
    statusName: kase ? kase.statusName : order.statusName,
    department: kase?.department ?? order?.suggestions?.[0]?.department ?? null,
    channel: order?.channel ?? null,
    due: clock ? clock.remainingSeconds : Infinity,
    received: order ? Date.parse(order.receivedAt) : Date.parse(kase.openedAt),
  };
}

function matches(r) {
  if (filters.channel && r.channel !== filters.channel) return false;
  if (filters.status && r.status !== filters.status) return false;
  if (filters.department && r.department !== filters.department) return false;
  if (filters.overdue && !r.kase?.isOverdue) return false;
  if (filters.major && !r.kase?.isMajor) return false;
  return true;
}

function card(r) {
  const o = r.order, c = r.kase;
  const href = c ? `/cases/${c.id}` : `/work-orders/${o.id}`;
  const late = c?.isOverdue || (r.clock && r.clock.remainingSeconds < 0);
  return h('li', { class: `card${late ? ' late' : r.clock && r.clock.remainingSeconds < 600 ? ' soon' : ''}`, dataset: { id: r.id } },
    h('div', { class: 'top' },
      h('a', { class: 'number', href }, c ? `${c.number}` : o.number),
      o ? h('span', { class: 'tag' }, o.channelName) : null,
      h('span', { class: 'tag' }, r.statusName),
      c?.isMajor ? h('span', { class: 'tag major' }, '重大复杂') : null,
      late ? h('span', { class: 'tag late' }, '已超时') : null,
      r.meToo ? h('span', { class: 'tag' }, `另有 ${r.meToo} 件重复来电`) : null),
    h('p', { class: 'text' }, o ? o.text : c.itemName),
    h('div', { class: 'meta' },
      o?.address ? h('span', {}, `地点：${o.address}`) : null,
      h('span', {}, `${o ? '接收' : '立案'}：${formatDateTime(o ? o.receivedAt : c.openedAt)}`),
      c ? h('span', {}, `事项：${c.itemName}（${c.departmentName}）`) : null,
      r.clock ? h('span', {}, `${r.clock.name}：`, countdown(r.clock)) : null,
      !c && o?.needsManualTriage ? h('span', {}, '需人工分拨') : null));
}

function render() {
  const visible = rows.filter(matches).sort((a, b) => a.due - b.due || b.received - a.received);
  byId('summary').textContent = `共 ${rows.length} 件，当前显示 ${visible.length} 件（按最近时限排序）`;
  fill(byId('work-list'), visible.length ? visible.map(card) : h('li', {}, notice('没有符合条件的工单或案件。')));
}

function statusOptions() {
  const seen = new Map(rows.map(r => [r.status, r.statusName]));
  if (filters.status && !seen.has(filters.status)) seen.set(filters.status, filters.status);
  return [...seen].map(([value, label]) => ({ value, label }));
}

function buildFilters() {
  const form = byId('filters');
  const channel = choiceInput({ name: 'channel', label: '来源渠道', options: channels, placeholder: '全部' });
  const status = choiceInput({ name: 'status', label: '状态', options: statusOptions(), placeholder: '全部' });
  const department = choiceInput({ name: 'department', label: '部门', options: [...departments].map(([value, label]) => ({ value, label })), placeholder: '全部' });
  const overdue = checkboxInput({ name: 'overdue', label: '仅看已超时' });
  const major = checkboxInput({ name: 'major', label: '仅看重大复杂案件' });
  for (const [key, input] of Object.entries({ channel, status, department, overdue, major })) {
    const control = input.el.querySelector('select, input');
    if (control.type === 'checkbox') control.checked = !!filters[key];
    else control.value = filters[key] ?? '';
    control.addEventListener('change', () => {
      filters[key] = input.read() || null;
      render();
    });
  }
  fill(form, channel.el, status.el, department.el, overdue.el, major.el);
}

async function load() {
  const problem = byId('inbox-problem');
  problem.replaceChildren();
  const [orders, cases] = await Promise.allSettled([api('/api/inbox'), api('/api/cases')]);
  if (orders.status === 'rejected') problem.append(notice(`无法读取工单：${describe(orders.reason)}`, 'error'));
  if (cases.status === 'rejected') problem.append(notice(`无法读取案件：${describe(cases.reason)}`, 'error'));
  rows = toRows(orders.value ?? [], cases.value ?? []);
  const status = byId('filters').querySelector('select[name="status"]');
  if (status) {
    const current = status.value;
    status.replaceChildren(h('option', { value: '' }, '全部'), statusOptions().map(o => h('option', { value: o.value }, o.label)));
    status.value = current;
  }
  render();
}

await startPage();
try {
  const modules = await api('/api/workplace/departments');
  departments = new Map(modules.map(m => [m.key, m.name]));
} catch (error) {
  byId('inbox-problem').append(notice(`无法读取部门列表：${describe(error)}`, 'error'));
}
buildFilters();
await load();
ready();
const reload = coalesce(load);
connectLive({
  changed: change => { if (change.entityType === 'work-order' || change.entityType === 'case') reload(); },
  overdue: () => reload(),
  reconnected: () => reload(),
});
