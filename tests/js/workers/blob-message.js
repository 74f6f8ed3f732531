// A Blob or File posted to a worker arrives as a copy of its own, with
// its bytes, type, name and lastModified; one made there comes back.
// needs: workers
// perms: --allow-read=${DIR}
// expect: [true,"héllo","text/x",true,"f.txt",42]
// expect: héllo+z text/y
const w = new Worker(new URL("./fixtures/blob-echo.js", import.meta.url), { type: "module" });
w.onmessage = async (e) => {
  print(JSON.stringify(e.data.seen));
  print(await e.data.made.text(), e.data.made.type);
  w.terminate();
};
w.postMessage({ blob: new Blob(["héllo"], { type: "text/x" }), file: new File(["z"], "f.txt", { lastModified: 42 }) });
