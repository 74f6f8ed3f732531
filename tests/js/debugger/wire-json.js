// What a client looks for over plain HTTP on the debug port, as Deno
// answers it: /json/list (and /json, the same) lists the one target with
// its ws:// URL and the DevTools URL; /json/version names the browser and
// the protocol; anything else is 404; a Host that is not localhost or an
// IP address is refused (the DNS rebinding defence). The program runs on
// meanwhile and ends as it would.
// needs: debugger
// perms: --allow-read --allow-run --allow-net=127.0.0.1
// expect: list: 200, 1 target
// expect: description toyjs, type node, id in the URL
// expect: webSocketDebuggerUrl matches the stderr line
// expect: devtoolsFrontendUrl ok
// expect: url is the main module's file URL
// expect: /json is /json/list
// expect: version: 200 toyjs/ 1.3 V8 version given
// expect: /nope: 404
// expect: evil.example: 400 Host header is not an IP address or localhost
// expect: localhost:PORT: 200
// expect: [::1]: 200
// expect: exit code 0, released
// expect: stderr: Debugger listening on ws://127.0.0.1:PORT/ws/UUID
// expect: stderr: Visit chrome://inspect to connect to the debugger.
import { fixture, httpGet, launch, release } from "../../fixtures/debugger/cdp.js";

// (hold.js listens on loopback: the child gets that much.)
const flags = ["--inspect=127.0.0.1:0", "--allow-net=127.0.0.1"];
const target = await launch({ script: fixture("hold.js"), flags });
const uuid = target.path.replace(/^\/ws\//, "");

const list = await httpGet(target.port, "/json/list");
const targets = JSON.parse(list.body);
print(`list: ${list.status}, ${targets.length} target`);
const t = targets[0];
print(`description ${t.description}, type ${t.type}, id in the URL ${t.id === uuid ? "" : "NOT "}`.trimEnd());
print(`webSocketDebuggerUrl ${t.webSocketDebuggerUrl === target.url ? "matches" : "differs from"} the stderr line`);
const front = `devtools://devtools/bundled/js_app.html?ws=127.0.0.1:${target.port}/ws/${uuid}` +
  "&experiments=true&v8only=true";
print(`devtoolsFrontendUrl ${t.devtoolsFrontendUrl === front ? "ok" : t.devtoolsFrontendUrl}`);
const mainUrl = new URL(`file://${fixture("hold.js")}`).href;
print(t.url === mainUrl ? "url is the main module's file URL" : `url: ${t.url}`);
if (typeof t.title !== "string" || typeof t.faviconUrl !== "string") print("title or faviconUrl missing");

const json = await httpGet(target.port, "/json");
print(json.body === list.body ? "/json is /json/list" : "/json differs");

const version = await httpGet(target.port, "/json/version");
const v = JSON.parse(version.body);
print(`version: ${version.status} ${v.Browser.replace(/[\d.]+$/, "")} ${v["Protocol-Version"]} ` +
  `V8 version ${/^\d+\.\d+/.test(v["V8-Version"]) ? "given" : "missing"}`);

print(`/nope: ${(await httpGet(target.port, "/nope")).status}`);
const evil = await httpGet(target.port, "/json/list", "evil.example");
print(`evil.example: ${evil.status} ${evil.body.trim()}`);
print(`localhost:PORT: ${(await httpGet(target.port, "/json/list", `localhost:${target.port}`)).status}`);
print(`[::1]: ${(await httpGet(target.port, "/json/version", "[::1]")).status}`);

await release(target);
const status = await target.status;
print(`exit code ${status.code}, ${target.stdout().trim().split("\n").pop()}`);
// (Read at the end: the second line may come after launch() returns.)
for (const line of target.stderr().split("\n").slice(0, 2)) {
  print("stderr: " + line.replace(/:\d+\/ws\/[0-9a-f-]{36}$/, ":PORT/ws/UUID"));
}
