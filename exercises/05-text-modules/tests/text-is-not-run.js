// Importing a JavaScript file as text gives its source and does not run
// it; importing it as JavaScript too makes a second, separate module,
// which runs once. The same goes for JSON: as text, it is not parsed.
// expect: noisy.js ran
// expect: // noisy.js: prints when it runs.
// expect: 42
// expect: string toyjs
import source from "./fixtures/noisy.js" assert { type: "text" };
import { answer } from "./fixtures/noisy.js";
import again from "./fixtures/noisy.js" assert { type: "text" };
import settingsText from "./fixtures/settings.json" assert { type: "text" };
import settings from "./fixtures/settings.json" assert { type: "json" };
print(source.split("\n")[0]);
print(again === source ? answer : "two different texts");
print(typeof settingsText, settings.name);
