// 分拨: one work order, the modules' suggested items with their legal basis, and the dispatcher's
// decision — accept a suggestion, or choose another item with a reason. Either opens a case.
import { api, describe } from '../api.js';
import { byId, facts, fill, h, notice } from '../dom.js';
import { coalesce, connectLive } from '../live.js';
import { checkboxInput, choiceInput, simpleInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';
import { formatDateTime } from '../time.js';

const id = location.pathname.split('/').pop();
let departments = new Map();
let items = null;

async function accept(body, status) {
  status.replaceChildren(notice('正在立案…'));
  try {
    const opened = await api(`/api/inbox/${id}/accept`, { method: 'POST', body });
    location.assign(`/cases/${opened.caseId}`);
  } catch (error) {
    const fieldErrors = Object.values(error.errors ?? {}).flat();
    status.replaceChildren(notice(describe(error), 'error'), fieldErrors.length ? h('ul', { class: 'errors' }, fieldErrors.map(t => h('li', {}, t))) : null);
  }
}

function orderFacts(o) {
  return [
    facts([
      ['工单编号', o.number], ['来源渠道', o.channelName], ['状态', o.statusName], ['反映时间', formatDateTime(o.reportedAt)],
      ['接收时间', formatDateTime(o.receivedAt)], ['地点', o.address], ['诉求内容', o.text],
    ]),
    o.notEnforcement ? notice(`系统判断可能不属于执法事项（${o.notEnforcement.categoryName}）：${o.notEnforcement.reason}`) : null,
    Object.keys(o.triageFailures ?? {}).length
      ? h('div', {}, notice('以下部门模块未能答复，请人工判断：', 'error'),
        h('ul', {}, Object.entries(o.triageFailures).map(([k, v]) => h('li', {}, `${departments.get(k) ?? k}：${v}`))))
      : null,
    o.caseId ? notice(h('span', {}, '已立案：', h('a', { href: `/cases/${o.caseId}` }, `案件 ${o.caseNumber}`))) : null,
  ];
}

function suggestionList(o, open) {
  const status = h('div', { 'aria-live': 'polite' });
  const major = checkboxInput({ name: 'major', label: '认定为重大复杂案件（1 日内提出处置意见，15 日内办结）' });
  const retriage = h('button', { type: 'button', class: 'secondary' }, '重新征询各部门模块');
  retriage.addEventListener('click', async () => {
    try { await api(`/api/inbox/${id}/triage`, { method: 'POST' }); await load(); } catch (error) { status.replaceChildren(notice(describe(error), 'error')); }
  });
  if (!o.suggestions.length) return [notice('没有部门模块认为此工单属于其事项，请在右侧选择事项并说明理由。'), open ? retriage : null, status];
  return [
    open ? major.el : null,
    h('ol', { class: 'cards suggestions' }, o.suggestions.map(s => h('li', { class: 'card' },
      h('div', { class: 'top' }, h('strong', {}, s.itemName), h('span', { class: 'tag' }, departments.get(s.department) ?? s.department),
        h('span', { class: 'tag' }, `匹配度 ${Math.round(s.score * 100)}%`)),
      h('p', { class: 'meta' }, `事项编号 ${s.itemCode}；处罚依据：${s.legalBasis.citation}`),
      open ? h('button', { type: 'button', class: 'primary', 'aria-label': `采纳并立案：${s.itemName}`,
        onclick: () => accept({ itemCode: s.itemCode, isMajor: major.read() }, status) }, '采纳并立案') : null))),
    open ? retriage : null, status,
  ];
}

function overrideForm(o) {
  const groups = new Map();
  for (const item of items) {
    if (!groups.has(item.department)) groups.set(item.department, []);
    groups.get(item.department).push(item);
  }
  const select = choiceInput({ name: 'itemCode', label: '执法事项', required: true, options: [] });
  const control = select.el.querySelector('select');
  for (const [dept, list] of groups) {
    control.append(h('optgroup', { label: departments.get(dept) ?? dept }, list.map(i => h('option', { value: i.code }, `${i.name}（${i.code}）`))));
  }
  const reason = simpleInput({ name: 'overrideReason', label: '改派理由', type: 'textarea', required: true, hint: '所选事项不在系统建议中时必填' });
  const major = checkboxInput({ name: 'overrideMajor', label: '认定为重大复杂案件' });
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { novalidate: true }, select.el, reason.el, major.el, status, h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '改派并立案')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const itemCode = select.read();
    const why = reason.read().trim();
    const suggested = o.suggestions.some(s => s.itemCode === itemCode);
    select.showError(itemCode ? null : '须选择执法事项');
    reason.showError(why || suggested ? null : '改派须填写理由');
    if (!itemCode) { select.focus(); return; }
    if (!why && !suggested) { reason.focus(); return; }
    accept({ itemCode, isMajor: major.read(), overrideReason: why || null }, status);
  });
  return form;
}

async function load() {
  let o;
  try {
    o = await api(`/api/inbox/${id}`);
  } catch (error) {
    fill(byId('problem'), notice(`无法读取工单：${describe(error)}`, 'error'));
    return;
  }
  byId('title').textContent = `工单分拨：${o.number}`;
  const open = o.status === 'triaged' || o.status === 'manual-triage';
  fill(byId('order'), orderFacts(o));
  fill(byId('suggestions'), suggestionList(o, open));
  if (!open) fill(byId('override'), notice(o.caseId ? '此工单已立案，无需分拨。' : `工单当前状态为“${o.statusName}”，不能分拨立案。`));
  else if (items) fill(byId('override'), overrideForm(o));
}

await startPage();
try {
  const [modules, list] = await Promise.all([api('/api/workplace/departments'), api('/api/items')]);
  departments = new Map(modules.map(m => [m.key, m.name]));
  items = list;
} catch (error) {
  fill(byId('override'), notice(`无法读取事项清单：${describe(error)}`, 'error'));
}
await load();
ready();
const reload = coalesce(load);
connectLive({ changed: c => { if (c.entityType === 'work-order' && c.entityId === id) reload(); }, reconnected: () => reload() });
