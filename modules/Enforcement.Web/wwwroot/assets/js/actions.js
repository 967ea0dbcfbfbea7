// The case's actions, rendered from what the case says its procedure allows now and the caller's role may
// take — no other action is offered. Each action's inputs come from its description; the page POSTs {name: value} to its url
// and shows the Chinese problem the API answers with.
import { api, ApiError, describe } from './api.js';
import { h, newId, notice } from './dom.js';
import { checkboxInput, choiceInput, locationInput, multiChoiceInput, simpleInput } from './inputs.js';
import { itemForm } from './itemform.js';
import { officersInput } from './officers.js';
import { isEmpty } from './validate.js';

const locationKeys = ['latitude', 'longitude', 'address'];

function widget(field, ctx) {
  const common = { name: field.name, label: field.label, required: field.required, hint: field.hint };
  switch (field.type) {
    case 'textarea': case 'number': case 'money': case 'date': case 'datetime': case 'text':
      return simpleInput({ ...common, type: field.type });
    case 'choice': return choiceInput({ ...common, options: field.options ?? [] });
    case 'multi-choice': return multiChoiceInput({ ...common, options: field.options ?? [] });
    case 'checkbox': return checkboxInput(common);
    case 'officers': return officersInput(common);
    case 'location': return locationInput(common);
    case 'form': {
      const form = itemForm(ctx.form, { evidence: ctx.evidence });
      return { el: form.el, read: form.read, showError: m => form.showErrors(m ? { _: m } : {}), focus: () => {}, form };
    }
    default: return simpleInput(common);
  }
}

// A dotted name (party.name) is a nested object in the body: {"party": {"name": …}}.
function put(out, name, value) {
  const path = name.split('.');
  let target = out;
  for (const key of path.slice(0, -1)) target = target[key] ??= {};
  target[path.at(-1)] = value;
}

// Empty optional fields are left out; a location is spread as latitude/longitude/address.
function body(fields) {
  const out = {};
  for (const { field, input } of fields) {
    const value = input.read();
    if (field.type === 'location') Object.assign(out, value ?? {});
    else if (field.type === 'checkbox' ? value || field.required : !isEmpty(value)) put(out, field.name, value);
  }
  return out;
}

function checkRequired(fields) {
  let ok = true;
  let first = null;
  for (const { field, input } of fields) {
    if (field.type === 'form') {
      if (!input.form.validate()) { ok = false; first ??= input; }
      continue;
    }
    const value = input.read();
    const missing = field.required && (field.type === 'checkbox' ? value !== true : isEmpty(value));
    input.showError(missing ? `${field.label}为必填项` : null);
    if (missing) { ok = false; first ??= input; }
  }
  first?.focus();
  return ok;
}

// The API names a wrong input by its body key: a field's name, a location part, or an item-form field.
function placeErrors(fields, errors) {
  const unplaced = [];
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const text = [].concat(messages).join('；');
    const bare = key.replace(/^data[.[]/, '').replace(/]$/, '');
    const direct = fields.find(f => f.field.name.toLowerCase() === key.toLowerCase()
      || (f.field.type === 'location' && locationKeys.includes(key.toLowerCase())));
    const inForm = fields.find(f => f.field.type === 'form' && f.input.form.inputs.has(bare));
    if (direct) direct.input.showError(text);
    else if (inForm) inForm.input.form.inputs.get(bare).input.showError(text);
    else unplaced.push(text);
  }
  return unplaced;
}

function actionForm(action, ctx, first) {
  const headingId = newId('action');
  const fields = (action.fields ?? []).map(field => ({ field, input: widget(field, ctx) }));
  const status = h('div', { class: 'action-status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary' }, action.name);
  const form = h('form', { class: 'action', 'aria-labelledby': headingId, novalidate: true, dataset: { action: action.code } },
    first ? h('h3', { id: headingId }, action.name) : null, fields.map(f => f.input.el), status, h('div', { class: 'buttons' }, submit));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.replaceChildren();
    if (!checkRequired(fields)) {
      status.replaceChildren(notice('请先更正标出的内容。', 'error'));
      return;
    }
    submit.disabled = true;
    try {
      await api(action.url, { method: 'POST', body: body(fields) });
      status.replaceChildren(notice(`已完成：${action.name}`, 'ok'));
      ctx.onDone();
    } catch (error) {
      const rest = error instanceof ApiError ? placeErrors(fields, error.errors) : [];
      status.replaceChildren(notice(describe(error), 'error'), rest.length ? h('ul', { class: 'errors' }, rest.map(t => h('li', {}, t))) : null);
    } finally {
      submit.disabled = false;
    }
  });
  // The procedure lists the next step first; the others (major case, clock changes …) fold away.
  return first ? form : h('details', { class: 'action-more' }, h('summary', { id: headingId }, action.name), form);
}

/** The case's allowed actions as forms, in the order the case gives; ctx: { form, evidence, onDone }. */
export function renderActions(actions, ctx) {
  if (!actions || actions.length === 0) return [notice('案件当前没有可执行的操作。')];
  // The case also lists steps only another role may take: named, so the caller knows what waits on whom.
  const mine = actions.filter(a => a.permitted);
  const others = actions.filter(a => !a.permitted);
  const forms = mine.map((action, i) => actionForm(action, ctx, i === 0));
  if (mine.length === 0) forms.push(notice('您在此案件当前阶段没有可执行的操作（须由本案执法人员或其他岗位办理）。'));
  if (others.length > 0) forms.push(h('p', { class: 'hint', id: 'others-actions' }, `由其他岗位办理：${others.map(a => a.name).join('、')}`));
  return forms;
}
