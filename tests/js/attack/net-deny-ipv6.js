// --deny-net=[::1] denies the IPv6 loopback however it is written:
// bare, in brackets, in full, or as :: (a connect to it reaches ::1).
// needs: net
// perms: --allow-net --deny-net=[::1]
// expect: ::1: denied
// expect: [::1]: denied
// expect: 0:0:0:0:0:0:0:1: denied
// expect: 0000::0001: denied
// expect: ::: denied
// expect: listen ::1: denied
import { attempt, attemptAsync } from "./_attempt.js";
for (const hostname of ["::1", "[::1]", "0:0:0:0:0:0:0:1", "0000::0001", "::"]) {
  await attemptAsync(hostname, () => Toy.connect({ hostname, port: 1 }));
}
attempt("listen ::1", () => Toy.listen({ hostname: "::1", port: 0 }).close());
