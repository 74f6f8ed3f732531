// The book's HTML in a real browser: headless Chromium (Debian's) loads
// every page of a built book (make book's build/book/, or the copy
// tests/checks/book.sh builds) from file://, one tab, one page after
// another, each when the one before has fired its load event, and fails
// when a page
// - throws (Runtime.exceptionThrown) or logs an error (console.error,
//   or the browser's own log: a resource that failed to load);
// - asks for anything that is not a file of the book or the repository
//   (the book must read offline: no fonts, scripts or styles from a CDN);
// - has an image that did not load (naturalWidth 0);
// - has a link (a href) to a local file that does not exist, or to an
//   #anchor that the target page (or the page itself) does not have;
// and when the contents page does not list every chapter page in order,
// or a page's previous/next links do not follow that order.
// Nothing here waits for a time: each step waits on an event; the one
// timer is the watchdog, which turns a hang into a FAIL line.
//   node tests/checks/book/browser.js BOOK_DIR CRI_DIR CHROMIUM PROFILE_DIR PAGE...
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL, fileURLToPath } = require("node:url");
const { spawn, Stream, reporter } = require("../debugger/lib.js");

const [bookDir, criDir, chromium, profileDir, ...pageNames] = process.argv.slice(2);
const CDP = require(criDir);
const rep = reporter("book");
let step = "starting Chromium";
rep.watchdog(Number(process.env.BOOK_CHECK_LIMIT || 300), () => step);

// What one page holds, read in the page once it has loaded.
const READ_PAGE = `(() => {
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id)
    .concat([...document.querySelectorAll('a[name]')].map((e) => e.name));
  const links = [...document.querySelectorAll('a[href]')].map((a) => ({
    href: a.getAttribute('href'), url: a.href, rel: a.rel }));
  const images = [...document.images].map((i) => ({
    src: i.getAttribute('src'), url: i.currentSrc || i.src, ok: i.complete && i.naturalWidth > 0 }));
  return { ids, links, images, title: document.title };
})()`;

async function main() {
  const args = ["--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profileDir}`,
    "--allow-file-access-from-files", "--disable-gpu", "about:blank"];
  // Chromium's sandbox cannot run as root (CI runs as root).
  if (process.getuid && process.getuid() === 0) args.unshift("--no-sandbox");
  const ch = spawn(chromium, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
  const chExited = new Promise((resolve) => ch.on("exit", resolve));
  const chErr = new Stream("Chromium's stderr", ch.stderr);
  ch.on("error", (e) => { chErr.text += `\n[spawn ${chromium}: ${e.message}]`; });
  rep.show("Chromium stderr", () => chErr.text.split("\n").filter((l) => !/dbus|^$/.test(l)).join("\n"));
  const m = await chErr.expect(/DevTools listening on (ws:\/\/\S+)\n/, "Chromium's 'DevTools listening on ws://...'");
  const browser = await CDP({ target: m[1], local: true });

  step = "opening a tab";
  const { targetId } = await browser.Target.createTarget({ url: "about:blank" });
  const { sessionId } = await browser.Target.attachToTarget({ targetId, flatten: true });
  const send = (method, params = {}) => browser.send(method, params, sessionId);

  // Everything the tab reports, for the page being loaded.
  let current = "(none)";
  const problems = [];            // [page, what]
  const offline = [];             // requests for anything but a file
  let loaded = null;              // resolves on the page's load event
  browser.on("event", (e) => {
    if (e.sessionId !== sessionId) return;
    const p = e.params;
    if (e.method === "Page.loadEventFired") {
      if (loaded) loaded();
    } else if (e.method === "Runtime.exceptionThrown") {
      const d = p.exceptionDetails;
      problems.push([current, `script error: ${((d.exception && d.exception.description) || d.text).split("\n")[0]}`]);
    } else if (e.method === "Runtime.consoleAPICalled" && (p.type === "error" || p.type === "assert")) {
      problems.push([current, `console.${p.type}: ${p.args.map((a) => a.value ?? a.description).join(" ")}`]);
    } else if (e.method === "Log.entryAdded" && p.entry.level === "error") {
      problems.push([current, `browser error: ${p.entry.text}${p.entry.url ? ` (${p.entry.url})` : ""}`]);
    } else if (e.method === "Network.requestWillBeSent") {
      const url = p.request.url;
      if (!/^(file:|data:|about:)/.test(url)) offline.push([current, url]);
    } else if (e.method === "Network.loadingFailed" && !p.canceled) {
      problems.push([current, `a request failed: ${p.errorText}`]);
    }
  });
  await send("Page.enable");
  await send("Runtime.enable");
  await send("Log.enable");
  await send("Network.enable");

  const pages = new Map();        // file path -> what READ_PAGE gave
  const order = ["index.html", ...pageNames.map((p) => `${p}.html`)];
  const started = Date.now();
  for (const name of order) {
    const file = path.resolve(bookDir, name);
    current = name;
    step = `loading ${name}`;
    if (!fs.existsSync(file)) {
      problems.push([name, "the page was not built"]);
      continue;
    }
    const onLoad = new Promise((resolve) => { loaded = resolve; });
    const nav = await send("Page.navigate", { url: pathToFileURL(file).href });
    if (nav.errorText) {
      problems.push([name, `Chromium could not open it: ${nav.errorText}`]);
      continue;
    }
    await onLoad;
    loaded = null;
    step = `reading ${name}`;
    const r = await send("Runtime.evaluate", { expression: READ_PAGE, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`reading ${name}: ${r.exceptionDetails.text}`);
    pages.set(file, r.result.value);
  }
  step = "checking links and images";
  current = "(after the last page)";

  let nlinks = 0, nimages = 0;
  for (const [file, page] of pages) {
    const name = path.basename(file);
    const ids = new Set(page.ids);
    for (const img of page.images) {
      nimages++;
      if (!img.ok) problems.push([name, `the image ${img.src} did not load`]);
    }
    for (const link of page.links) {
      if (!link.url.startsWith("file:")) continue;      // the web: not the book's to check
      nlinks++;
      const u = new URL(link.url);
      const anchor = decodeURIComponent(u.hash.slice(1));
      u.hash = "";
      const target = fileURLToPath(u);
      if (target === file) {
        if (anchor && !ids.has(anchor)) problems.push([name, `link ${link.href}: no id "${anchor}" on the page`]);
        continue;
      }
      if (!fs.existsSync(target)) {
        problems.push([name, `link ${link.href}: ${target} does not exist`]);
      } else if (anchor) {
        const there = pages.get(target);
        if (!there) problems.push([name, `link ${link.href}: an anchor in a file that is not a page of the book`]);
        else if (!there.ids.includes(anchor)) {
          problems.push([name, `link ${link.href}: ${path.basename(target)} has no id "${anchor}"`]);
        }
      }
    }
  }

  // The contents page lists the pages in order; each page's previous and
  // next links follow it.
  const index = pages.get(path.resolve(bookDir, "index.html"));
  if (index) {
    const listed = [];
    for (const l of index.links) {
      const f = l.href.split("#")[0];
      if (f && f !== "index.html" && !l.rel && listed[listed.length - 1] !== f) listed.push(f);
    }
    const want = pageNames.map((p) => `${p}.html`);
    if (listed.join(" ") !== want.join(" ")) {
      problems.push(["index.html", `the contents list ${listed.join(" ")}, not ${want.join(" ")}`]);
    }
  }
  want: for (let i = 0; i < pageNames.length; i++) {
    const page = pages.get(path.resolve(bookDir, `${pageNames[i]}.html`));
    if (!page) continue want;
    const rel = (r) => [...new Set(page.links.filter((l) => l.rel === r).map((l) => l.href))].join(" ");
    const prev = i > 0 ? `${pageNames[i - 1]}.html` : "";
    const next = i + 1 < pageNames.length ? `${pageNames[i + 1]}.html` : "";
    if (rel("prev") !== prev) problems.push([`${pageNames[i]}.html`, `previous link "${rel("prev")}", not "${prev}"`]);
    if (rel("next") !== next) problems.push([`${pageNames[i]}.html`, `next link "${rel("next")}", not "${next}"`]);
  }
  for (const [page, url] of offline) problems.push([page, `asked the network for ${url}: the book must read offline`]);

  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    rep.ok(`${pages.size} pages loaded in Chromium in ${secs} s: no script or console error, ` +
      `${nlinks} local links and ${nimages} images resolve, nothing from the network, ` +
      "contents and previous/next links in chapter order");
  } else {
    rep.fail(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the book's pages`,
      "\n" + problems.slice(0, 30).map(([p, w]) => `    ${p}: ${w}`).join("\n") +
      (problems.length > 30 ? `\n    ... and ${problems.length - 30} more` : ""));
  }
  step = "closing Chromium";
  await browser.Browser.close();
  await chExited;
}

main().then(
  () => process.exit(rep.failed ? 1 : 0),
  (e) => { rep.fail(step, e.message); process.exit(1); });
