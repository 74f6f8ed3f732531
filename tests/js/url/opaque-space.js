// An opaque path keeps its spaces, except one right before "?" or "#",
// which becomes %20 so that it survives when the query or fragment is
// later removed.
// needs: url
// expect: "text/plain,a b%20"
// expect: "data:text/plain,a b%20"
const u = new URL("data:text/plain,a b ?q#f");
print(JSON.stringify(u.pathname));
u.search = "";
u.hash = "";
print(JSON.stringify(u.href));
