// Long lists (the 214 items of the power list, the delegations) are shown a page at a time, so a phone
// is not handed a page tens of thousands of pixels tall.
import { h } from './dom.js';

/** { items: the slice to show, nav: the page buttons } for page `page` (0-based) of `size`. */
export function pageOf(all, page, size, go) {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const items = all.slice(current * size, current * size + size);
  if (pages === 1) return { items, nav: null, page: current };
  const nav = h('nav', { class: 'pager', 'aria-label': '分页' },
    h('button', { type: 'button', disabled: current === 0, onclick: () => go(current - 1) }, '上一页'),
    h('span', { role: 'status' }, `第 ${current + 1} / ${pages} 页`),
    h('button', { type: 'button', disabled: current === pages - 1, onclick: () => go(current + 1) }, '下一页'));
  return { items, nav, page: current };
}
