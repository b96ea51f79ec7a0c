// The playground page: sends what the person types and clicks to the playground server, which turns it into
// Slack's requests to the bot, and shows what the bot answers, received over Server-Sent Events.
//
// Message bodies arrive as HTML rendered and escaped on the server (src/playground/render); everything else
// on the page is set with textContent. The page's Content-Security-Policy forbids inline script, so even a
// rendering bug could not run code here.

const DM_CHANNEL = "D_PLAYGROUND";
const PERSON_CHANNEL = "U_PLAYGROUND";
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

const timeFormat = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  hour: "2-digit",
  minute: "2-digit",
});
let currentView = "messages";
let pendingTimer = null;

// --- Talking to the playground server ---------------------------------------------------------------

async function post(path, body) {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({ ok: false, error: `HTTP ${response.status}` }));
    if (!response.ok || !answer.ok) showError(answer.error ?? `HTTP ${response.status}`);
    return answer.ok === true;
  } catch {
    showError("プレイグラウンドのサーバーに接続できません。npm start が動いているか確認してください");
    return false;
  }
}

async function sendText(text) {
  if (text.trim() === "") return;
  setPending(true);
  const ok = await post("/play/message", { text });
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

  const avatar = element("div", `avatar ${isBot ? "avatar-bot" : "avatar-person"}`, isBot ? "改" : "試");
  avatar.setAttribute("aria-hidden", "true");
  const body = element("div", "message-body");
  const meta = element("div", "message-meta");
  // The same names as mentions of these users (PLAYGROUND_USER_NAMES in src/playground/slack-requests.ts).
  meta.append(element("span", "author", isBot ? "改革プランBot" : "試用ユーザー"));
  if (isBot) meta.append(element("span", "app-badge", "アプリ"));
  const time = element("time", "time", timeOf(message.ts));
  meta.append(time);
  body.append(meta);

  const notes = [];
  if (message.ephemeral)
    notes.push(message.command ? "スラッシュコマンド（あなただけに表示）" : "あなただけに表示されています");
  if (message.threadTs) notes.push("スレッドへの返信");
  if (message.channel !== DM_CHANNEL && message.channel !== PERSON_CHANNEL)
    notes.push(`${message.channel} への投稿`);
  if (notes.length > 0) body.append(element("div", "message-note", notes.join(" ・ ")));

  const content = element("div", "message-content");
  content.innerHTML = message.html; // rendered and escaped by the server
  body.append(content);
  article.append(avatar, body);
  return article;
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
  homeEl.innerHTML = home.html; // rendered and escaped by the server
}

// --- Events from the server ----------------------------------------------------------------------

function onPageEvent(event) {
  switch (event.type) {
    case "snapshot":
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
  if (view === "home") post("/play/home", {});
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
  const button = target?.closest("button.bk-button");
  if (!button || button.disabled) return;
  if (button.dataset.url) window.open(button.dataset.url, "_blank", "noopener,noreferrer");
  const inHome = homeEl.contains(button);
  const message = button.closest("article[data-ts]");
  button.disabled = true; // like Slack's spinner: one click, one request
  await post("/play/action", {
    action_id: button.dataset.actionId,
    block_id: button.dataset.blockId,
    ...(button.dataset.value === undefined ? {} : { value: button.dataset.value }),
    ...(inHome ? { surface: "home" } : { surface: "message", message_ts: message?.dataset.ts }),
  });
  button.disabled = false;
  if (inHome) showView("messages");
});

connect();
inputEl.focus();
