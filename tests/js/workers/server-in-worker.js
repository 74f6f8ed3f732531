// A worker has its own loop and resource table: it can run an HTTP
// server that the main thread fetches from, and shut it down.
// needs: workers http fetch
// perms: --allow-net=127.0.0.1 --allow-read=${DIR}
// expect: from worker
const w = new Worker(new URL("./fixtures/server.js", import.meta.url), { type: "module" });
w.onmessage = async (e) => {
  const r = await fetch(`http://127.0.0.1:${e.data}/`);
  print(await r.text());
  w.postMessage("stop");
};
