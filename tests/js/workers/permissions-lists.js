// Narrowing by list: a worker may keep part of what its parent has
// (net to one host of two), lose a kind (env: false), and what neither
// had stays undecided (read); "none" takes everything away.
// needs: workers
// perms: --allow-net=127.0.0.1,localhost --allow-env --allow-read=${DIR}
// expect: net=granted read=prompt env=denied
// expect: net=denied read=denied env=denied
const url = new URL("./fixtures/net.js", import.meta.url);
for (const permissions of [{ net: ["127.0.0.1"], env: false }, "none"]) {
  await new Promise((resolve) => {
    const w = new Worker(url, { type: "module", deno: { permissions } });
    w.onmessage = (e) => {
      print(e.data);
      resolve();
    };
    w.postMessage(null);
  });
}
