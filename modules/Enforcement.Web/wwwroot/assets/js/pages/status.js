// 投诉办理进度查询 (public): a resident looks up a complaint by its number and sees where it stands —
// never anyone's name, phone or words.
import { api, describe } from '../api.js';
import { byId, facts, fill, h, notice } from '../dom.js';
import { simpleInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';
import { formatDateTime } from '../time.js';

function show(s) {
  const steps = s.steps ?? s.timeline ?? [];
  return h('section', { class: 'panel', 'aria-labelledby': 'answer-title' },
    h('h2', { id: 'answer-title' }, `投诉 ${s.number ?? ''}`),
    facts([
      ['办理状态', s.statusName ?? s.status], ['接收时间', formatDateTime(s.receivedAt)], ['事项', s.itemName ?? s.matter],
      ['承办部门', s.departmentName ?? s.agency], ['案件编号', s.caseNumber], ['处置时间', formatDateTime(s.resultAt)],
      ['处置情况', s.resultSummary ?? s.result], ['办结时间', formatDateTime(s.closedAt)], ['最近更新', formatDateTime(s.updatedAt)],
    ]),
    steps.length ? h('ol', { class: 'timeline' }, steps.map(t => h('li', {}, h('strong', {}, t.name ?? t.statusName ?? ''),
      h('div', { class: 'meta' }, formatDateTime(t.at))))) : null);
}

await startPage({ signIn: false });
const number = simpleInput({ name: 'number', label: '投诉编号', required: true, hint: '受理回执或短信中的编号' });
const form = byId('lookup');
fill(form, number.el, h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '查询')));
const preset = new URLSearchParams(location.search).get('number');
if (preset) number.el.querySelector('input').value = preset;

async function lookUp() {
  const value = number.read().trim();
  number.showError(value ? null : '请输入投诉编号');
  if (!value) { number.focus(); return; }
  fill(byId('answer'), notice('正在查询…'));
  try {
    const found = await api(`/api/public/complaints/${encodeURIComponent(value)}`, { allowAnonymous: true });
    fill(byId('answer'), show(found));
  } catch (error) {
    fill(byId('answer'), notice(error.status === 404 ? `没有找到编号为 ${value} 的投诉，请核对编号。` : describe(error), 'error'));
  }
}

form.addEventListener('submit', event => { event.preventDefault(); lookUp(); });
if (preset) await lookUp();
ready();
