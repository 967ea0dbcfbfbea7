// 案件办理: the case, its clocks counting down with their legal source, the actions its procedure
// allows now (and no others), the record of what was done, evidence and the generated documents.
import { api, describe } from '../api.js';
import { renderActions } from '../actions.js';
import { countdown } from '../clocks.js';
import { byId, facts, fill, h, notice } from '../dom.js';
import { coalesce, connectLive } from '../live.js';
import { ready, startPage } from '../layout.js';
import { formatDateTime } from '../time.js';
import { evidenceSection } from './case-evidence.js';

const id = location.pathname.split('/').pop();
let actionsKey = null;
let evidence = [];
const modeNames = { dispatched: '派驻执法', joint: '联合执法', 'not-delegated': '未委托' };

function value(v) {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(value).join('、');
  if (typeof v === 'object') return [v.address, v.lat !== undefined ? `${v.lat}, ${v.lng}` : null].filter(Boolean).join('；');
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

function caseFacts(c) {
  const labels = new Map((c.form?.fields ?? []).map(f => [f.code, f.unit ? `${f.label}（${f.unit}）` : f.label]));
  const result = c.result ? Object.entries(c.result).map(([k, v]) => [labels.get(k) ?? k, value(v)]) : [];
  return [
    facts([
      ['案件编号', c.number], ['状态', c.statusName], ['执法事项', `${c.itemName}（${c.itemCode}，第 ${c.itemVersion} 版）`],
      ['部门', c.departmentName], ['委托方式', modeNames[c.delegationMode] ?? c.delegationMode],
      ['来源工单', h('a', { href: `/work-orders/${c.workOrderId}` }, c.workOrderNumber)],
      ['立案时间', formatDateTime(c.openedAt)], ['改派理由', c.overrideReason],
      ['重大复杂案件', c.isMajor ? `是：${c.majorReason ?? ''}` : null], ['处置意见', c.opinion],
      ['执法人员', c.officers?.length ? c.officers.join('、') : null], ['派遣时间', formatDateTime(c.dispatchedAt)],
      ['到场时间', formatDateTime(c.arrivedAt)], ['到场地点', [c.arrivalAddress, c.arrivalLatitude !== null && c.arrivalLatitude !== undefined ? `${c.arrivalLatitude}, ${c.arrivalLongitude}` : null].filter(Boolean).join('；')],
      ['处置时间', formatDateTime(c.resultAt)], ['处置情况', c.resultSummary], ['结案时间', formatDateTime(c.closedAt)],
      ['群众评价', c.satisfaction ? `${{ satisfied: '满意', 'basically-satisfied': '基本满意', dissatisfied: '不满意' }[c.satisfaction] ?? c.satisfaction}${c.satisfactionComment ? `：${c.satisfactionComment}` : ''}` : null],
    ]),
    result.length ? h('div', {}, h('h3', {}, c.form?.title ?? '处置结果'), facts(result)) : null,
    proceedingFacts(c.proceeding),
  ];
}

function clockList(c) {
  if (!c.clocks?.length) return [notice('尚无计时。派遣后开始计时。')];
  return [h('ul', { class: 'cards clocks' }, c.clocks.map(k => h('li', { class: `card${k.state === 'overdue' ? ' late' : ''}`, dataset: { kind: k.kind } },
    h('div', { class: 'top' }, h('strong', {}, k.name), k.length ? h('span', { class: 'tag' }, k.basis === 'duration' ? `${k.length} 分钟` : `${k.length} 个${k.basisName}`) : null, countdown(k)),
    h('p', { class: 'meta' }, `依据：${k.source}`),
    h('p', { class: 'meta' }, `开始 ${formatDateTime(k.startedAt)}，期限 ${formatDateTime(k.dueAt)}${k.stoppedAt ? `，结束 ${formatDateTime(k.stoppedAt)}` : ''}`),
    k.pauseReason ? h('p', { class: 'meta' }, `暂停理由：${k.pauseReason}`) : null,
    k.extendedBy ? h('p', { class: 'meta' }, `已延长 ${k.extendedBy}：${k.extensionReason ?? ''}`) : null)))];
}

const penaltyKinds = { warning: '警告', fine: '罚款', 'no-penalty': '不予行政处罚' };

function proceedingFacts(p) {
  if (!p) return null;
  const money = v => (v === null || v === undefined ? null : `${v} 元`);
  return h('div', {}, h('h3', {}, `行政处罚程序：${p.kindName}`), facts([
    ['当前阶段', p.stageName], ['当事人', p.party?.name], ['违法事实', p.facts], ['违法行为发生日期', p.violationOn],
    ['执法人员', (p.officers ?? []).map(o => `${o.name}（${o.certificateNumber ?? o.badge}）`).join('、')],
    ['调查取证情况', p.investigationSummary], ['责令改正', p.correctionRequirement ? `${p.correctionRequirement}（期限 ${p.correctionDeadline}）` : null],
    ['事先告知', p.noticeAt ? `${formatDateTime(p.noticeAt)}，拟${penaltyKinds[p.proposedKind] ?? p.proposedKind ?? ''}${p.proposedAmount ? ` ${p.proposedAmount} 元` : ''}` : null],
    ['陈述申辩期限', p.statementDeadline], ['陈述申辩', p.statement ?? (p.statementWaived ? '当事人放弃' : null)],
    ['听证', p.hearingHeldAt ? `${formatDateTime(p.hearingHeldAt)} 于 ${p.hearingPlace ?? ''}，主持人 ${p.hearingHost ?? ''}` : p.hearingScheduledAt ? `定于 ${formatDateTime(p.hearingScheduledAt)}` : null],
    ['法制审核', p.reviewAt ? `${p.reviewPassed ? '通过' : '未通过'}：${p.reviewOpinion ?? ''}` : null],
    ['决定书文号', p.decisionNumber], ['处罚决定', p.decisionKind ? `${penaltyKinds[p.decisionKind] ?? p.decisionKind}${p.decisionAmount ? ` ${p.decisionAmount} 元` : ''}` : null],
    ['送达', p.servedAt ? `${formatDateTime(p.servedAt)} ${p.serviceMethod ?? ''}，受送达人 ${p.serviceRecipient ?? ''}` : null],
    ['缴款期限', p.paymentDueOn], ['已缴', p.paidOn ? `${p.paidOn} 缴 ${money(p.paidAmount)}` : null],
    ['加处罚款', money(p.lateFee ?? p.lateFeeIfPaidToday)],
  ]));
}

async function timeline() {
  try {
    const steps = await api(`/api/cases/${id}/timeline`);
    fill(byId('timeline'), steps.length ? h('ol', { class: 'timeline' }, steps.map(s => h('li', {},
      h('strong', {}, s.name ?? s.action), h('div', { class: 'meta' }, `${formatDateTime(s.at)} · ${s.actor}`),
      s.hash ? h('div', { class: 'hash' }, `记录哈希 ${s.hash.slice(0, 16)}…`) : null))) : notice('尚无记录。'));
  } catch (error) {
    fill(byId('timeline'), notice(`无法读取办理经过：${describe(error)}`));
  }
}

async function documents() {
  try {
    const docs = await api(`/api/cases/${id}/documents`);
    fill(byId('documents'),
      h('ul', { class: 'cards' }, docs.map(d => h('li', { class: 'card' },
        d.available ? h('a', { href: d.url, target: '_blank', rel: 'noopener' }, `${d.name}（PDF）`) : h('span', {}, d.name),
        d.available ? null : h('p', { class: 'meta' }, `尚不能生成：${[].concat(d.missing ?? []).join('；') || '缺少必要信息'}`),
        d.note ? h('p', { class: 'meta' }, d.note) : null))),
      h('p', {}, h('a', { class: 'button', href: `/api/cases/${id}/case-file`, target: '_blank', rel: 'noopener' }, '下载卷宗')));
  } catch (error) {
    fill(byId('documents'), notice(`无法读取执法文书：${describe(error)}`));
  }
}

function actionsFor(c) {
  if (!Array.isArray(c.actions)) return [notice('案件数据未列出可执行的操作。')];
  return renderActions(c.actions, { form: c.form, evidence, onDone: () => load() });
}

async function load() {
  let c;
  try {
    c = await api(`/api/cases/${id}`);
  } catch (error) {
    fill(byId('problem'), notice(error.status === 403 || error.status === 404 ? `无法查看此案件：${describe(error)}` : describe(error), 'error'));
    for (const region of ['actions', 'facts', 'clocks', 'timeline', 'evidence', 'documents']) fill(byId(region));
    return;
  }
  byId('problem').replaceChildren();
  byId('title').textContent = `案件 ${c.number}：${c.itemName}`;
  document.title = `案件 ${c.number} · 街道综合行政执法平台`;
  fill(byId('facts'), caseFacts(c));
  fill(byId('clocks'), clockList(c));
  evidence = await evidenceSection(byId('evidence'), id, c, () => load());
  // A hint that changed nothing the officer is typing into must not wipe a half-filled form.
  const key = JSON.stringify([c.actions ?? null, evidence.map(e => e.id)]);
  if (key !== actionsKey) {
    actionsKey = key;
    fill(byId('actions'), actionsFor(c));
  }
  await Promise.all([timeline(), documents()]);
  document.body.dataset.loaded = c.status;
}

await startPage();
await load();
ready();
const reload = coalesce(load);
connectLive({
  changed: change => { if (change.entityId === id || change.entityType === 'evidence') reload(); },
  overdue: o => { if (o.caseId === id) reload(); },
  reconnected: () => reload(),
});
