// An IPv6 address in use is named in the error as a URL names it, in
// brackets ("[::1]:PORT", not the ambiguous "::1:PORT"); exit code 1.
// needs: debugger
// perms: -A
// expect: error: cannot start the debugger on [::1]:PORT: the address is in use
// expect: exit code: 1 stdout: ""
import { FIXTURES } from "./_harness.js";

const listener = Toy.listen({ hostname: "::1", port: 0 });
const port = listener.addr.port;
const out = await new Toy.Command(Toy.execPath(), {
  args: [`--inspect=[::1]:${port}`, `${FIXTURES}/main.js`],
  stdin: "null",
}).output();
await listener.close();
print(new TextDecoder().decode(out.stderr).trimEnd().replace(`:${port}:`, ":PORT:"));
print(`exit code: ${out.code} stdout: ${JSON.stringify(new TextDecoder().decode(out.stdout))}`);
