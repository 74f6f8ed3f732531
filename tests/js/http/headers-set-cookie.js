// Set-Cookie values stay apart: getSetCookie() lists each one, and
// iteration gives one entry per cookie, since a cookie's Expires date
// holds a comma and joined cookies could not be split again. get()
// still joins them, as for any other name.
// needs: http
// expect: ["a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT","b=2"]
// expect: a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT, b=2
// expect: set-cookie=a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT|set-cookie=b=2|x=1
// expect: [] null false
// expect: ["only"]
const h = new Headers();
h.append("Set-Cookie", "a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT");
h.append("x", "1");
h.append("set-cookie", "b=2");
print(JSON.stringify(h.getSetCookie()));
print(h.get("set-cookie"));
print([...h].map(([k, v]) => `${k}=${v}`).join("|"));
h.delete("SET-COOKIE");
print(JSON.stringify(h.getSetCookie()), h.get("set-cookie"), h.has("set-cookie"));
h.append("set-cookie", "x=y");
h.set("set-cookie", "only");
print(JSON.stringify(h.getSetCookie()));
