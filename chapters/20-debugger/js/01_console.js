// 01_console.js: print and console, on the op_print op.
//
// From chapter 09 most of this file is inspect(), which turns any value
// into the text console.log prints: nested objects, class names, Maps and
// Sets, circular references, line breaking. It follows Node's
// util.inspect, whose output Deno matches, so what a program prints here
// reads the same there.
"use strict";
((core) => {
  const { op_print } = core.ops;

  // Each argument as String(arg), joined by spaces: chapter 01's print.
  function format(args) {
    let out = "";
    for (let i = 0; i < args.length; i++) {
      out += (i > 0 ? " " : "") + String(args[i]);
    }
    return out + "\n";
  }

  globalThis.print = function print(...args) {
    op_print(format(args), false);
  };

  const { op_console_isatty, op_console_no_color, op_time_now } = core.ops;

  // Colours, by what a piece of text is: Node's choices.
  const styles = {
    number: [33, 39], bigint: [33, 39], boolean: [33, 39], undefined: [90, 39],
    null: [1, 22], string: [32, 39], symbol: [32, 39], date: [35, 39],
    regexp: [31, 39], special: [36, 39], name: null,
  };
  const stylizeColor = (text, kind) => {
    const style = styles[kind];
    return style ? `\x1b[${style[0]}m${text}\x1b[${style[1]}m` : text;
  };
  const stylizeNone = (text) => text;
  // eslint-disable-next-line no-control-regex
  const colorCodes = /\x1b\[\d\d?m/g;
  const width = (text) => text.replace(colorCodes, "").length;

  // Strings inside objects are quoted: single quotes unless the string
  // holds one, then double quotes, then backticks; control characters
  // escaped.
  const escapes = { "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", "\\": "\\\\" };

  function quote(str) {
    let q = "'";
    if (str.includes("'")) {
      if (!str.includes('"')) q = '"';
      else if (!str.includes("`") && !str.includes("${")) q = "`";
    }
    let out = "";
    for (const ch of str) {
      const code = ch.charCodeAt(0);
      if (ch === q) out += "\\" + ch;
      else if (escapes[ch] !== undefined) out += escapes[ch];
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
        out += "\\x" + code.toString(16).toUpperCase().padStart(2, "0");
      else out += ch;
    }
    return q + out + q;
  }

  const identifier = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

  function formatNumber(n) {
    return Object.is(n, -0) ? "-0" : `${n}`;
  }

  function formatPrimitive(ctx, value) {
    const s = ctx.stylize;
    switch (typeof value) {
      case "string": {
        // A long string is cut at its line breaks, one piece a line.
        if (value.length > 16 && value.length > ctx.breakLength - ctx.indent - 4) {
          return value.split(/(?<=\n)/).map((line) => s(quote(line), "string"))
            .join(` +\n${" ".repeat(ctx.indent + 2)}`);
        }
        return s(quote(value), "string");
      }
      case "number": return s(formatNumber(value), "number");
      case "bigint": return s(`${value}n`, "bigint");
      case "boolean": return s(`${value}`, "boolean");
      case "undefined": return s("undefined", "undefined");
      case "symbol": return s(value.toString(), "symbol");
    }
    return s("null", "null");
  }

  // The name of the class that made value: the first constructor up its
  // prototype chain, or null for an object with no prototype.
  function constructorName(value) {
    let obj = value;
    while (obj !== null && obj !== undefined) {
      const desc = Object.getOwnPropertyDescriptor(obj, "constructor");
      if (desc !== undefined && typeof desc.value === "function" && desc.value.name !== "")
        return desc.value.name;
      obj = Object.getPrototypeOf(obj);
    }
    return null;
  }

  // "Foo ", "Map(2) ", "[Object: null prototype] ", "Foo [bar] ".
  function prefix(ctor, tag, fallback, size = "") {
    if (ctor === null) {
      if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== "" && ctor !== tag) return `${ctor}${size} [${tag}] `;
    return `${ctor}${size} `;
  }

  const toStringTag = (value) => Object.prototype.toString.call(value).slice(8, -1);

  function functionBase(value, ctor, tag) {
    const source = Function.prototype.toString.call(value);
    if (source.startsWith("class") && source.endsWith("}")) {
      const name = (Object.hasOwn(value, "name") && value.name) || "(anonymous)";
      let base = `class ${name}`;
      if (ctor !== "Function" && ctor !== null) base += ` [${ctor}]`;
      const parent = Object.getPrototypeOf(value);
      if (ctor === null) base += " extends [null prototype]";
      else if (parent && parent.name) base += ` extends ${parent.name}`;
      return `[${base}]`;
    }
    let type = "Function";
    const kind = toStringTag(value);
    if (kind.includes("Generator")) type = `Generator${type}`;
    if (kind.startsWith("Async")) type = `Async${type}`;
    let base = `[${type}`;
    if (ctor === null) base += " (null prototype)";
    base += value.name === "" ? " (anonymous)" : `: ${value.name}`;
    base += "]";
    if (ctor !== type && ctor !== null) base += ` ${ctor}`;
    if (tag !== "" && ctor !== tag) base += ` [${tag}]`;
    return base;
  }

  const isIndex = (key) => /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;

  // One property as "key: value". Keys that are not identifiers are
  // quoted, symbols bracketed, hidden ones ([cause]) too; accessors show
  // as [Getter], [Setter] or [Getter/Setter] rather than being called.
  function formatProperty(ctx, value, depth, key, inArray) {
    const desc = Object.getOwnPropertyDescriptor(value, key) ?? { value: value[key], enumerable: true };
    let str;
    if (desc.value !== undefined || !("get" in desc)) {
      ctx.indent += 2;
      str = formatValue(ctx, desc.value, depth);
      ctx.indent -= 2;
    } else if (desc.get !== undefined) {
      str = ctx.stylize(desc.set !== undefined ? "[Getter/Setter]" : "[Getter]", "special");
    } else {
      str = ctx.stylize(desc.set !== undefined ? "[Setter]" : "undefined", "special");
    }
    if (inArray) return str;
    let name;
    if (typeof key === "symbol") name = `[${ctx.stylize(key.toString(), "symbol")}]`;
    else if (key === "__proto__") name = "['__proto__']";
    else if (desc.enumerable === false) name = `[${key}]`;
    else if (identifier.test(key)) name = ctx.stylize(key, "name");
    else name = ctx.stylize(quote(key), "string");
    return `${name}: ${str}`;
  }

  // An array's items, with runs of holes as "<3 empty items>" and, past
  // maxArrayLength, "... 5 more items".
  function formatArrayItems(ctx, value, depth, length) {
    const output = [];
    const shown = Math.min(ctx.maxArrayLength, length);
    let indices = null;   // the indices that hold items, found at the first hole
    let at = 0;           // indices[at] is the first one not behind i
    let i = 0;
    for (; i < length && output.length < shown; i++) {
      if (!Object.hasOwn(value, i)) {
        // A run of holes ends at the next index that holds an item. Asking
        // every index in turn would take ages for [, ...] with a length of
        // 2 ** 32 - 1, so the own keys are listed instead: V8 lists an
        // array's indices first, in ascending order.
        indices ??= Object.keys(value).map(Number).filter((k) => Number.isInteger(k) && k < length);
        while (at < indices.length && indices[at] <= i) at++;
        const holes = (at < indices.length ? indices[at] : length) - i;
        output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? "s" : ""}>`, "undefined"));
        i += holes - 1;
      } else {
        output.push(formatProperty(ctx, value, depth, i, true));
      }
    }
    const remaining = length - i;
    if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? "s" : ""}`);
    return output;
  }

  function formatTypedItems(ctx, value) {
    const output = [];
    const shown = Math.min(ctx.maxArrayLength, value.length);
    for (let i = 0; i < shown; i++) output.push(formatPrimitive(ctx, value[i]));
    const remaining = value.length - shown;
    if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? "s" : ""}`);
    return output;
  }

  function formatCollection(ctx, value, depth, isMap) {
    const output = [];
    ctx.indent += 2;
    let n = 0;
    for (const entry of value) {
      if (n++ >= ctx.maxArrayLength) break;
      output.push(isMap ? `${formatValue(ctx, entry[0], depth)} => ${formatValue(ctx, entry[1], depth)}`
                        : formatValue(ctx, entry, depth));
    }
    ctx.indent -= 2;
    const remaining = value.size - Math.min(value.size, ctx.maxArrayLength);
    if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? "s" : ""}`);
    return output;
  }

  function formatError(ctx, err) {
    let stack;
    try {
      stack = typeof err.stack === "string" && err.stack !== "" ? err.stack : Error.prototype.toString.call(err);
    } catch {
      stack = Error.prototype.toString.call(err);
    }
    if (!stack.includes("\n    at ")) stack = `[${stack}]`;
    if (ctx.indent !== 0) stack = stack.replaceAll("\n", `\n${" ".repeat(ctx.indent)}`);
    return stack;
  }

  // Node's layout rule. Arrays of more than six short items are set out
  // in columns; then an object goes on one line if it fits in
  // breakLength (80) columns and holds no more than compact (3) levels of
  // nested objects; otherwise one entry a line, indented by two.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;  // "... more items"
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = width(output[i]);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indent < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indent) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineLength) lineLength = dataLen[j];
        }
        maxLineLength.push(lineLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
            padStart = false;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = "";
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += padStart ? `${output[j]}, `.padStart(padding, " ") : `${output[j]}, `.padEnd(padding, " ");
        }
        if (padStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, " ");
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (const entry of output) {
      total += width(entry);
      if (total > ctx.breakLength) return false;
    }
    return base === "" || !base.includes("\n");
  }

  function reduceToSingleString(ctx, output, base, braces, isArray, depth, value) {
    const entries = output.length;
    if (isArray && entries > 6) output = groupArrayElements(ctx, output, value);
    if (ctx.currentDepth - depth < ctx.compact && entries === output.length) {
      const start = output.length + ctx.indent + braces[0].length + base.length + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        const joined = output.join(", ");
        if (!joined.includes("\n")) {
          return `${base ? `${base} ` : ""}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${" ".repeat(ctx.indent)}`;
    return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }

  const customInspect = Symbol.for("Toy.customInspect");

  function formatValue(ctx, value, depth) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) {
      return formatPrimitive(ctx, value);
    }
    // A Proxy is shown as its target, as Node shows it: every property
    // read through the proxy would run a trap, which may throw or lie.
    const target = core.proxyTarget(value);
    if (target === null) return ctx.stylize("<Revoked Proxy>", "special");
    if (target !== undefined) value = target;
    // Met again on the way down: a cycle. The object it leads back to is
    // numbered, and gets a <ref *N> mark when its own turn ends.
    if (ctx.seen.includes(value)) {
      let index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
      return ctx.stylize(`[Circular *${index}]`, "special");
    }
    // A class whose fields are private (URL, Headers, Response...) says
    // what to show with a method under Toy.customInspect: it returns a
    // plain object, printed under the class's name.
    const custom = value[customInspect];
    if (typeof custom === "function") {
      const fields = custom.call(value);
      if (fields !== null && typeof fields === "object" && fields !== value) {
        ctx.seen.push(value);
        const text = formatRaw(ctx, fields, depth, constructorName(value));
        ctx.seen.pop();
        const index = ctx.circular.get(value);
        return index === undefined ? text : `${ctx.stylize(`<ref *${index}>`, "special")} ${text}`;
      }
    }
    return formatRaw(ctx, value, depth);
  }

  function ownKeys(value, filter) {
    const keys = Object.keys(value).filter(filter);
    for (const sym of Object.getOwnPropertySymbols(value)) {
      if (Object.prototype.propertyIsEnumerable.call(value, sym)) keys.push(sym);
    }
    return keys;
  }

  function formatRaw(ctx, value, depth, ctor = constructorName(value)) {
    let tag = value[Symbol.toStringTag];
    if (typeof tag !== "string" || (tag !== "" && Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag)))
      tag = "";
    let keys;
    let base = "";
    let braces;
    let isArray = false;
    let formatter = () => [];
    const any = () => true;
    const s = ctx.stylize;

    if (Array.isArray(value)) {
      keys = ownKeys(value, (k) => !isIndex(k));
      const pre = ctor !== "Array" || tag !== "" ? prefix(ctor, tag, "Array", `(${value.length})`) : "";
      braces = [`${pre}[`, "]"];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      isArray = true;
      formatter = () => formatArrayItems(ctx, value, depth, value.length);
    } else if (value instanceof Map) {
      keys = ownKeys(value, any);
      const pre = prefix(ctor, tag, "Map", `(${value.size})`);
      if (value.size === 0 && keys.length === 0) return `${pre}{}`;
      braces = [`${pre}{`, "}"];
      formatter = () => formatCollection(ctx, value, depth, true);
    } else if (value instanceof Set) {
      keys = ownKeys(value, any);
      const pre = prefix(ctor, tag, "Set", `(${value.size})`);
      if (value.size === 0 && keys.length === 0) return `${pre}{}`;
      braces = [`${pre}{`, "}"];
      formatter = () => formatCollection(ctx, value, depth, false);
    } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      keys = ownKeys(value, (k) => !isIndex(k));
      const kind = toStringTag(value);
      const pre = prefix(ctor, tag !== kind ? tag : "", kind, `(${value.length})`);
      braces = [`${pre}[`, "]"];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      isArray = true;
      formatter = () => formatTypedItems(ctx, value);
    } else if (typeof value === "function") {
      keys = ownKeys(value, any);
      base = functionBase(value, ctor, tag);
      if (keys.length === 0) return s(base, "special");
      braces = ["{", "}"];
    } else if (value instanceof RegExp) {
      keys = ownKeys(value, (k) => k !== "lastIndex");
      base = RegExp.prototype.toString.call(value);
      const pre = prefix(ctor, tag, "RegExp");
      if (pre !== "RegExp ") base = `${pre}${base}`;
      if (keys.length === 0) return s(base, "regexp");
      braces = ["{", "}"];
    } else if (value instanceof Date) {
      keys = ownKeys(value, any);
      base = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
      const pre = prefix(ctor, tag, "Date");
      if (pre !== "Date ") base = `${pre}${base}`;
      if (keys.length === 0) return s(base, "date");
      braces = ["{", "}"];
    } else if (value instanceof Error) {
      keys = ownKeys(value, (k) => k !== "stack" && k !== "message");
      const desc = Object.getOwnPropertyDescriptor(value, "cause");
      if (desc !== undefined && !desc.enumerable) keys.push("cause");
      base = formatError(ctx, value);
      if (keys.length === 0) return base;
      braces = ["{", "}"];
    } else if (value instanceof Promise) {
      keys = ownKeys(value, any);
      braces = [`${prefix(ctor, tag, "Promise")}{`, "}"];
      formatter = () => {
        const [state, result] = core.promiseState(value);
        if (state === 0) return [s("<pending>", "special")];
        ctx.indent += 2;
        const str = formatValue(ctx, result, depth);
        ctx.indent -= 2;
        return [state === 2 ? `${s("<rejected>", "special")} ${str}` : str];
      };
    } else if (value instanceof WeakMap || value instanceof WeakSet) {
      keys = ownKeys(value, any);
      braces = [`${prefix(ctor, tag, value instanceof WeakMap ? "WeakMap" : "WeakSet")}{`, "}"];
      formatter = () => [s("<items unknown>", "special")];
    } else if (value instanceof ArrayBuffer) {
      keys = ["byteLength", ...ownKeys(value, any)];
      braces = [`${prefix(ctor, tag, "ArrayBuffer")}{`, "}"];
      formatter = () => {
        const bytes = new Uint8Array(value, 0, Math.min(50, value.byteLength));
        let hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
        if (value.byteLength > 50) hex += ` ... ${value.byteLength - 50} more byte${value.byteLength - 50 > 1 ? "s" : ""}`;
        return [`[Uint8Contents]: <${hex}>`];
      };
    } else if (value instanceof Number || value instanceof String || value instanceof Boolean ||
               value instanceof BigInt || value instanceof Symbol) {
      const kind = toStringTag(value);
      keys = ownKeys(value, (k) => !(value instanceof String) || !isIndex(k));
      const primitive = value.valueOf();
      base = `[${kind}${ctor !== kind ? ` (${ctor})` : ""}: ${formatPrimitive({ ...ctx, stylize: stylizeNone }, primitive)}]`;
      if (keys.length === 0) return s(base, typeof primitive);
      braces = ["{", "}"];
    } else {
      keys = ownKeys(value, any);
      if (ctor === "Object" && tag === "") braces = ["{", "}"];
      else braces = [`${prefix(ctor, tag, "Object")}{`, "}"];
      if (keys.length === 0) return `${braces[0]}}`;
    }

    // Below the depth limit an object is only named: [Object], [Array].
    if (depth > ctx.depth) {
      const name = (ctor ?? (tag || "Object")) || "Object";
      return s(ctor === null ? `[${name}: null prototype]` : `[${name}]`, "special");
    }
    depth += 1;
    ctx.seen.push(value);
    ctx.currentDepth = depth;
    const output = formatter();
    for (const key of keys) output.push(formatProperty(ctx, value, depth, key, false));
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = s(`<ref *${index}>`, "special");
      base = base === "" ? reference : `${reference} ${base}`;
    }
    ctx.seen.pop();
    return reduceToSingleString(ctx, output, base, braces, isArray, depth, value);
  }

  // Toy.inspect(value, { depth, colors, breakLength, compact,
  // maxArrayLength }): the text console.log would print for value.
  function inspect(value, options) {
    options ??= {};  // null too, as in Deno and Node
    const ctx = {
      depth: options.depth ?? 2,
      colors: options.colors ?? false,
      breakLength: options.breakLength ?? 80,
      compact: options.compact ?? 3,
      maxArrayLength: options.maxArrayLength ?? 100,
      indent: options.indent ?? 0,
      seen: [],
      circular: new Map(),
      currentDepth: 0,
    };
    if (ctx.depth === null || ctx.depth === Infinity) ctx.depth = Infinity;
    ctx.stylize = ctx.colors ? stylizeColor : stylizeNone;
    return formatValue(ctx, value, 0);
  }

  // console.log's arguments as one string. A first argument that is a
  // string may hold substitutions: %s string, %d and %i integer, %f
  // float, %j JSON, %o and %O an inspected object, %c CSS (dropped, as in
  // a terminal), %% a percent sign. What is left is joined by spaces,
  // strings as they are and everything else inspected.
  const builtinPrototypes = [Object, Array, Error, Date, RegExp, Map, Set, Function, Number,
    String, Boolean, Promise].map((c) => c.prototype);

  // Whether value has a toString of the program's own (not a built-in's).
  // A Proxy is asked through its target, never through its traps (which
  // may throw, or throw because it was revoked): false for a revoked one,
  // which inspect then shows as such.
  function hasOwnToString(value) {
    for (let obj = value; obj !== null && !builtinPrototypes.includes(obj);
      obj = Object.getPrototypeOf(obj)) {
      const target = core.proxyTarget(obj);
      if (target === null) return false;
      if (target !== undefined) obj = target;
      if (Object.hasOwn(obj, "toString")) return true;
    }
    return false;
  }

  function formatArgs(args, options) {
    let out = "";
    let next = 0;
    const first = args[0];
    if (typeof first === "string" && args.length > 1) {
      next = 1;
      let last = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first[i] !== "%") continue;
        const c = first[i + 1];
        let text;
        if (c === "%") {
          text = "%";
        } else if (next >= args.length) {
          continue;
        } else if (c === "s") {
          const arg = args[next++];
          if (typeof arg === "string") text = arg;
          else if (typeof arg === "bigint") text = `${arg}n`;
          else if (typeof arg === "number") text = formatNumber(arg);
          else if (typeof arg === "symbol") text = arg.toString();
          else if (((arg !== null && typeof arg === "object") || core.proxyTarget(arg) === null) &&
                   !hasOwnToString(arg))
            text = inspect(arg, { ...options, depth: 0, colors: false });
          else text = String(arg);
        } else if (c === "d" || c === "i") {
          const arg = args[next++];
          if (typeof arg === "bigint") text = `${arg}n`;
          else if (typeof arg === "symbol" || (arg !== null && typeof arg === "object")) text = "NaN";
          else if (c === "d") text = formatNumber(Number(arg));
          else text = formatNumber(parseInt(arg));
        } else if (c === "f") {
          const arg = args[next++];
          const revoked = core.proxyTarget(arg) === null;
          text = typeof arg === "symbol" || revoked ? "NaN" : formatNumber(parseFloat(arg));
        } else if (c === "j") {
          try {
            text = JSON.stringify(args[next++]);
          } catch {
            text = "[Circular]";
          }
        } else if (c === "o") {
          text = inspect(args[next++], { ...options, depth: 4 });
        } else if (c === "O") {
          text = inspect(args[next++], options);
        } else if (c === "c") {
          next++;
          text = "";
        } else {
          continue;
        }
        out += first.slice(last, i) + text;
        last = i + 2;
        i++;
      }
      out += first.slice(last);
    }
    for (let i = next; i < args.length; i++) {
      if (i > 0) out += " ";
      out += typeof args[i] === "string" ? args[i] : inspect(args[i], options);
    }
    return out;
  }

  // Colour only for a terminal, and never with NO_COLOR: asked once per
  // stream, the first time something is written to it.
  const useColor = [undefined, undefined, undefined];
  function colorsFor(fd) {
    if (useColor[fd] === undefined) useColor[fd] = op_console_isatty(fd) && !op_console_no_color();
    return useColor[fd];
  }

  let groupIndent = "";

  function write(fd, args) {
    let text = formatArgs(args, { colors: colorsFor(fd), indent: groupIndent.length });
    if (groupIndent !== "") text = groupIndent + text.replaceAll("\n", `\n${groupIndent}`);
    op_print(text + "\n", fd === 2);
  }

  // console.table(data, columns): rows and columns in a box, Deno's way:
  // an (idx) column, one column per property, Values for primitive rows.
  function renderTable(header, rows, rightAlign) {
    const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))) + 2);
    const line = (l, m, r) => l + widths.map((w) => "─".repeat(w)).join(m) + r;
    const row = (cells) => "│" + cells.map((c, i) => {
      const pad = " ".repeat(widths[i] - 2 - width(c));
      return " " + (rightAlign[i] ? pad + c : c + pad) + " ";
    }).join("│") + "│";
    return [line("┌", "┬", "┐"), row(header), line("├", "┼", "┤"), ...rows.map(row),
      line("└", "┴", "┘")].join("\n");
  }

  function table(data, properties) {
    if (data === null || typeof data !== "object") return console.log(data);
    const cell = (v) => (v === undefined ? "" : inspect(v, { depth: 1, breakLength: Infinity, compact: true }));
    const entries = data instanceof Map ? [...data.entries()]
      : data instanceof Set ? [...data].map((v, i) => [i, v])
      : Object.entries(data);
    const columns = [];
    let hasValues = false;
    for (const [, value] of entries) {
      if (value !== null && typeof value === "object") {
        for (const key of Object.keys(value)) if (!columns.includes(key)) columns.push(key);
      } else {
        hasValues = true;
      }
    }
    const shown = properties ?? columns;
    const header = [data instanceof Map ? "(iter idx)" : "(idx)", ...shown];
    if (data instanceof Map) header.splice(1, 0, "Key");
    if (hasValues) header.push("Values");
    const numeric = header.map(() => true);
    const rows = entries.map(([key, value], n) => {
      const row = data instanceof Map ? [String(n), cell(key)] : [String(key)];
      const isObject = value !== null && typeof value === "object";
      for (const column of shown) row.push(isObject && Object.hasOwn(value, column) ? cell(value[column]) : "");
      if (hasValues) row.push(isObject ? "" : cell(value));
      row.forEach((text, i) => {
        if (text !== "" && !/^-?[0-9][0-9.e+-]*$/.test(text)) numeric[i] = false;
      });
      return row;
    });
    write(1, [renderTable(header, rows, numeric)]);
  }

  // V8 puts a console of its own on the global object, which prints
  // nothing but tells V8's inspector, and so a debugger, of each call.
  const v8Console = globalThis.console;
  const timers = new Map();
  const counts = new Map();
  const warn = (message) => write(2, [message]);

  globalThis.console = {
    log(...args) {
      write(1, args);
    },
    info(...args) {
      write(1, args);
    },
    debug(...args) {
      write(1, args);
    },
    warn(...args) {
      write(2, args);
    },
    error(...args) {
      write(2, args);
    },
    trace(...args) {
      const stack = new Error().stack.split("\n").slice(2).join("\n");
      write(2, [`Trace${args.length ? ": " + formatArgs(args, {}) : ""}\n${stack}`]);
    },
    dir(value, options) {
      write(1, [inspect(value, { ...options, colors: options?.colors ?? colorsFor(1) })]);
    },
    assert(condition, ...args) {
      if (condition) return;
      if (args.length === 0) write(2, ["Assertion failed"]);
      else if (typeof args[0] === "string") write(2, [`Assertion failed: ${args[0]}`, ...args.slice(1)]);
      else write(2, ["Assertion failed:", ...args]);
    },
    count(label = "default") {
      label = String(label);
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      write(1, [`${label}: ${n}`]);
    },
    countReset(label = "default") {
      label = String(label);
      if (counts.has(label)) counts.set(label, 0);
      else warn(`Count for '${label}' does not exist`);
    },
    time(label = "default") {
      label = String(label);
      if (timers.has(label)) return warn(`Timer '${label}' already exists`);
      timers.set(label, op_time_now());
    },
    timeLog(label = "default", ...args) {
      label = String(label);
      if (!timers.has(label)) return warn(`Timer '${label}' does not exist`);
      write(1, [`${label}: ${(op_time_now() - timers.get(label)).toFixed(3)}ms`, ...args]);
    },
    timeEnd(label = "default") {
      label = String(label);
      if (!timers.has(label)) return warn(`Timer '${label}' does not exist`);
      const ms = op_time_now() - timers.get(label);
      timers.delete(label);
      write(1, [`${label}: ${ms.toFixed(3)}ms`]);
    },
    group(...args) {
      if (args.length > 0) write(1, args);
      groupIndent += "  ";
    },
    groupEnd() {
      groupIndent = groupIndent.slice(2);
    },
    table,
  };
  console.groupCollapsed = console.group;
  globalThis.Toy.inspect = inspect;
  globalThis.Toy.customInspect = customInspect;
  // With a debugger (--inspect), each method also calls V8's, so that the
  // debugger shows what the program logs (Runtime.consoleAPICalled), as
  // Deno does. Without one, V8's would only keep the values logged.
  // debugger.cc sets core.inspecting when the debugger starts.
  // (Not console.trace: it prints its caller's stack, which a wrapper
  // would lengthen by a frame.)
  const { apply } = Reflect;
  for (const name of Object.keys(console)) {
    const own = console[name];
    const v8 = v8Console?.[name];
    if (typeof v8 !== "function" || name === "trace") continue;
    console[name] = {
      [name](...args) {
        if (core.inspecting === true) apply(v8, v8Console, args);
        return apply(own, this, args);
      },
    }[name];
  }
})(globalThis.Toy.core);
