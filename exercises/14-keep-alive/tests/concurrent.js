// A connection carries one request at a time: two requests in flight at
// once take two connections. Both are kept afterwards, and the next
// request takes the one used most recently.
// needs: fetch
// perms: --allow-net=127.0.0.1
// expect: /a and /b: 200 200
// expect: /a and /b on different connections: true
// expect: /c on the connection of: /b
// expect: connections: 2
import { ok, start } from "./_server.js";
const on = {};
let bothArrived, aFinished;
const bothIn = new Promise((resolve) => (bothArrived = resolve));
const aDone = new Promise((resolve) => (aFinished = resolve));
let arrived = 0;
const server = start(async (req) => {
  on[req.path] = req.conn;
  // Neither /a nor /b is answered before both have arrived, so they are
  // at the server at the same time; /b only once /a's answer is in.
  if (req.path === "/a" || req.path === "/b") {
    if (++arrived === 2) bothArrived();
    await bothIn;
    if (req.path === "/b") await aDone;
  }
  return ok(req.path);
});
const a = fetch(server.url + "/a").then((res) => {
  aFinished();
  return res;
});
const b = fetch(server.url + "/b");
const [ra, rb] = await Promise.all([a, b]);
print(`/a and /b: ${ra.status} ${rb.status}`);
print(`/a and /b on different connections: ${on["/a"] !== on["/b"]}`);
await (await fetch(server.url + "/c")).text();
print(`/c on the connection of: ${on["/c"] === on["/b"] ? "/b" : on["/c"] === on["/a"] ? "/a" : "neither"}`);
print(`connections: ${server.connections}`);
server.close();
