// performance.timeOrigin cannot be assigned to (strict code gets a
// TypeError), and JSON.stringify(performance) shows it, as toJSON() does.
// expect: TypeError
// expect: unchanged: true
// expect: json: true
"use strict";
const origin = performance.timeOrigin;
try {
  performance.timeOrigin = 0;
  print("assigned");
} catch (e) {
  print(e.name);
}
print("unchanged:", performance.timeOrigin === origin);
print("json:", JSON.stringify(performance) === JSON.stringify({ timeOrigin: origin }));
