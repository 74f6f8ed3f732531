// A bad handshake is answered 400 (426 for another WebSocket version, 404
// for another path) and closed; a session that breaks the protocol (an
// unmasked frame, a length of 2^44 bytes, text that is not UTF-8) gets a
// close frame with the RFC's code and is cut off. None of it crashes or
// stops the program, and a well-behaved session works after them.
// needs: debugger
// perms: --allow-read --allow-run --allow-net=127.0.0.1
// expect: no key: HTTP/1.1 400 Bad Request
// expect: version 8: HTTP/1.1 426 Upgrade Required
// expect: another uuid: HTTP/1.1 404 Not Found
// expect: garbage: HTTP/1.1 400 Bad Request
// expect: unmasked: close 1002, then the end
// expect: huge length: close 1009, then the end
// expect: bad UTF-8: close 1007, then the end
// expect: then a session: 1 + 1 = 2
// expect: exit code 0, released
import {
  CdpClient, fixture, frame, handshakeRequest, launch, openWebSocket, parseFrames, rawExchange,
  readToEnd, release, writeAll,
} from "../../fixtures/debugger/cdp.js";

// (hold.js listens on loopback: the child gets that much.)
const flags = ["--inspect=127.0.0.1:0", "--allow-net=127.0.0.1"];
const target = await launch({ script: fixture("hold.js"), flags });
const host = `127.0.0.1:${target.port}`;
const firstLine = (text) => text.split("\r\n")[0];

const noKey = `GET ${target.path} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\n` +
  "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n";
print(`no key: ${firstLine(await rawExchange(target.port, noKey))}`);
const v8 = handshakeRequest(target.path, host).replace("Version: 13", "Version: 8");
print(`version 8: ${firstLine(await rawExchange(target.port, v8))}`);
const other = handshakeRequest("/ws/00000000-0000-4000-8000-000000000000", host);
print(`another uuid: ${firstLine(await rawExchange(target.port, other))}`);
print(`garbage: ${firstLine(await rawExchange(target.port, "\x01\x02 nonsense\r\n\r\n"))}`);

// Opens a session, sends bytes, and says what came back before the end.
async function broken(name, bytes) {
  const { conn, rest } = await openWebSocket(target.url);
  await writeAll(conn, bytes);
  const all = new Uint8Array([...rest, ...(await readToEnd(conn))]);
  conn.close();
  const { frames } = parseFrames(all);
  const close = frames.find((f) => f.opcode === 0x8);
  const code = close && close.payload.length >= 2 ? (close.payload[0] << 8) | close.payload[1] : "none";
  print(`${name}: close ${code}, then the end`);
}
await broken("unmasked", frame(0x1, '{"id":1,"method":"Runtime.enable"}', { mask: false }));
await broken("huge length", new Uint8Array([0x81, 0xff, 0, 0, 0x10, 0, 0, 0, 0, 0, 1, 2, 3, 4]));
await broken("bad UTF-8", frame(0x1, new Uint8Array([0xc0, 0xaf])));

const cdp = await CdpClient.connect(target.url);
const { result } = await cdp.send("Runtime.evaluate", { expression: "1 + 1" });
print(`then a session: 1 + 1 = ${result.value}`);
await cdp.close();

await release(target);
const status = await target.status;
print(`exit code ${status.code}, ${target.stdout().trim().split("\n").pop()}`);
