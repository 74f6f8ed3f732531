// Response.error(), Response.redirect() and Response.json(), and the
// checks of Response's constructor: the status range, a body with a
// status that has none, the headers of error() and redirect(), which
// cannot be changed.
// needs: http
// expect: error 0 false null TypeError
// expect: 301 http://example.com/next default
// expect: 302
// expect: RangeError
// expect: TypeError
// expect: application/json {"a":[1]}
// expect: text/x-json 201
// expect: TypeError
// expect: TypeError
// expect: RangeError
// expect: RangeError
// expect: null
function attempt(make) {
  try {
    make();
    print("accepted?");
  } catch (e) {
    print(e.name);
  }
}
const err = Response.error();
let frozen = "changed?";
try {
  err.headers.set("x", "1");
} catch (e) {
  frozen = e.name;
}
print(err.type, err.status, err.ok, err.body ?? null, frozen);
const moved = Response.redirect("http://example.com/next", 301);
print(moved.status, moved.headers.get("location"), moved.type);
print(Response.redirect("http://example.com/").status);
attempt(() => Response.redirect("http://example.com/", 200));
attempt(() => moved.headers.append("x", "1"));
const json = Response.json({ a: [1] });
print(json.headers.get("content-type"), await json.text());
const own = Response.json(1, { status: 201, headers: { "Content-Type": "text/x-json" } });
print(own.headers.get("content-type"), own.status);
attempt(() => Response.json(Symbol("no")));
attempt(() => new Response("body", { status: 205 }));
attempt(() => new Response(null, { status: 199 }));
attempt(() => new Response(null, { status: 600 }));
print(new Response(null, { status: 204 }).headers.get("content-type"));
