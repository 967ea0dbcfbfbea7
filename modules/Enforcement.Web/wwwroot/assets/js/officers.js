// Picking officers for a case: the roster's officers as checkboxes, valued by badge. When the roster
// cannot be read (not set up, or this role may not read it), badges are typed in instead.
import { api, describe } from './api.js';
import { h, newId, notice } from './dom.js';

export function officersInput({ name, label, required = false, hint }) {
  const id = newId(name ?? 'officers');
  const body = h('div', { class: 'checks' }, notice('正在读取队员名册…'));
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const el = h('fieldset', { class: 'field', 'aria-describedby': `${id}-error` },
    h('legend', {}, label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    body, hint ? h('small', { class: 'hint' }, hint) : null, error);
  let read = () => [];
  let focus = () => {};

  api('/api/officers').then(list => {
    const officers = (Array.isArray(list) ? list : list?.items ?? []).filter(o => o.badge);
    if (officers.length === 0) throw new Error('empty');
    const boxes = officers.map(o => {
      const boxId = newId(id);
      const box = h('input', { type: 'checkbox', id: boxId, value: o.badge });
      const duty = o.onDuty === true || o.dutyStatus === 'on-duty' ? '（在岗）' : '';
      return { box, item: h('div', { class: 'check' }, box, h('label', { for: boxId }, `${o.name ?? o.badge}（${o.badge}）${duty}`)) };
    });
    body.replaceChildren(...boxes.map(b => b.item));
    read = () => boxes.filter(b => b.box.checked).map(b => b.box.value);
    focus = () => boxes[0].box.focus();
  }).catch(err => {
    const inputId = newId(id);
    const input = h('input', { type: 'text', id: inputId, autocomplete: 'off' });
    const why = err?.status ? describe(err) : '名册中没有队员。';
    body.replaceChildren(notice(`无法从名册选择队员：${why}请手工填写执法证号，以逗号或空格分隔。`),
      h('label', { for: inputId }, '执法证号'), input);
    read = () => input.value.split(/[\s,，、]+/).map(s => s.trim()).filter(Boolean);
    focus = () => input.focus();
  });

  const showError = message => { error.textContent = message ?? ''; error.hidden = !message; el.setAttribute('aria-invalid', message ? 'true' : 'false'); };
  return { el, read: () => read(), showError, focus: () => focus() };
}
