// The item's form (the department module's definition of what an officer records), rendered from
// its definition, with the same checks the server makes.
import { h, newId } from './dom.js';
import { checkboxInput, choiceInput, locationInput, multiChoiceInput, simpleInput } from './inputs.js';
import { checkField, fieldType } from './validate.js';

const evidenceKinds = { photo: '照片', video: '视频', audio: '录音' };

function evidenceInput(field, evidence) {
  const kind = fieldType(field);
  const mine = (evidence ?? []).filter(e => e.kind === kind);
  if (mine.length === 0) {
    const input = simpleInput({ name: field.code, label: field.label, required: field.required,
      hint: `尚无已上传的${evidenceKinds[kind]}：请先在“证据”一栏上传，或填写证据编号。` });
    return { ...input, read: () => input.read().split(/[\s,，]+/).filter(Boolean) };
  }
  return multiChoiceInput({ name: field.code, label: field.label, required: field.required, hint: field.help,
    options: mine.map(e => ({ value: e.id, label: `${e.fileName}（SHA-256 ${e.sha256.slice(0, 12)}…）` })) });
}

function inputFor(field, evidence) {
  const common = { name: field.code, label: field.label, required: field.required, hint: field.help };
  const options = (field.options ?? []).map(o => ({ value: o, label: o }));
  switch (fieldType(field)) {
    case 'number': return simpleInput({ ...common, type: 'number', unit: field.unit, min: field.min, max: field.max });
    case 'choice': return choiceInput({ ...common, options });
    case 'multi-choice': return multiChoiceInput({ ...common, options });
    case 'datetime': return simpleInput({ ...common, type: 'datetime' });
    case 'location': return locationInput({ ...common, keys: { lat: 'lat', lng: 'lng', address: 'address' } });
    case 'photo': case 'video': case 'audio': return evidenceInput(field, evidence);
    case 'checkbox': return checkboxInput(common);
    default: return simpleInput(common);
  }
}

/** { el, read(), validate(), showErrors({code: message}), inputs } for a form definition. */
export function itemForm(form, { evidence } = {}) {
  const inputs = new Map();
  const el = h('fieldset', { class: 'item-form', id: newId('item-form') }, h('legend', {}, form.title ?? '处置结果表单'));
  for (const field of form.fields ?? []) {
    const input = inputFor(field, evidence);
    inputs.set(field.code, { field, input });
    el.append(input.el);
  }
  const read = () => {
    const data = {};
    for (const [code, { input }] of inputs) {
      const value = input.read();
      if (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) data[code] = value;
    }
    return data;
  };
  const showErrors = errors => {
    for (const [code, { input }] of inputs) input.showError(errors[code] ?? null);
  };
  const validate = () => {
    const data = read();
    const errors = {};
    for (const [code, { field }] of inputs) {
      const message = checkField(field, data[code]);
      if (message) errors[code] = message;
    }
    showErrors(errors);
    const first = [...inputs.keys()].find(code => errors[code]);
    if (first) inputs.get(first).input.focus();
    return Object.keys(errors).length === 0;
  };
  return { el, read, validate, showErrors, inputs };
}
