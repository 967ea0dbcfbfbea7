// Labelled inputs. Each returns { el, read(), showError(message), focus() }; every control has a
// <label> (or a <legend> for a group), a hint and an error line tied to it with aria-describedby.
import { h, newId } from './dom.js';

function frame(label, control, { id, required, hint, group = false }) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const describe = [hintId, errorId].filter(Boolean).join(' ');
  const mark = required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null;
  const el = group
    ? h('fieldset', { class: 'field', 'aria-describedby': describe }, h('legend', {}, label, mark), control,
      hint ? h('small', { class: 'hint', id: hintId }, hint) : null, error)
    : h('div', { class: 'field' }, h('label', { for: id }, label, mark), control,
      hint ? h('small', { class: 'hint', id: hintId }, hint) : null, error);
  if (!group) control.setAttribute('aria-describedby', describe);
  const showError = message => {
    error.textContent = message ?? '';
    error.hidden = !message;
    (group ? el : control).setAttribute('aria-invalid', message ? 'true' : 'false');
  };
  return { el, showError };
}

const chinaOffset = '+08:00';

/** text, textarea, number, money, date, datetime, password (a new one: never filled in by the browser). */
export function simpleInput({ name, label, type = 'text', required = false, hint, unit, min, max }) {
  const id = newId(name ?? 'field');
  const attrs = { id, name, required: required || null };
  let control;
  if (type === 'textarea') control = h('textarea', { ...attrs, rows: 3 });
  else if (type === 'number' || type === 'money') {
    control = h('input', { ...attrs, type: 'number', inputmode: 'decimal', step: type === 'money' ? '0.01' : 'any', min: min ?? (type === 'money' ? 0 : null), max });
  } else if (type === 'date') control = h('input', { ...attrs, type: 'date' });
  else if (type === 'datetime') control = h('input', { ...attrs, type: 'datetime-local' });
  else if (type === 'password') control = h('input', { ...attrs, type: 'password', autocomplete: 'new-password' });
  else control = h('input', { ...attrs, type: 'text', autocomplete: 'off' });
  const shownLabel = unit ? `${label}（${unit}）` : label;
  const hints = [hint, type === 'money' ? '单位：元' : null, type === 'datetime' ? '北京时间' : null].filter(Boolean).join('；');
  const { el, showError } = frame(shownLabel, control, { id, required, hint: hints || null });
  const read = () => {
    const v = control.value;
    if (type === 'number' || type === 'money') return v === '' ? null : Number(v);
    if (type === 'datetime') return v === '' ? '' : `${v.length === 16 ? `${v}:00` : v}${chinaOffset}`;
    return v;
  };
  return { el, read, showError, focus: () => control.focus() };
}

/** One of a list; options are [{value, label}]. */
export function choiceInput({ name, label, options, required = false, hint, placeholder = '请选择' }) {
  const id = newId(name ?? 'choice');
  const control = h('select', { id, name, required: required || null },
    h('option', { value: '' }, placeholder),
    options.map(o => h('option', { value: o.value }, o.label)));
  const { el, showError } = frame(label, control, { id, required, hint });
  return { el, read: () => control.value, showError, focus: () => control.focus() };
}

/** Any of a list, as checkboxes; options are [{value, label}]. */
export function multiChoiceInput({ name, label, options, required = false, hint }) {
  const id = newId(name ?? 'multi');
  const boxes = options.map(o => {
    const boxId = newId(id);
    const box = h('input', { type: 'checkbox', id: boxId, value: o.value });
    return { box, item: h('div', { class: 'check' }, box, h('label', { for: boxId }, o.label)) };
  });
  const { el, showError } = frame(label, h('div', { class: 'checks' }, boxes.map(b => b.item)), { id, required, hint, group: true });
  const read = () => boxes.filter(b => b.box.checked).map(b => b.box.value);
  return { el, read, showError, focus: () => boxes[0]?.box.focus() };
}

export function checkboxInput({ name, label, hint }) {
  const id = newId(name ?? 'check');
  const box = h('input', { type: 'checkbox', id, name });
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const el = h('div', { class: 'field check' }, box, h('label', { for: id }, label), hint ? h('small', { class: 'hint' }, hint) : null, error);
  const showError = message => { error.textContent = message ?? ''; error.hidden = !message; };
  return { el, read: () => box.checked, showError, focus: () => box.focus() };
}

/** A place: an address and, when known, a point. keys names the three parts in the value. */
export function locationInput({ name, label, required = false, hint, keys = { lat: 'latitude', lng: 'longitude', address: 'address' } }) {
  const id = newId(name ?? 'location');
  const address = simpleInput({ name: `${name}-address`, label: '地址' });
  const lat = simpleInput({ name: `${name}-lat`, label: '纬度', type: 'number', min: -90, max: 90 });
  const lng = simpleInput({ name: `${name}-lng`, label: '经度', type: 'number', min: -180, max: 180 });
  const locate = h('button', { type: 'button', class: 'secondary' }, '使用当前位置');
  const status = h('small', { class: 'hint', role: 'status' });
  locate.addEventListener('click', () => {
    if (!navigator.geolocation) { status.textContent = '此设备无法定位，请填写地址。'; return; }
    status.textContent = '正在定位…';
    navigator.geolocation.getCurrentPosition(
      p => { lat.el.querySelector('input').value = p.coords.latitude.toFixed(6); lng.el.querySelector('input').value = p.coords.longitude.toFixed(6); status.textContent = '已取得当前位置。'; },
      () => { status.textContent = '未能定位，请填写地址。'; });
  });
  const group = h('div', { class: 'location' }, address.el, h('div', { class: 'pair' }, lat.el, lng.el), h('div', {}, locate, ' ', status));
  const { el, showError } = frame(label, group, { id, required, hint: hint ?? '填写地址，或经纬度', group: true });
  const read = () => {
    const value = {};
    const a = address.read().trim();
    if (a) value[keys.address] = a;
    const la = lat.read(), ln = lng.read();
    if (la !== null) value[keys.lat] = la;
    if (ln !== null) value[keys.lng] = ln;
    return Object.keys(value).length ? value : null;
  };
  return { el, read, showError, focus: () => address.focus() };
}
