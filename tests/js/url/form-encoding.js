// application/x-www-form-urlencoded: "+" and %XX decode (as UTF-8),
// space encodes as "+", everything but letters, digits and *-._ (even
// "~") as %XX.
// needs: url
// expect: [a b] [é] [1+1=2] [&]
// expect: q=a+b&e=%C3%A9&sum=1%2B1%3D2&amp=%26&safe=*-._%7E
const p = new URLSearchParams("q=a+b&e=%C3%A9&sum=1%2B1%3D2&amp=%26");
print(`[${p.get("q")}] [${p.get("e")}] [${p.get("sum")}] [${p.get("amp")}]`);
p.append("safe", "*-._~");
print(p.toString());
