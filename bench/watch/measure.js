// Measures the live preview's latency from a save to the open page: opens an article of a running
// `bulletin serve --watch` in headless Chromium (over the DevTools protocol, no npm packages) and in an
// event-stream client, edits the item's title, and times the `reload` event and the reloaded page.
//   node --experimental-websocket measure.js --url http://127.0.0.1:PORT/ --source DIR --log serve.out [--edits 5] [--warmup 1]
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const base = args.url;
const source = args.source;
const log = args.log;
const edits = Number(args.edits || 5);
const warmup = Number(args.warmup || 1);
const chromiumPath = args.chromium || "/usr/bin/chromium";
const TIMEOUT_MS = Number(args.timeout || 300000);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The newest item: content/<category>/<name>.md is served at /<category>/<name>/. */
function pickItem() {
  const content = path.join(source, "content");
  const files = [];
  for (const dir of fs.readdirSync(content).sort()) {
    const full = path.join(content, dir);
    if (dir === "uploads" || dir === "pages" || !fs.statSync(full).isDirectory()) continue;
    for (const name of fs.readdirSync(full)) {
      if (name.endsWith(".md")) files.push({ dir, name });
    }
  }
  files.sort((a, b) => a.name.localeCompare(b.name));
  const last = files[files.length - 1];
  return { file: path.join(content, last.dir, last.name), url: `${base}${last.dir}/${last.name.slice(0, -3)}/` };
}

/** Server-sent events of /_bulletin/live, each kept with the time it arrived. */
async function listen(events) {
  const response = await fetch(base + "_bulletin/live");
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const type = /^event: (.*)$/m.exec(block);
      if (type) events.push({ type: type[1], at: Date.now() });
    }
  }
}

/** Headless Chromium and one page of it, driven over the DevTools protocol. */
async function browser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bulletin-bench-chromium-"));
  const child = spawn(chromiumPath, ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--no-first-run", "--disable-extensions", "--disable-background-networking", "--remote-debugging-port=0",
    `--user-data-dir=${profile}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const endpoint = await new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]);
    });
    child.on("exit", () => reject(new Error("chromium exited: " + err)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve) => socket.addEventListener("open", resolve));
  let next = 1;
  const pending = new Map();
  const listeners = [];
  socket.addEventListener("message", (message) => {
    const data = JSON.parse(message.data);
    if (data.id && pending.has(data.id)) {
      pending.get(data.id)(data);
      pending.delete(data.id);
    } else if (data.method) {
      listeners.forEach((l) => l(data));
    }
  });
  const send = (method, params = {}, sessionId) => new Promise((resolve) => {
    const id = next++;
    pending.set(id, resolve);
    socket.send(JSON.stringify({ id, method, params, sessionId }));
  });
  const { result: { targetId } } = await send("Target.createTarget", { url: "about:blank" });
  const { result: { sessionId } } = await send("Target.attachToTarget", { targetId, flatten: true });
  return {
    page: (method, params) => send(method, params, sessionId),
    on: (listener) => listeners.push(listener),
    close: async () => {
      socket.close();
      const exited = new Promise((resolve) => child.on("exit", resolve));
      child.kill();
      await exited;
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function until(condition, what) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting for " + what);
    await sleep(2);
  }
}

function rebuilds() {
  return fs.readFileSync(log, "utf8").split("\n").filter((l) => l.startsWith("rebuilt in "));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function main() {
  const item = pickItem();
  const original = fs.readFileSync(item.file, "utf8");
  const events = [];
  listen(events).catch((e) => { console.error("event stream: " + e); process.exit(1); });
  const chromium = await browser();
  const shown = [];
  chromium.on((event) => {
    if (event.method === "Runtime.bindingCalled" && event.params.name === "bulletinShown") {
      shown.push(JSON.parse(event.params.payload));
    }
  });
  await chromium.page("Runtime.enable");
  await chromium.page("Page.enable");
  await chromium.page("Runtime.addBinding", { name: "bulletinShown" });
  // "Shown": the frame after the document is parsed, when the new title is painted.
  await chromium.page("Page.addScriptToEvaluateOnNewDocument", { source: `
    document.addEventListener("DOMContentLoaded", () => requestAnimationFrame(() => setTimeout(() => {
      const h1 = document.querySelector("h1");
      bulletinShown(JSON.stringify({ at: Date.now(), title: h1 ? h1.textContent : "" }));
    })));` });
  await chromium.page("Page.navigate", { url: item.url });
  await until(() => shown.length, "the article to open");
  console.log(`item ${path.relative(source, item.file)} at ${item.url}`);
  console.log("edit  build line (whole build)                                   save->reload event  save->page shows");
  const toEvent = [];
  const toPage = [];
  try {
    for (let i = 1; i <= warmup + edits; i++) {
      await sleep(1500);
      const title = `Tin sửa lần ${i} ${Date.now()}`;
      const eventsBefore = events.length;
      const rebuildsBefore = rebuilds().length;
      const saved = Date.now();
      fs.writeFileSync(item.file, original.replace(/^title: .*$/m, `title: "${title}"`));
      const reload = await until(() => events.slice(eventsBefore).find((e) => e.type === "reload"), "the reload event");
      const page = await until(() => shown.find((s) => s.title === title), "the page with the new title");
      const label = i <= warmup ? `w${i}` : String(i - warmup);
      if (i > warmup) {
        toEvent.push(reload.at - saved);
        toPage.push(page.at - saved);
      }
      // The build goes on after the switch (old releases pruned, search index saved) and then prints its line.
      const rebuilt = (await until(() => rebuilds()[rebuildsBefore], "the rebuild line")).replace(/: 1 file changed.*;/, ";");
      console.log(`${label.padEnd(5)} ${rebuilt.padEnd(56)} ${String(reload.at - saved).padStart(12)} ms ${String(page.at - saved).padStart(13)} ms`);
    }
  } finally {
    fs.writeFileSync(item.file, original);
    await chromium.close();
  }
  console.log(`median of ${edits}: save->reload event ${median(toEvent)} ms, save->page shows ${median(toPage)} ms; `
    + `max ${Math.max(...toEvent)} ms, ${Math.max(...toPage)} ms`);
  process.exit(0);
}

main().catch((e) => { console.error(e); process.exit(1); });
