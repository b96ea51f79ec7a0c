// The playground page: sends what the person types and clicks to the playground server, which turns it into
// Slack's requests to the bot, and shows what the bot answers, received over Server-Sent Events.
//
// Message bodies and modals arrive as HTML rendered and escaped on the server (src/playground/render); everything else
// on the page is set with textContent. The page's Content-Security-Policy forbids inline script, so even a
// rendering bug could not run code here.

/** The personas (PLAYGROUND_IDS and PLAYGROUND_USER_NAMES in src/playground/slack-requests.ts). */
const PERSONAS = new Map([
  ["U_PLAYGROUND", { name: "管理者（行政管理課）", initial: "管" }],
  ["U_PLAYGROUND_OWNER", { name: "担当者（納税課）", initial: "担" }],
  ["U_PLAYGROUND_STAFF", { name: "ほかの職員", initial: "職" }],
]);
const ADMIN = "U_PLAYGROUND";
/** How long "返事を準備しています" stays up when no answer comes. */
const PENDING_MS = 8000;

const messagesEl = document.getElementById("messages");
const inputEl = document.getElementById("input");
const composerEl = document.getElementById("composer");
const homeEl = document.getElementById("home");
const remindersEl = document.getElementById("reminders");
const pendingEl = document.getElementById("pending");
const connectionEl = document.getElementById("connection");
const appEl = document.querySelector(".app");
const menuEl = document.getElementById("menu");
const sidebarEl = document.getElementById("sidebar");
const personaEl = document.getElementById("persona");
const modalLayerEl = document.getElementById("modal-layer");

const timeFormat = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  hour: "2-digit",
  minute: "2-digit",
});
let currentView = "messages";
let persona = ADMIN;
let pendingTimer = null;

// --- Talking to the playground server ---------------------------------------------------------------

/** Posts to the playground server; the answer, or `{ ok: false, error }` in words for the person. */
async function request(path, body) {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({ ok: false, error: `HTTP ${response.status}` }));
    if (!response.ok || !answer.ok) return { ok: false, error: answer.error ?? `HTTP ${response.status}` };
    return answer;
  } catch {
    return {
      ok: false,
      error: "プレイグラウンドのサーバーに接続できません。npm start が動いているか確認してください",
    };
  }
}

async function post(path, body) {
  const answer = await request(path, body);
  if (!answer.ok) showError(answer.error);
  return answer.ok === true;
}

async function sendText(text) {
  if (text.trim() === "") return;
  setPending(true);
  const ok = await post("/play/message", { text, user: persona });
  if (!ok) setPending(false);
}

function setPending(on) {
  clearTimeout(pendingTimer);
  pendingEl.hidden = !on;
  if (on) pendingTimer = setTimeout(() => setPending(false), PENDING_MS);
}

// --- Messages ------------------------------------------------------------------------------------

function isNearBottom() {
  return messagesEl.scrollHeight - messagesEl.scrollTop - messagesEl.clientHeight < 80;
}

function scrollToBottom() {
  messagesEl.scrollTop = messagesEl.scrollHeight;
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function timeOf(ts) {
  return timeFormat.format(new Date(Number.parseFloat(ts) * 1000));
}

function messageElement(message) {
  const isBot = message.author === "bot";
  const article = element(
    "article",
    `message ${isBot ? "bot" : "person"}${message.ephemeral ? " ephemeral" : ""}`,
  );
  article.dataset.ts = message.ts;
  messageData.set(article, message);

  const who = PERSONAS.get(message.audience ?? ADMIN) ?? PERSONAS.get(ADMIN);
  const avatar = element(
    "div",
    `avatar ${isBot ? "avatar-bot" : "avatar-person"}`,
    isBot ? "改" : who.initial,
  );
  avatar.setAttribute("aria-hidden", "true");
  const body = element("div", "message-body");
  const meta = element("div", "message-meta");
  // The same names as mentions of these users (PLAYGROUND_USER_NAMES in src/playground/slack-requests.ts).
  meta.append(element("span", "author", isBot ? "改革プランBot" : who.name));
  if (isBot) meta.append(element("span", "app-badge", "アプリ"));
  const time = element("time", "time", timeOf(message.ts));
  meta.append(time);
  body.append(meta);

  const notes = [];
  // One conversation for all personas: what is someone else's says whose it is.
  const forSomeoneElse = message.audience !== undefined && message.audience !== persona;
  if (forSomeoneElse && isBot) notes.push(`${who.name}さんへのDM`);
  if (forSomeoneElse && !isBot) notes.push(`${who.name}さんの操作`);
  if (message.ephemeral && !forSomeoneElse)
    notes.push(message.command ? "スラッシュコマンド（あなただけに表示）" : "あなただけに表示されています");
  if (message.threadTs) notes.push("スレッドへの返信");
  if (message.audience === undefined) notes.push(`${message.channel} への投稿`);
  if (forSomeoneElse) article.classList.add("other-persona");
  if (notes.length > 0) body.append(element("div", "message-note", notes.join(" ・ ")));

  const content = element("div", "message-content");
  content.innerHTML = message.html; // rendered and escaped by the server
  body.append(content);
  article.append(avatar, body);
  return article;
}

/** Each message element's data, so a persona switch can redraw whose-is-it notes. */
const messageData = new WeakMap();

function redrawMessages() {
  for (const el of messagesEl.querySelectorAll("article[data-ts]")) {
    const message = messageData.get(el);
    if (message) el.replaceWith(messageElement(message));
  }
}

function addMessage(message) {
  const stick = isNearBottom() || message.author === "person";
  messagesEl.append(messageElement(message));
  if (message.author === "bot") setPending(false);
  if (stick) scrollToBottom();
}

function findMessage(ts) {
  return [...messagesEl.querySelectorAll("article[data-ts]")].find((el) => el.dataset.ts === ts);
}

function showError(text) {
  setPending(false);
  const note = element("div", "message system error", `エラー: ${text}`);
  note.setAttribute("role", "alert");
  messagesEl.append(note);
  scrollToBottom();
}

function setHome(home) {
  // Each persona has a Home tab of their own; another's is not shown.
  if (home.user !== undefined && home.user !== persona) return;
  homeEl.innerHTML = home.html; // rendered and escaped by the server
}

// --- Personas ------------------------------------------------------------------------------------

function setPersona(user) {
  if (!PERSONAS.has(user)) return;
  const changed = user !== persona;
  persona = user;
  personaEl.value = user;
  inputEl.placeholder = `改革プランBot へのメッセージ（${PERSONAS.get(user).name}として）`;
  if (!changed) return;
  redrawMessages();
  homeEl.replaceChildren(element("p", "placeholder", "ボットがホームタブを表示するのを待っています…"));
}

personaEl.addEventListener("change", async () => {
  const user = personaEl.value;
  setPersona(user);
  // Marks the switch as done (the server has sent the new persona's app_home_opened); tests wait on it.
  if (await post("/play/persona", { user })) document.body.dataset.persona = user;
});

// --- Modals --------------------------------------------------------------------------------------

function modalElement(modal) {
  const el = element("div", "modal");
  el.setAttribute("role", "dialog");
  el.setAttribute("aria-modal", "true");
  el.setAttribute("aria-labelledby", `modal-title-${modal.id}`);
  el.dataset.viewId = modal.id;
  el.dataset.hash = modal.hash;
  el.innerHTML = modal.html; // rendered and escaped by the server
  return el;
}

/**
 * The stack of open views: only the top one shows, as in Slack. A view whose id and hash are unchanged keeps
 * its element, so what the person has typed stays.
 */
function setModals(modals) {
  const existing = [...modalLayerEl.querySelectorAll(".modal")];
  modals.forEach((modal, index) => {
    const old = existing[index];
    if (old && old.dataset.viewId === modal.id && old.dataset.hash === modal.hash) return;
    const fresh = modalElement(modal);
    if (old && old.dataset.viewId === modal.id) keepEntries(old, fresh);
    if (old) old.replaceWith(fresh);
    else modalLayerEl.append(fresh);
    existing[index] = fresh;
  });
  for (const extra of existing.slice(modals.length)) extra.remove();
  const shown = [...modalLayerEl.querySelectorAll(".modal")];
  shown.forEach((el, index) => {
    el.hidden = index !== shown.length - 1;
  });
  const wasHidden = modalLayerEl.hidden;
  // A modal is the bot's answer (to a command or a click): nothing more to wait for.
  if (shown.length > 0) setPending(false);
  modalLayerEl.hidden = shown.length === 0;
  const top = shown.at(-1);
  if (top && (wasHidden || !top.contains(document.activeElement)))
    (top.querySelector("[data-input]:not(.bk-radios), .bk-radios input, .modal-submit") ?? top).focus();
  if (shown.length === 0 && !wasHidden && currentView === "messages") inputEl.focus();
}

/**
 * Slack keeps what the person entered when the bot updates a view (views.update, response_action: update)
 * and an input keeps its block_id and action_id; so does the page.
 */
function keepEntries(oldModal, newModal) {
  const entered = enteredValues(oldModal);
  for (const el of newModal.querySelectorAll("[data-input]")) {
    const { blockId, actionId, elementType } = el.dataset;
    const value = entered[blockId]?.[actionId];
    if (value === undefined) continue;
    if (elementType === "radio_buttons") {
      for (const radio of el.querySelectorAll("input[type=radio]")) radio.checked = radio.value === value;
    } else if (elementType !== "static_select" || [...el.options].some((o) => o.value === (value ?? ""))) {
      el.value = value ?? "";
    }
  }
}

/** What the inputs hold: block id → action id → text, or the chosen option's value (null when none). */
function enteredValues(modalEl) {
  const values = {};
  for (const el of modalEl.querySelectorAll("[data-input]")) {
    const { blockId, actionId, elementType } = el.dataset;
    const raw =
      elementType === "radio_buttons" ? (el.querySelector("input:checked")?.value ?? null) : el.value;
    values[blockId] = { ...values[blockId], [actionId]: raw === "" ? null : raw };
  }
  return values;
}

/** Errors under their input blocks, in red; "" or an unknown block id goes at the top of the modal. */
function showModalErrors(modalEl, errors) {
  const general = modalEl.querySelector(".modal-error");
  general.hidden = true;
  for (const block of modalEl.querySelectorAll(".bk-input")) {
    block.classList.remove("has-error");
    const slot = block.querySelector(".bk-input-error");
    slot.textContent = "";
    slot.hidden = true;
  }
  const blocks = [...modalEl.querySelectorAll(".bk-input")];
  const unplaced = [];
  for (const [blockId, text] of Object.entries(errors ?? {})) {
    const block = blocks.find((b) => b.dataset.blockId === blockId);
    if (!block) {
      unplaced.push(text);
      continue;
    }
    block.classList.add("has-error");
    const slot = block.querySelector(".bk-input-error");
    slot.textContent = text;
    slot.hidden = false;
  }
  if (unplaced.length > 0) showModalProblem(modalEl, unplaced.join("\n"));
}

function showModalProblem(modalEl, text) {
  const general = modalEl.querySelector(".modal-error");
  general.textContent = text;
  general.hidden = false;
}

async function submitModal(modalEl) {
  const submit = modalEl.querySelector(".modal-submit");
  if (!submit || submit.disabled) return;
  submit.disabled = true; // one press, one view_submission, as in Slack
  const answer = await request("/play/view/submit", {
    view_id: modalEl.dataset.viewId,
    values: enteredValues(modalEl),
  });
  submit.disabled = false;
  if (!answer.ok) {
    // Like Slack's own 「接続できませんでした」: the modal stays, with what went wrong.
    showModalProblem(modalEl, `送信できませんでした: ${answer.error}`);
    return;
  }
  showModalErrors(modalEl, answer.errors ?? {});
}

async function closeModal(modalEl) {
  await request("/play/view/close", { view_id: modalEl.dataset.viewId });
}

// --- Events from the server ----------------------------------------------------------------------

function onPageEvent(event) {
  switch (event.type) {
    case "snapshot":
      if (event.persona) setPersona(event.persona);
      setModals(event.modals ?? []);
      for (const el of messagesEl.querySelectorAll("article[data-ts], .message.error")) el.remove();
      for (const message of event.messages) messagesEl.append(messageElement(message));
      if (event.home) setHome(event.home);
      scrollToBottom();
      break;
    case "message":
      addMessage(event.message);
      break;
    case "update":
      findMessage(event.message.ts)?.replaceWith(messageElement(event.message));
      break;
    case "delete":
      findMessage(event.ts)?.remove();
      break;
    case "home":
      setHome(event.home);
      break;
    case "modals":
      setModals(event.modals);
      break;
    case "persona":
      setPersona(event.user);
      break;
  }
}

function connect() {
  const stream = new EventSource("/play/stream");
  stream.onopen = () => {
    connectionEl.hidden = true;
  };
  stream.onerror = () => {
    connectionEl.hidden = false;
  };
  stream.onmessage = (message) => onPageEvent(JSON.parse(message.data));
}

// --- Views: messages, Home tab, reminders --------------------------------------------------------

function showView(view) {
  currentView = view;
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  for (const button of document.querySelectorAll("[data-view]")) {
    if (button.dataset.view === view) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
  if (view === "home") post("/play/home", { user: persona });
  if (view === "reminders") loadReminders();
  if (view === "messages") inputEl.focus();
}

async function loadReminders() {
  remindersEl.replaceChildren(element("p", "placeholder", "読み込み中…"));
  let answer;
  try {
    const response = await fetch("/play/reminders");
    answer = await response.json();
  } catch {
    answer = { ok: false, error: "プレイグラウンドのサーバーに接続できません" };
  }
  if (currentView !== "reminders") return;
  if (!answer.ok) {
    remindersEl.replaceChildren(element("p", "panel-error", answer.error));
    return;
  }
  const title = answer.period ? `今週（${answer.period}）のリマインダー` : "今週のリマインダー";
  const intro = element(
    "p",
    "panel-intro",
    "ドライランの結果です。まだ誰にも送っていません。各宛先に届くメッセージを、届く見た目のまま表示しています（ボタンはプレビューのため押せません）。",
  );
  const children = [element("h2", "panel-title", title), intro];
  if (answer.digests.length === 0)
    children.push(element("p", "placeholder", "今週は送るリマインダーがありません。"));
  for (const digest of answer.digests) {
    const section = element("section", "digest");
    section.append(element("h3", "digest-recipient", `宛先: ${digest.recipient}`));
    const content = element("div", "message-content");
    content.innerHTML = digest.html; // rendered and escaped by the server
    section.append(content);
    children.push(section);
  }
  remindersEl.replaceChildren(...children);
}

// --- The sidebar as a drawer on narrow screens (style.css hides it there until the menu opens it) ----

function setSidebarOpen(open) {
  appEl.classList.toggle("sidebar-open", open);
  menuEl.setAttribute("aria-expanded", String(open));
  menuEl.querySelector(".menu-icon").textContent = open ? "✕" : "☰";
}

function sidebarOpen() {
  return appEl.classList.contains("sidebar-open");
}

menuEl.addEventListener("click", () => setSidebarOpen(!sidebarOpen()));
document.addEventListener("keydown", (event) => {
  const topModal = modalLayerEl.hidden ? null : [...modalLayerEl.querySelectorAll(".modal")].at(-1);
  // Escape during Japanese input cancels the conversion, not the modal.
  if (event.key === "Escape" && topModal && !event.isComposing && event.keyCode !== 229) {
    closeModal(topModal);
    return;
  }
  if (event.key === "Escape" && sidebarOpen()) {
    setSidebarOpen(false);
    menuEl.focus();
  }
});

// --- Input ---------------------------------------------------------------------------------------

function autoResize() {
  inputEl.style.height = "auto";
  inputEl.style.height = `${Math.min(inputEl.scrollHeight, 200)}px`;
}

function submitInput() {
  const text = inputEl.value;
  if (text.trim() === "") return;
  inputEl.value = "";
  autoResize();
  sendText(text);
}

inputEl.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || event.shiftKey) return;
  // Enter that confirms an IME conversion (Japanese input) must not send: the text is not finished yet.
  // keyCode 229 covers browsers that end composition before the keydown arrives.
  if (event.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  submitInput();
});
inputEl.addEventListener("input", autoResize);
composerEl.addEventListener("submit", (event) => {
  event.preventDefault();
  submitInput();
});

document.addEventListener("click", async (event) => {
  const target = event.target instanceof Element ? event.target : null;
  // A choice in the drawer, or a tap beside it, closes it, as a phone's menus do.
  if (
    sidebarOpen() &&
    !menuEl.contains(target) &&
    (!sidebarEl.contains(target) || target?.closest("[data-view]"))
  )
    setSidebarOpen(false);
  const nav = target?.closest("[data-view]");
  if (nav) {
    showView(nav.dataset.view);
    return;
  }
  const example = target?.closest("button.example");
  if (example) {
    sendText(example.dataset.example);
    return;
  }
  const modalEl = target?.closest(".modal");
  if (modalEl && target?.closest("[data-modal-submit]")) {
    submitModal(modalEl);
    return;
  }
  if (modalEl && target?.closest("[data-modal-close]")) {
    closeModal(modalEl);
    return;
  }
  const button = target?.closest("button.bk-button");
  if (!button || button.disabled) return;
  if (button.dataset.url) window.open(button.dataset.url, "_blank", "noopener,noreferrer");
  const inHome = homeEl.contains(button);
  const message = button.closest("article[data-ts]");
  button.disabled = true; // like Slack's spinner: one click, one request
  const where = modalEl
    ? { surface: "modal", view_id: modalEl.dataset.viewId, values: enteredValues(modalEl) }
    : inHome
      ? { surface: "home" }
      : { surface: "message", message_ts: message?.dataset.ts };
  const action = {
    action_id: button.dataset.actionId,
    block_id: button.dataset.blockId,
    ...(button.dataset.value === undefined ? {} : { value: button.dataset.value }),
    ...where,
    user: persona,
  };
  if (modalEl) {
    const answer = await request("/play/action", action);
    if (!answer.ok) showModalProblem(modalEl, `送信できませんでした: ${answer.error}`);
    button.disabled = false;
    return;
  }
  await post("/play/action", action);
  button.disabled = false;
  if (inHome) showView("messages");
});

connect();
inputEl.focus();
