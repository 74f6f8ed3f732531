// A fetched Response's headers are what the server sent: they cannot be
// changed (a TypeError), and its cookies arrive one by one. A clone
// keeps both.
// needs: fetch
// perms: --allow-net
// expect: TypeError TypeError
// expect: ["a=1","b=2"] basic
// expect: TypeError
import { start } from "./_raw.js";
const server = start(() => {
  const headers = new Headers([["set-cookie", "a=1"], ["set-cookie", "b=2"]]);
  return new Response("ok", { headers });
});
const res = await fetch(`http://127.0.0.1:${server.addr.port}/`);
const names = [];
for (const change of [() => res.headers.set("x", "1"), () => res.headers.delete("set-cookie")]) {
  try {
    change();
    names.push("changed?");
  } catch (e) {
    names.push(e.name);
  }
}
print(...names);
const copy = res.clone();
print(JSON.stringify(copy.headers.getSetCookie()), copy.type);
try {
  copy.headers.append("x", "1");
} catch (e) {
  print(e.name);
}
await res.text();
await copy.text();
await server.shutdown();
