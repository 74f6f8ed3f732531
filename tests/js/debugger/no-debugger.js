// --inspect alone does not wait: with no debugger connected the program
// runs and exits as it would without the flag.
// needs: debugger
// perms: -A
// expect: child: hello 5
// expect: child exit code: 0
import { finish, launch } from "./_harness.js";

await finish(await launch("--inspect", "main.js"), { stderrLines: true });
