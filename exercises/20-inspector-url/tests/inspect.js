// --inspect on port 0: the system picks the port; Toy.inspector.url()
// is the URL toyjs printed in "Debugger listening on URL", with that
// port and the /ws/UUID path, and a program that no debugger connected
// to ends as usual.
// needs: debugger
// perms: -A
// expect: listening on ws://127.0.0.1:PORT/ws/UUID
// expect: child: <url>
// expect: child exit code: 0
import { finish, launch } from "./_debugger.js";

const run = await launch("--inspect", "url.js");
const shape = run.url.replace(/^(ws:\/\/127\.0\.0\.1:)[1-9][0-9]*(\/ws\/)[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
  "$1PORT$2UUID");
print(`listening on ${shape}`);
await finish(run);
