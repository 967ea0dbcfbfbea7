// 投诉办理进度查询 (public): a resident looks up a complaint by its number and sees where it stands —
// never anyone's name, phone or words.
import { api, describe } from '../api.js';
import { byId, facts, fill, h, notice } from '../dom.js';
import { simpleInput } from '../inputs.js';
import { ready, startPage } from '../layout.js';
import { formatDateTime } from '../time.js';

function show(s) {
  const c = s.case;
  const steps = c ? [['立案', c.openedAt], ['派遣执法人员', c.dispatchedAt], ['到达现场', c.arrivedAt], ['处置完毕', c.resultAt], ['办结', c.closedAt]]
    .filter(([, at]) => at) : [];
  return h('section', { class: 'panel', 'aria-labelledby': 'answer-title' },
    h('h2', { id: 'answer-title' }, `工单 ${s.number}`),
    facts([
      ['办理状态', s.statusName], ['受理渠道', s.channelName], ['所属街道', s.jurisdictionName], ['受理日期', s.receivedOn],
      ['事项', s.itemName], ['案件编号', c?.caseNumber], ['案件状态', c?.statusName],
    ]),
    steps.length ? h('div', {}, h('h3', {}, '办理经过'), h('ol', { class: 'timeline' }, steps.map(([name, at]) => h('li', {},
      h('strong', {}, name), h('div', { class: 'meta' }, formatDateTime(at)))))) : null,
    h('p', { class: 'hint' }, '为保护个人信息，查询结果不显示地址、反映人和诉求内容。'));
}

await startPage({ signIn: false });
const number = simpleInput({ name: 'number', label: '投诉编号', required: true, hint: '受理回执或短信中的工单编号，形如 GD20261127-1A2B3C4D' });
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
    fill(byId('answer'), notice(error.status === 404 ? `没有找到编号为 ${value} 的投诉，请核对回执上的工单编号。` : describe(error), 'error'));
  }
}

form.addEventListener('submit', event => { event.preventDefault(); lookUp(); });
if (preset) await lookUp();
ready();
