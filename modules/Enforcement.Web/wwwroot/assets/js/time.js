// Times are shown in China time whatever the browser's zone, as the brigade works in it.

const zone = 'Asia/Shanghai';
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});
const dateOnly = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });

export function formatDateTime(iso) {
  return iso ? dateTime.format(new Date(iso)) : '';
}

export function formatDate(isoOrDay) {
  if (!isoOrDay) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? isoOrDay : dateOnly.format(new Date(isoOrDay));
}

/** "29 分 10 秒" from seconds; days and hours when long. */
export function span(seconds) {
  const s = Math.floor(Math.abs(seconds));
  const d = Math.floor(s / 86400), hh = Math.floor((s % 86400) / 3600), mm = Math.floor((s % 3600) / 60), ss = s % 60;
  if (d > 0) return `${d} 天 ${hh} 小时 ${mm} 分`;
  if (hh > 0) return `${hh} 小时 ${mm} 分 ${ss} 秒`;
  return `${mm} 分 ${ss} 秒`;
}

/** The words for a running clock's remaining time. */
export function remainingText(seconds) {
  return seconds >= 0 ? `剩余 ${span(seconds)}` : `已超时 ${span(seconds)}`;
}

/** Today in China time as yyyy-mm-dd. */
export function todayInChina(now = new Date()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now).map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
