// A tour of the finished runtime (chapter 09). `make run` runs it as
//
//   toyjs --allow-read=/tmp --allow-write=/tmp --allow-net=127.0.0.1 \
//         --allow-run=uname examples/tour.js
//
// so everything below stays inside /tmp and the loopback interface.

console.log("toyjs %s on V8 %s, %s/%s", Toy.version.toyjs, Toy.version.v8, Toy.build.os, Toy.build.arch);

// console.log formats values the way Deno and Node print them.
console.log({ list: [1, 2, 3], map: new Map([["a", 1]]), when: new Date(0), f() {} });

// Files: a temporary folder, a file written into it, listed, removed.
const dir = await Toy.makeTempDir({ prefix: "toyjs-tour-" });
await Toy.writeTextFile(`${dir}/hello.txt`, "hello, file\n");
for await (const entry of Toy.readDir(dir)) {
  const info = await Toy.stat(`${dir}/${entry.name}`);
  console.log(`${entry.name}: ${info.size} bytes, isFile ${info.isFile}`);
}
await Toy.remove(dir, { recursive: true });

// A child process, its output captured.
const { code, stdout } = await new Toy.Command("uname", { args: ["-s"] }).output();
console.log(`uname -s exited with ${code}: ${new TextDecoder().decode(stdout).trim()}`);

// An HTTP server, and one request to it over loopback with fetch.
const server = Toy.serve({
  hostname: "127.0.0.1",
  port: 0,
  onListen: ({ hostname, port }) => console.log(`serving on http://${hostname}:${port}/`),
}, async (req) => Response.json({ method: req.method, path: new URL(req.url).pathname, body: await req.text() }));
const res = await fetch(`http://127.0.0.1:${server.addr.port}/echo`, { method: "POST", body: "ping" });
console.log(res.status, res.headers.get("content-type"), await res.json());
await server.shutdown();

// What the flags did not allow is an error the script can catch.
try {
  Toy.readTextFileSync("/etc/hostname");
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log("done: the server is shut down and the loop is empty, so toyjs exits");
