// The item form's checks in the browser, matching the server's FormValidator, so an officer sees a
// mistake before sending. The server checks again; its answer is what counts.

const typeNames = ['text', 'number', 'choice', 'multi-choice', 'datetime', 'location', 'photo', 'video', 'audio'];

/** The form field type as a name, whether the definition spells it as a number or a word. */
export function fieldType(field) {
  const t = field.type;
  if (typeof t === 'number') return typeNames[t] ?? 'text';
  return String(t).replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

export function isEmpty(value) {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
    || (Array.isArray(value) && value.length === 0);
}

const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The message for one field's value, or null when it passes. */
export function checkField(field, value) {
  const label = field.label;
  if (isEmpty(value)) return field.required ? `${label}为必填项` : null;
  const options = field.options ?? [];
  switch (fieldType(field)) {
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return `${label}应为数字（单位：${field.unit ?? ''}）`;
      if (field.min !== null && field.min !== undefined && value < field.min) return `${label}不得小于 ${field.min}${field.unit ?? ''}`;
      if (field.max !== null && field.max !== undefined && value > field.max) return `${label}不得大于 ${field.max}${field.unit ?? ''}`;
      return null;
    }
    case 'choice':
      return options.includes(value) ? null : `${label}须从以下选项中选择：${options.join('、')}`;
    case 'multi-choice':
      return Array.isArray(value) && value.every(v => options.includes(v)) ? null : `${label}须从以下选项中选择：${options.join('、')}`;
    case 'datetime':
      return typeof value === 'string' && zoned.test(value) && !Number.isNaN(Date.parse(value))
        ? null : `${label}应为带时区的日期时间，如 2026-11-27T10:30:00+08:00`;
    case 'location': {
      const hasAddress = typeof value.address === 'string' && value.address.trim() !== '';
      const hasPoint = typeof value.lat === 'number' && value.lat >= -90 && value.lat <= 90
        && typeof value.lng === 'number' && value.lng >= -180 && value.lng <= 180;
      return hasAddress || hasPoint ? null : `${label}须给出有效经纬度或地址`;
    }
    default:
      return null;
  }
}

/** Field code → message for every field that fails. */
export function checkForm(form, data) {
  const errors = {};
  for (const field of form.fields ?? []) {
    const message = checkField(field, data[field.code]);
    if (message) errors[field.code] = message;
  }
  return errors;
}
