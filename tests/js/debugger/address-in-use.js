// --inspect on an address already in use: a clear error, exit code 1,
// and the program does not run.
// needs: debugger
// perms: -A
// expect: error: cannot start the debugger on 127.0.0.1:PORT: the address is in use
// expect: exit code: 1 stdout: ""
import { FIXTURES } from "./_harness.js";

const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const port = listener.addr.port;
const out = await new Toy.Command(Toy.execPath(), {
  args: [`--inspect=127.0.0.1:${port}`, `${FIXTURES}/main.js`],
  stdin: "null",
}).output();
await listener.close();
print(new TextDecoder().decode(out.stderr).trimEnd().replace(`:${port}:`, ":PORT:"));
print(`exit code: ${out.code} stdout: ${JSON.stringify(new TextDecoder().decode(out.stdout))}`);
