// Evidence on the case page: the list with each file's SHA-256 (the address it is stored under and
// checked against on every download), viewing, and upload to a step of the case.
import { api, describe } from '../api.js';
import { fill, h, notice } from '../dom.js';
import { choiceInput, simpleInput } from '../inputs.js';
import { formatDateTime } from '../time.js';

const kinds = [
  { value: 'photo', label: '照片' }, { value: 'video', label: '视频' }, { value: 'audio', label: '录音' }, { value: 'document', label: '文书材料' },
];
const steps = [
  { value: 'arrival', label: '到场' }, { value: 'investigation', label: '调查取证' }, { value: 'result', label: '处置结果' },
  { value: 'hearing', label: '听证' }, { value: 'service', label: '送达' }, { value: 'execution', label: '执行' },
];

function kindOf(file) {
  if (file.type.startsWith('image/')) return 'photo';
  if (file.type.startsWith('video/')) return 'video';
  if (file.type.startsWith('audio/')) return 'audio';
  return 'document';
}

// The files the user has opened, kept open when a new upload redraws the list.
const opened = new Set();

function viewer(e) {
  const area = h('div', { class: 'evidence-view' });
  const button = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, '查看');
  const toggle = () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    button.textContent = open ? '查看' : '收起';
    if (open) { opened.delete(e.id); area.replaceChildren(); return; }
    opened.add(e.id);
    const src = e.contentUrl ?? `/api/evidence/${e.id}/content`;
    if (e.kind === 'photo') area.replaceChildren(h('img', { src, alt: e.description || e.fileName }));
    else if (e.kind === 'video') area.replaceChildren(h('video', { src, controls: true, preload: 'metadata' }));
    else if (e.kind === 'audio') area.replaceChildren(h('audio', { src, controls: true, preload: 'metadata' }));
    else area.replaceChildren(h('a', { href: src, target: '_blank', rel: 'noopener' }, `打开 ${e.fileName}`));
  };
  button.addEventListener('click', toggle);
  if (opened.has(e.id)) toggle();
  return [button, area];
}

function list(items) {
  if (!items.length) return notice('尚未上传证据。');
  return h('ul', { class: 'cards evidence-list' }, items.map(e => h('li', { class: 'card' },
    h('div', { class: 'top' }, h('strong', {}, e.fileName), h('span', { class: 'tag' }, e.kindName ?? e.kind), h('span', { class: 'tag' }, `步骤：${e.step}`)),
    h('p', { class: 'meta' }, `拍摄 ${formatDateTime(e.capturedAt)} · ${e.officer}${e.location ? ` · ${e.location}` : ''} · ${Math.ceil(e.size / 1024)} KB`),
    e.description ? h('p', { class: 'text' }, e.description) : null,
    h('p', { class: 'hash' }, `SHA-256：${e.sha256}`),
    viewer(e))));
}

function uploadForm(caseId, c, done) {
  const fileId = `evidence-file-${caseId}`;
  const file = h('input', { type: 'file', id: fileId, name: 'file', required: true, accept: 'image/*,video/*,audio/*,application/pdf' });
  const fileError = h('p', { class: 'field-error', hidden: true });
  const kind = choiceInput({ name: 'kind', label: '证据类型', options: kinds, required: true });
  const step = choiceInput({ name: 'step', label: '所属步骤', options: steps, required: true });
  const capturedAt = simpleInput({ name: 'capturedAt', label: '拍摄（录制）时间', type: 'datetime', required: true });
  const officer = c.officers?.length
    ? choiceInput({ name: 'officer', label: '取证人员', options: c.officers.map(o => ({ value: o, label: o })), required: true })
    : simpleInput({ name: 'officer', label: '取证人员（执法证号）', required: true });
  const location = simpleInput({ name: 'location', label: '取证地点' });
  const description = simpleInput({ name: 'description', label: '说明', type: 'textarea' });
  const status = h('div', { 'aria-live': 'polite' });
  step.el.querySelector('select').value = c.status === 'dispatched' || c.status === 'on-site' ? 'arrival' : 'result';
  file.addEventListener('change', () => { if (file.files[0]) kind.el.querySelector('select').value = kindOf(file.files[0]); });
  const form = h('form', { class: 'upload', novalidate: true },
    h('h3', {}, '上传证据'),
    h('div', { class: 'field' }, h('label', { for: fileId }, '文件', h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')), file, fileError),
    kind.el, step.el, capturedAt.el, officer.el, location.el, description.el, status,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '上传')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const required = { kind, step, capturedAt, officer };
    let ok = !!file.files[0];
    fileError.textContent = ok ? '' : '请选择文件';
    fileError.hidden = ok;
    for (const [, input] of Object.entries(required)) {
      const missing = !input.read();
      input.showError(missing ? '此项为必填项' : null);
      ok &&= !missing;
    }
    if (!ok) { status.replaceChildren(notice('请先更正标出的内容。', 'error')); return; }
    const data = new FormData();
    data.append('file', file.files[0]);
    for (const [name, input] of Object.entries({ kind, step, capturedAt, officer, location, description })) {
      const v = input.read();
      if (v) data.append(name, v);
    }
    status.replaceChildren(notice('正在上传…'));
    try {
      await api(`/api/cases/${caseId}/evidence`, { method: 'POST', form: data });
      form.reset();
      status.replaceChildren(notice('已上传。', 'ok'));
      done();
    } catch (error) {
      status.replaceChildren(notice(describe(error), 'error'), h('ul', { class: 'errors' }, Object.values(error.errors ?? {}).flat().map(t => h('li', {}, t))));
    }
  });
  return form;
}

/** Fills the evidence region; resolves to the case's evidence (empty when it cannot be read). */
export async function evidenceSection(region, caseId, c, done) {
  let items;
  try {
    items = await api(`/api/cases/${caseId}/evidence`);
  } catch (error) {
    fill(region, notice(`无法读取证据：${describe(error)}`));
    return [];
  }
  // The list is redrawn only when it changed: a reload for another reason must not stop a video playing.
  const key = items.map(e => e.id).join();
  const keepForm = region.querySelector('form.upload');
  if (keepForm && region.dataset.key === key) return items;
  region.dataset.key = key;
  fill(region, list(items), keepForm ?? uploadForm(caseId, c, done));
  return items;
}
