// A bad alpnProtocols is a TypeError before anything happens: listenTls
// throws and opens no listener, connectTls rejects and connects to
// nothing (the port here has no server: a connection attempt would fail
// with ConnectionRefused instead).
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: listen "h2": TypeError: alpnProtocols must be an array of strings
// expect: listen [1]: TypeError: alpnProtocols must be an array of strings
// expect: listen [""]: TypeError: Invalid ALPN protocol "": it must be 1 to 255 bytes long
// expect: listen ["é".repeat(128)]: TypeError
// expect: connect "h2": TypeError: alpnProtocols must be an array of strings
// expect: connect [null]: TypeError: alpnProtocols must be an array of strings
// expect: connect ["x".repeat(256)]: TypeError
// expect: resources: stdin,stdout,stderr
// expect: 255 bytes: ok
import { listen } from "./_alpn.js";

const show = (e) => (e.message.length > 80 ? e.name : `${e.name}: ${e.message}`);
for (const [text, list] of [["\"h2\"", "h2"], ["[1]", [1]], ["[\"\"]", [""]],
                            ["[\"é\".repeat(128)]", ["é".repeat(128)]]]) {
  try {
    listen(list).close();
    print(`listen ${text}: no error`);
  } catch (e) {
    print(`listen ${text}: ${show(e)}`);
  }
}
// A port nothing listens on: the one a listener had, closed again.
const probe = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const port = probe.addr.port;
probe.close();
for (const [text, list] of [["\"h2\"", "h2"], ["[null]", [null]], ["[\"x\".repeat(256)]", ["x".repeat(256)]]]) {
  try {
    (await Toy.connectTls({ hostname: "127.0.0.1", port, alpnProtocols: list })).close();
    print(`connect ${text}: no error`);
  } catch (e) {
    print(`connect ${text}: ${show(e)}`);
  }
}
print(`resources: ${Object.values(Toy.resources())}`);
// The longest name allowed is fine.
listen(["x".repeat(255)]).close();
print("255 bytes: ok");
