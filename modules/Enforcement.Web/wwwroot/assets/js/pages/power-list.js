// 权力清单 (public): every delegated power with its type, legal basis, penalty, procedure, discretion
// bands and how it is delegated today. Open to everyone, no sign-in.
import { api, describe } from '../api.js';
import { byId, facts, fill, h, notice } from '../dom.js';
import { choiceInput, simpleInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';
import { formatDate } from '../time.js';
import { pageOf } from '../pager.js';

let list = null;
const shown = { text: '', department: '', mode: '', page: 0 };
const pageSize = 20;

function yuan(band) {
  if (!band) return null;
  return `${band.min ?? 0}–${band.max ?? '不限'} 元`;
}

function bands(b) {
  if (!b) return null;
  return `从轻 ${yuan(b.lighter)}；一般 ${yuan(b.ordinary)}；从重 ${yuan(b.heavier)}`;
}

function entry(e) {
  return h('li', { class: 'card' }, h('details', {},
    h('summary', {}, h('strong', {}, e.name), ' ', h('span', { class: 'tag' }, e.modeName), ' ', h('span', { class: 'tag' }, e.departmentName),
      h('span', { class: 'meta' }, `　${e.code} · ${e.penaltyBasis.citation}`)),
    facts([
      ['事项编号', e.code], ['权力类型', e.type], ['领域', e.field],
      ['违法依据', e.violated.citation + (e.violated.checkNote ? `（${e.violated.checkNote}）` : '')],
      ['处罚依据', e.penaltyBasis.citation + (e.penaltyBasis.checkNote ? `（${e.penaltyBasis.checkNote}）` : '')],
      ['处罚种类和幅度', e.penalty.wording], ['地方规定', e.penalty.localRule],
      ['办理程序', e.procedure], ['首违不罚', e.firstOffenceExemption ? '适用（《行政处罚法》第三十三条）' : null],
      ['裁量基准（个人）', bands(e.benchmark?.individual)], ['裁量基准（单位）', bands(e.benchmark?.organisation)],
      ['裁量说明', e.benchmark?.note],
      ['委托', e.delegatedFrom ? `${formatDate(e.delegatedFrom)} 起${e.modeName}${e.documentNumber ? `，文号 ${e.documentNumber}` : ''}` : e.modeName],
    ])));
}

function render() {
  const text = shown.text.trim();
  const items = list.items.filter(e => (!shown.department || e.department === shown.department) && (!shown.mode || e.mode === shown.mode)
    && (!text || e.name.includes(text) || e.code.includes(text) || e.penaltyBasis.citation.includes(text)));
  byId('summary').textContent = `共 ${list.counts.total} 项（派驻执法 ${list.counts.dispatched} 项，联合执法 ${list.counts.joint} 项，未委托 ${list.counts.notDelegated} 项），符合条件 ${items.length} 项`;
  const shownPage = pageOf(items, shown.page, pageSize, page => { shown.page = page; render(); byId('summary').focus(); });
  fill(byId('items'), items.length ? h('ul', { class: 'cards' }, shownPage.items.map(entry)) : notice('没有符合条件的事项。'), shownPage.nav);
}

await startPage({ signIn: false });
try {
  list = await api('/api/power-list', { allowAnonymous: true });
} catch (error) {
  fill(byId('items'), notice(`无法读取权力清单：${describe(error)}`, 'error'));
}
if (list) {
  byId('title').textContent = `${list.jurisdictionName}综合行政执法权力清单`;
  byId('intro').textContent = `${formatDate(list.on)} 生效。以下为区级部门委托街道综合行政执法大队行使的行政处罚权，列明类型、依据、处罚幅度、程序与委托方式。`;
  const depts = [...new Map(list.items.map(e => [e.department, e.departmentName]))].map(([value, label]) => ({ value, label }));
  const search = simpleInput({ name: 'search', label: '查找（名称、编号或法律依据）' });
  const dept = choiceInput({ name: 'department', label: '部门', placeholder: '全部', options: depts });
  const mode = choiceInput({ name: 'mode', label: '委托方式', placeholder: '全部',
    options: [{ value: 'dispatched', label: '派驻执法' }, { value: 'joint', label: '联合执法' }, { value: 'not-delegated', label: '未委托' }] });
  search.el.querySelector('input').addEventListener('input', () => { shown.text = search.read(); shown.page = 0; render(); });
  dept.el.querySelector('select').addEventListener('change', () => { shown.department = dept.read(); shown.page = 0; render(); });
  mode.el.querySelector('select').addEventListener('change', () => { shown.mode = mode.read(); shown.page = 0; render(); });
  byId('filters').addEventListener('submit', e => e.preventDefault());
  fill(byId('filters'), search.el, dept.el, mode.el);
  render();
}
ready();
