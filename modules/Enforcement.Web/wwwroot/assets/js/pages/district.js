// 区级配置: which department delegates which item and how (dispatched, joint or not delegated), changed
// from a day on with the delegation document's number; and the department modules with their versions.
import { api, describe } from '../api.js';
import { byId, fill, h, notice } from '../dom.js';
import { choiceInput, simpleInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';
import { formatDate, todayInChina } from '../time.js';
import { pageOf } from '../pager.js';

const modes = [{ value: 'dispatched', label: '派驻执法' }, { value: 'joint', label: '联合执法' }, { value: 'not-delegated', label: '未委托' }];
let items = new Map();
let departments = new Map();
let delegations = [];
let changeForm = null;
const shown = { text: '', department: '', page: 0 };

function table(redraw) {
  const text = shown.text.trim();
  const matching = delegations.filter(d => (!shown.department || d.department === shown.department)
    && (!text || d.itemCode.includes(text) || (items.get(d.itemCode)?.name ?? '').includes(text)));
  const { items: rows, nav } = pageOf(matching, shown.page, 15, page => { shown.page = page; redraw(); });
  return [
    h('p', { role: 'status' }, `共 ${delegations.length} 项，符合条件 ${matching.length} 项`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
      h('thead', {}, h('tr', {}, ['事项', '部门', '委托方式', '生效日期', '委托文号', ''].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map(d => h('tr', { dataset: { item: d.itemCode } },
        h('td', { 'data-label': '事项' }, `${items.get(d.itemCode)?.name ?? ''}（${d.itemCode}）`),
        h('td', { 'data-label': '部门' }, departments.get(d.department) ?? d.department),
        h('td', { 'data-label': '委托方式' }, d.modeName),
        h('td', { 'data-label': '生效日期' }, formatDate(d.effectiveFrom)),
        h('td', { 'data-label': '委托文号' }, d.documentNumber ?? '—'),
        h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => changeForm.choose(d.itemCode) }, `调整 ${d.itemCode}`))))))),
    nav,
  ];
}

function filters() {
  const search = simpleInput({ name: 'search', label: '按事项名称或编号查找' });
  const dept = choiceInput({ name: 'department', label: '部门', placeholder: '全部', options: [...departments].map(([value, label]) => ({ value, label })) });
  const region = h('div', {});
  const redraw = () => fill(region, table(redraw));
  search.el.querySelector('input').addEventListener('input', () => { shown.text = search.read(); shown.page = 0; redraw(); });
  dept.el.querySelector('select').addEventListener('change', () => { shown.department = dept.read(); shown.page = 0; redraw(); });
  redraw();
  return [h('div', { class: 'filters' }, search.el, dept.el), region];
}

function buildChangeForm() {
  const item = choiceInput({ name: 'itemCode', label: '执法事项', required: true, options: [] });
  const select = item.el.querySelector('select');
  const byDept = new Map();
  for (const i of items.values()) (byDept.get(i.department) ?? byDept.set(i.department, []).get(i.department)).push(i);
  for (const [dept, list] of byDept) select.append(h('optgroup', { label: departments.get(dept) ?? dept }, list.map(i => h('option', { value: i.code }, `${i.name}（${i.code}）`))));
  const mode = choiceInput({ name: 'mode', label: '委托方式', required: true, options: modes });
  const from = simpleInput({ name: 'effectiveFrom', label: '生效日期', type: 'date', required: true, hint: '不早于今天：委托调整不溯及既往' });
  from.el.querySelector('input').value = todayInChina();
  const documentNumber = simpleInput({ name: 'documentNumber', label: '委托文件文号', hint: '派驻或联合执法必填' });
  const reason = simpleInput({ name: 'reason', label: '调整理由', type: 'textarea', required: true });
  const status = h('div', { 'aria-live': 'polite' });
  const history = h('div', {});
  const inputs = { itemCode: item, mode, effectiveFrom: from, documentNumber, reason };
  const form = h('form', { novalidate: true }, Object.values(inputs).map(i => i.el), status,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '保存调整')), history);

  const showHistory = async code => {
    if (!code) { history.replaceChildren(); return; }
    try {
      const rows = await api(`/api/delegations/${encodeURIComponent(code)}/history`);
      fill(history, h('h3', {}, `${code} 的委托沿革`), h('ol', { class: 'timeline' }, rows.map(r => h('li', {},
        h('strong', {}, `${formatDate(r.effectiveFrom)} 起 ${r.modeName}`), h('div', { class: 'meta' },
          `${r.effectiveTo ? `至 ${formatDate(r.effectiveTo)}；` : ''}文号 ${r.documentNumber ?? '—'}；${r.reason}；${r.recordedBy}`)))));
    } catch (error) {
      fill(history, notice(`无法读取沿革：${describe(error)}`));
    }
  };
  select.addEventListener('change', () => showHistory(select.value));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.read()?.trim?.() ?? i.read()]));
    let first = null;
    for (const [k, i] of Object.entries(inputs)) {
      const missing = i.el.querySelector('[required]') && !body[k];
      const needsDoc = k === 'documentNumber' && body.mode && body.mode !== 'not-delegated' && !body[k];
      i.showError(missing ? '此项为必填项' : needsDoc ? '派驻或联合执法须注明委托文件文号' : null);
      if ((missing || needsDoc) && !first) first = i;
    }
    if (first) { first.focus(); return; }
    try {
      const saved = await api('/api/delegations', { method: 'POST', body: { ...body, documentNumber: body.documentNumber || null } });
      status.replaceChildren(notice(`已保存：${saved.itemCode} 自 ${formatDate(saved.effectiveFrom)} 起${saved.modeName}。`, 'ok'));
      await Promise.all([loadDelegations(), showHistory(saved.itemCode)]);
    } catch (error) {
      for (const [k, i] of Object.entries(inputs)) i.showError(error.errors?.[k]?.join('；') ?? null);
      status.replaceChildren(notice(describe(error), 'error'));
    }
  });
  changeForm = {
    el: form,
    choose: code => { select.value = code; showHistory(code); mode.focus(); form.scrollIntoView({ block: 'start' }); },
  };
  return form;
}

async function loadDelegations() {
  try {
    delegations = await api('/api/delegations');
    fill(byId('delegations'), filters());
  } catch (error) {
    fill(byId('delegations'), notice(`无法读取委托配置：${describe(error)}`, 'error'));
  }
}

async function loadModules(modules) {
  fill(byId('modules'), h('table', { class: 'stack' },
    h('thead', {}, h('tr', {}, ['模块', '类别', '版本', '事项数'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, modules.map(m => h('tr', {}, h('td', { 'data-label': '模块' }, `${m.name}（${m.key}）`),
      h('td', { 'data-label': '类别' }, { stationed: '派驻部门', liaison: '联络部门' }[m.kind] ?? m.kind),
      h('td', { 'data-label': '版本' }, m.version), h('td', { 'data-label': '事项数' }, String(m.itemCount)))))));
}

await startPage();
try {
  const [modules, list] = await Promise.all([api('/api/modules'), api('/api/items')]);
  departments = new Map(modules.map(m => [m.key, m.name]));
  items = new Map(list.map(i => [i.code, i]));
  await loadModules(modules);
  fill(byId('change'), buildChangeForm());
  await loadDelegations();
} catch (error) {
  fill(byId('delegations'), notice(`无法读取区级配置：${describe(error)}`, 'error'));
}
ready();
