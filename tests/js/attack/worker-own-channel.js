// A worker cannot close or unref the channel to its parent through the
// raw core calls: the parent would wait forever for a worker that can no
// longer reach it, and a terminate() after that freed the channel while
// the worker's thread still used it.
// needs: workers
// perms: --allow-read=${DIR}/../workers/fixtures
// expect: still here
// expect: done
const w = new Worker(new URL("../workers/fixtures/close-own-channel.js", import.meta.url), { type: "module" });
w.onmessage = (e) => {
  print(e.data);
  w.terminate();
  print("done");
};
