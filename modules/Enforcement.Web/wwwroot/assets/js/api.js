// One way to talk to the API: JSON in and out, the session cookie, the anti-forgery header on every
// change, and Chinese messages from the problem documents the API answers with.

export class ApiError extends Error {
  constructor(status, message, errors) {
    super(message);
    this.status = status;
    this.errors = errors ?? {};
  }
}

const fallbackMessages = {
  400: '请求无效。',
  401: '请先登录。',
  403: '您的角色无权查看或执行此操作。',
  404: '未找到，或该功能尚未开放。',
  409: '当前状态不允许此操作，请刷新后重试。',
  413: '文件过大。',
  415: '不支持的文件类型。',
  422: '提交的数据未通过校验。',
  429: '操作过于频繁，请稍后再试。',
};

export function messageFor(status) {
  return fallbackMessages[status] ?? (status >= 500 ? '服务器出错，请稍后再试。' : `请求失败（${status}）。`);
}

/**
 * api('/api/cases') → parsed JSON. Options: method, body (JSON), form (FormData), allowAnonymous
 * (do not send the caller to sign in on 401).
 */
export function api(path, options = {}) {
  // Once the page is leaving on purpose nothing new is asked: the answer could only be a refusal.
  if (leaving) return new Promise(() => {});
  const request = send(path, options);
  inFlight.add(request);
  const forget = () => inFlight.delete(request);
  request.then(forget, forget);
  return request;
}

async function send(path, { method = 'GET', body, form, allowAnonymous = false } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET' && method !== 'HEAD') headers['X-Requested-With'] = 'fetch';
  let payload;
  if (form) payload = form;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, '无法连接服务器，请检查网络后重试。');
  }
  if (response.status === 401 && !allowAnonymous) {
    toSignIn();
    throw new ApiError(401, messageFor(401));
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch { json = null; }
  }
  if (!response.ok) {
    // The API's own refusals carry a Chinese detail; the framework's bare ones (an address that is
    // not mapped) carry only an English title, so those get the page's own words.
    throw new ApiError(response.status, json?.detail || messageFor(response.status), json?.errors);
  }
  return json;
}

// Set once the page is navigating away on purpose (signing out), so a request answered 401 in the
// meantime does not start a second, competing navigation to the sign-in page.
let leaving = false;
const inFlight = new Set();

/** From now on a 401 answer no longer redirects: the page is about to leave on purpose. */
export function holdRedirects() {
  leaving = true;
}

/**
 * Stops asking (like holdRedirects) and resolves once every request already sent has been answered,
 * so signing out cannot overtake a request still carrying the session and make it a refusal.
 */
async function quiesce() {
  holdRedirects();
  await Promise.allSettled([...inFlight]);
}

/** Signs out once the page has stopped asking; the caller then leaves (leaveTo). */
export async function endSession() {
  await quiesce();
  try { await send('/api/auth/logout', { method: 'POST', allowAnonymous: true }); } catch { /* signed out either way */ }
}

/** Navigates away for good. */
export function leaveTo(url) {
  holdRedirects();
  location.assign(url);
}

export function toSignIn() {
  if (leaving) return;
  leaving = true;
  const next = location.pathname + location.search;
  location.assign(`/login?returnUrl=${encodeURIComponent(next)}`);
}

/** A Chinese message for any error a page may catch. */
export function describe(error) {
  if (error instanceof ApiError) return error.message;
  return '页面出错，请刷新后重试。';
}
