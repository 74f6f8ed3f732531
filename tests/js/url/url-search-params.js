// url.searchParams and url.search stay in step both ways.
// needs: url
// expect: 1
// expect: http://h/p?a=1&b=x+y#f
// expect: 9 true
// expect: http://h/p#f
const u = new URL("http://h/p?a=1#f");
print(u.searchParams.get("a"));
u.searchParams.append("b", "x y");
print(u.href);
u.search = "?z=9";
print(u.searchParams.get("z"), u.searchParams.has("a") === false);
u.searchParams.delete("z");
print(u.href);
