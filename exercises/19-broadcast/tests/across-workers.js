// Channels of one name reach across threads: the main program and two
// workers each hold a "news" channel. What the program posts, both
// workers hear; what a worker posts, the program and the other worker
// hear, and not the worker itself.
// needs: workers
// perms: --allow-read=${DIR}/fixtures
// expect: main heard hello from w1
// expect: w1 heard hi
// expect: w2 heard hello from w1
// expect: w2 heard hi
const news = new BroadcastChannel("news");
const heard = [];
news.onmessage = (e) => heard.push(`main heard ${e.data}`);
const workers = ["w1", "w2"].map((name) =>
  new Worker(new URL("./fixtures/listener.js", import.meta.url), { type: "module", name }));
let ready = 0;
for (const w of workers) {
  w.onmessage = (e) => {
    if (e.data === "ready") {
      if (++ready === 2) {
        news.postMessage("hi");
        workers[0].postMessage("hello");
      }
      return;
    }
    heard.push(e.data);
    // w1 and w2 hear "hi", w2 hears w1's hello: three reports.
    if (heard.filter((line) => !line.startsWith("main")).length === 3) finish();
  };
}
// The program's own copy of w1's hello may come before or after the
// workers' reports: wait for both.
const mainHeard = new Promise((resolve) => {
  news.onmessage = (e) => {
    heard.push(`main heard ${e.data}`);
    resolve();
  };
});
let reports;
const allReports = new Promise((resolve) => (reports = resolve));
function finish() {
  reports();
}
await Promise.all([mainHeard, allReports]);
for (const line of heard.sort()) print(line);
for (const w of workers) w.terminate();
news.close();
