// 14_abort.js: Event and EventTarget, as much of the DOM's as programs
// without a document use, and on them AbortController and AbortSignal:
// the web's way to cancel work (fetch, Toy.serve) from outside it.
"use strict";
((core) => {
  const ops = core.ops;

  // An event: its type and what dispatch records on it. Without a tree
  // of nodes there is no capture or bubbling: the target is the whole
  // path, its capture listeners run first, then the others.
  const NONE = 0, AT_TARGET = 2;
  const trusted = new WeakSet();   // events the runtime itself fires
  const isTrustedGetter = {
    get isTrusted() {
      return trusted.has(this);
    },
  };
  class Event {
    #type;
    #cancelable;
    #bubbles;
    #composed;
    #canceled = false;
    #stop = false;              // stopPropagation (cancelBubble)
    #stopNow = false;           // stopImmediatePropagation
    #passive = false;           // inside a passive listener
    #dispatching = false;
    #target = null;
    #current = null;
    #timeStamp = performance.now();
    constructor(type, init = undefined) {
      if (arguments.length === 0) throw new TypeError("Event constructor: 1 argument required, but only 0 present");
      this.#type = `${type}`;   // a Symbol is a TypeError, as WebIDL says
      init = dictionary(init, "Event constructor: eventInitDict");
      this.#bubbles = Boolean(init.bubbles);
      this.#cancelable = Boolean(init.cancelable);
      this.#composed = Boolean(init.composed);
      // isTrusted is the event's own property, one getter for all
      // events, and cannot be redefined: script cannot forge it.
      Object.defineProperty(this, "isTrusted", {
        get: Object.getOwnPropertyDescriptor(isTrustedGetter, "isTrusted").get,
        enumerable: true,
        configurable: false,
      });
    }
    get eventPhase() {
      return this.#current === null ? NONE : AT_TARGET;
    }
    // The path the event travels: only its target, while it travels.
    composedPath() {
      return this.#current === null ? [] : [this.#current];
    }
    // Ignored outside a cancelable event, and inside a passive listener,
    // which promised not to cancel.
    preventDefault() {
      if (this.#cancelable && !this.#passive) this.#canceled = true;
    }
    stopPropagation() {
      this.#stop = true;
    }
    stopImmediatePropagation() {
      this.#stop = true;
      this.#stopNow = true;
    }
    // dispatch(target, event, isTrusted): EventTarget.dispatchEvent's work.
    static dispatch(target, event, isTrusted) {
      if (event.#dispatching) throw new DOMException("The event is already being dispatched.", "InvalidStateError");
      if (isTrusted) trusted.add(event);
      else trusted.delete(event);
      event.#dispatching = true;
      event.#target = target;
      event.#current = target;
      try {
        const list = listenersOf(target, event.#type);
        if (list !== undefined) {
          invoke(target, event, event.#type, list.slice(), true);
          invoke(target, event, event.#type, list.slice(), false);
        }
      } finally {
        event.#dispatching = false;
        event.#current = null;
        event.#stop = false;
        event.#stopNow = false;
      }
      return !event.#canceled;
    }
    static stopped(event, immediate) {
      return immediate ? event.#stopNow : event.#stop;
    }
    static setPassive(event, passive) {
      event.#passive = passive;
    }
    // What each field says, read-only.
    get type() {
      return this.#type;
    }
    get bubbles() {
      return this.#bubbles;
    }
    get cancelable() {
      return this.#cancelable;
    }
    get composed() {
      return this.#composed;
    }
    get defaultPrevented() {
      return this.#canceled;
    }
    get target() {
      return this.#target;
    }
    get currentTarget() {
      return this.#current;
    }
    get timeStamp() {
      return this.#timeStamp;
    }
    // What older code uses: the same flags under other names, and
    // initEvent, which re-initialises an event not being dispatched.
    get srcElement() {
      return this.#target;
    }
    get cancelBubble() {
      return this.#stop;
    }
    set cancelBubble(value) {
      if (value) this.#stop = true;
    }
    get returnValue() {
      return !this.#canceled;
    }
    set returnValue(value) {
      if (!value) this.preventDefault();
    }
    initEvent(type, bubbles = false, cancelable = false) {
      if (arguments.length === 0) throw new TypeError("initEvent: 1 argument required, but only 0 present");
      if (this.#dispatching) return;
      this.#type = `${type}`;   // a Symbol is a TypeError, as WebIDL says
      this.#bubbles = Boolean(bubbles);
      this.#cancelable = Boolean(cancelable);
      this.#canceled = this.#stop = this.#stopNow = false;
      this.#target = null;
      trusted.delete(this);
    }
    static dispatching(event) {
      return event.#dispatching;
    }
    // console.log shows what the getters say, a subclass's too (a
    // MessageEvent's data).
    [Symbol.for("Toy.customInspect")]() {
      const out = { type: this.#type, isTrusted: this.isTrusted };
      for (let p = Object.getPrototypeOf(this); p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        for (const [name, desc] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
          if (typeof desc.get !== "function" || name in out) continue;
          try {
            out[name] = desc.get.call(this);
          } catch {
            // a getter of a subclass that refuses: left out
          }
        }
      }
      return out;
    }
  }
  const { dispatch, stopped, setPassive, dispatching } = Event;
  for (const name of ["dispatch", "stopped", "setPassive", "dispatching"]) delete Event[name];

  // The runtime's own events (an AbortSignal's abort) are trusted.
  function fireTrusted(target, event) {
    return dispatch(target, event, true);
  }
  core.fireTrusted = fireTrusted;

  // Each listener of the list that is still there, capture ones in the
  // first pass and the others in the second, until one stops the event.
  function invoke(target, event, type, list, capturePass) {
    if (stopped(event, false)) return;
    for (const l of list) {
      if (l.removed || l.capture !== capturePass) continue;
      if (l.once) removeListener(target, type, l);
      if (l.passive) setPassive(event, true);
      callListener(l.callback, target, event);
      setPassive(event, false);
      if (stopped(event, true)) return;
    }
  }

  // An exception in a listener does not stop the dispatch: it is
  // reported as uncaught, later, as in browsers and Deno.
  function reportError(err) {
    setTimeout(() => {
      throw err;
    }, 0);
  }

  // A function is called with the target as this; an object's
  // handleEvent is looked up at each call, and called on the object.
  function callListener(callback, target, event) {
    try {
      if (typeof callback === "function") {
        callback.call(target, event);
      } else {
        const handle = callback.handleEvent;
        if (typeof handle !== "function") throw new TypeError("The listener's handleEvent is not a function");
        handle.call(callback, event);
      }
    } catch (err) {
      reportError(err);
    }
  }

  const listeners = new WeakMap();   // target -> Map(type -> [listener])
  function listenersOf(target, type) {
    return listeners.get(target)?.get(type);
  }
  function removeListener(target, type, l) {
    l.removed = true;
    const list = listenersOf(target, type);
    const i = list === undefined ? -1 : list.indexOf(l);
    if (i >= 0) list.splice(i, 1);
  }

  class EventTarget {
    constructor() {
      listeners.set(this, new Map());
    }
    // options: a boolean (capture) or { capture, once, passive, signal };
    // a signal that aborts removes the listener.
    addEventListener(type, callback, options = undefined) {
      if (arguments.length < 2) throw new TypeError(`addEventListener: 2 arguments required, but only ${arguments.length} present`);
      const map = targetMap(this, "addEventListener");
      type = String(type);
      if (callback !== null && typeof callback !== "object" && typeof callback !== "function") {
        throw new TypeError("addEventListener: the listener is not an object");
      }
      const { capture, once, passive, signal } = listenerOptions(options);
      if (signal?.aborted || callback === null) return;
      let list = map.get(type);
      if (list === undefined) map.set(type, (list = []));
      if (list.some((l) => l.callback === callback && l.capture === capture)) return;
      const l = { callback, capture, once, passive, removed: false };
      list.push(l);
      if (signal !== undefined) addAbortAlgorithm(signal, () => removeListener(this, type, l));
    }
    removeEventListener(type, callback, options = undefined) {
      if (arguments.length < 2) throw new TypeError(`removeEventListener: 2 arguments required, but only ${arguments.length} present`);
      const map = targetMap(this, "removeEventListener");
      const capture = listenerOptions(options, true).capture;
      const l = map.get(String(type))?.find((l) => l.callback === callback && l.capture === capture);
      if (l !== undefined) removeListener(this, String(type), l);
    }
    dispatchEvent(event) {
      targetMap(this, "dispatchEvent");
      if (!(event instanceof Event)) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      }
      return dispatch(this, event, false);
    }
  }
  Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: "EventTarget" });

  // "onabort"-style handler properties. As the web defines them, setting
  // one adds a listener in its turn, after those added before it and
  // before those added later; replacing the function keeps that place,
  // and setting null removes it.
  const onHandlers = Symbol("onHandlers");
  function defineHandler(proto, type) {
    Object.defineProperty(proto, "on" + type, {
      get() {
        return this[onHandlers]?.get(type)?.value ?? null;
      },
      set(value) {
        if (!Object.prototype.hasOwnProperty.call(this, onHandlers)) {
          Object.defineProperty(this, onHandlers, { value: new Map() });
        }
        const handlers = this[onHandlers];
        let entry = handlers.get(type);
        if (typeof value !== "function") {
          if (entry !== undefined) this.removeEventListener(type, entry.listener);
          handlers.delete(type);
          return;
        }
        if (entry === undefined) {
          const current = { value, listener: null };
          current.listener = function (event) {
            return current.value.call(this, event);
          };
          handlers.set(type, (entry = current));
          this.addEventListener(type, entry.listener);
        }
        entry.value = value;
      },
      configurable: true,
      enumerable: true,
    });
  }

  // A WebIDL dictionary argument: undefined and null are {}, anything
  // else that is not an object is a TypeError.
  function dictionary(value, what) {
    if (value === undefined || value === null) return {};
    if (typeof value !== "object" && typeof value !== "function") throw new TypeError(`${what} is not an object`);
    return value;
  }

  // addEventListener's options, as WebIDL reads them: an object is the
  // dictionary; anything else says whether to capture.
  function listenerOptions(options, captureOnly = false) {
    if (options === null || (typeof options !== "object" && typeof options !== "function")) {
      return { capture: Boolean(options), once: false, passive: false, signal: undefined };
    }
    const capture = Boolean(options.capture);
    if (captureOnly) return { capture };
    const once = Boolean(options.once);
    const passive = Boolean(options.passive);
    const signal = options.signal;
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
      throw new TypeError("addEventListener: options.signal is not an AbortSignal");
    }
    return { capture, once, passive, signal };
  }

  function targetMap(target, method) {
    const map = listeners.get(target ?? undefined);
    if (map === undefined) throw new TypeError(`EventTarget.prototype.${method}: 'this' is not an EventTarget`);
    return map;
  }

  // An object the bridge made (a MessagePort), or the global object of a
  // worker, becomes an EventTarget without its constructor.
  core.adoptEventTarget = (obj) => {
    if (!listeners.has(obj)) listeners.set(obj, new Map());
  };

  // The phases, as constants on Event and its prototype; without a tree
  // only NONE and AT_TARGET occur.
  for (const [name, value] of [["NONE", 0], ["CAPTURING_PHASE", 1], ["AT_TARGET", 2], ["BUBBLING_PHASE", 3]]) {
    const desc = { value, enumerable: true, writable: false, configurable: false };
    Object.defineProperty(Event, name, desc);
    Object.defineProperty(Event.prototype, name, desc);
  }
  Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: "Event", configurable: true });

  // CustomEvent: an Event with a detail of the program's choosing.
  class CustomEvent extends Event {
    #detail;
    constructor(type, init = undefined) {
      if (arguments.length === 0) throw new TypeError("CustomEvent constructor: 1 argument required, but only 0 present");
      super(type, init);
      this.#detail = dictionary(init, "CustomEvent constructor: eventInitDict").detail ?? null;
    }
    get detail() {
      return this.#detail;
    }
    initCustomEvent(type, bubbles = false, cancelable = false, detail = null) {
      if (arguments.length === 0) throw new TypeError("initCustomEvent: 1 argument required, but only 0 present");
      if (dispatching(this)) return;
      this.initEvent(type, bubbles, cancelable);
      this.#detail = detail;
    }
  }
  Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: "CustomEvent", configurable: true });
  globalThis.CustomEvent = CustomEvent;
  globalThis.Event = Event;
  globalThis.EventTarget = EventTarget;
  core.defineEventHandler = defineHandler;   // for FileReader's onload

  const illegal = Symbol("illegal");

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    #algorithms = [];     // what aborting runs before the abort event
    #dependents = [];     // the signals AbortSignal.any made from this one
    constructor(key) {
      if (key !== illegal) throw new TypeError("Illegal constructor.");
      super();
    }
    get aborted() {
      return this.#aborted;
    }
    get reason() {
      return this.#reason;
    }
    throwIfAborted() {
      if (this.#aborted) throw this.#reason;
    }
    [Symbol.for("Toy.customInspect")]() {
      return this.#aborted ? { aborted: true, reason: this.#reason } : { aborted: false };
    }
    static addAlgorithm(signal, algorithm) {
      if (!signal.#aborted) signal.#algorithms.push(algorithm);
    }
    // Aborts once: later calls change nothing. The signals that depend
    // on this one abort with it, with its reason; their events follow
    // its own.
    static signalAbort(signal, reason) {
      if (signal.#aborted) return;
      if (reason === undefined) reason = new DOMException("The signal has been aborted", "AbortError");
      const all = [signal];
      for (const s of [signal, ...signal.#dependents]) {
        if (s.#aborted) continue;
        s.#aborted = true;
        s.#reason = reason;
        if (s !== signal) all.push(s);
      }
      for (const s of all) {
        const algorithms = s.#algorithms;
        s.#algorithms = [];
        s.#dependents = [];
        for (const run of algorithms) run();
        fireTrusted(s, new Event("abort"));
      }
    }
    static abort(reason = undefined) {
      const signal = new AbortSignal(illegal);
      signalAbort(signal, reason);
      return signal;
    }
    // Aborts with a TimeoutError after ms; the timer does not keep the
    // program running on its own.
    static timeout(ms) {
      if (arguments.length === 0) throw new TypeError("AbortSignal.timeout: 1 argument required, but only 0 present");
      ms = Number(ms);
      if (!Number.isFinite(ms) || ms < 0 || ms > Number.MAX_SAFE_INTEGER) {
        throw new TypeError(`Failed to execute 'AbortSignal.timeout': Argument 1 is not a valid time: ${ms}`);
      }
      const signal = new AbortSignal(illegal);
      ops.op_timer_unref(Math.trunc(ms)).then(() => {
        signalAbort(signal, new DOMException("Signal timed out.", "TimeoutError"));
      });
      return signal;
    }
    // Aborts when the first of signals does, with its reason. It hangs
    // on the signals that can still abort, never on another any()'s
    // result, so a chain of any() stays one step deep.
    static any(signals) {
      if (arguments.length === 0) throw new TypeError("AbortSignal.any: 1 argument required, but only 0 present");
      if (signals === null || typeof signals !== "object" || typeof signals[Symbol.iterator] !== "function") {
        throw new TypeError("AbortSignal.any: argument 1 is not a sequence");
      }
      const list = Array.from(signals);
      for (const s of list) {
        if (!(s instanceof AbortSignal)) throw new TypeError("AbortSignal.any: every item must be an AbortSignal");
      }
      const signal = new AbortSignal(illegal);
      const done = list.find((s) => s.#aborted);
      if (done !== undefined) {
        signal.#aborted = true;
        signal.#reason = done.#reason;
        return signal;
      }
      const sources = new Set();
      for (const s of list) {
        for (const source of s.#sources ?? [s]) sources.add(source);
      }
      signal.#sources = sources;
      for (const source of sources) source.#dependents.push(signal);
      return signal;
    }
    #sources = null;      // for a signal any() made: the signals it hangs on
  }
  const { signalAbort, addAlgorithm: addAbortAlgorithm } = AbortSignal;
  delete AbortSignal.signalAbort;
  delete AbortSignal.addAlgorithm;
  defineHandler(AbortSignal.prototype, "abort");
  Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: "AbortSignal" });

  class AbortController {
    #signal = new AbortSignal(illegal);
    get signal() {
      return this.#signal;
    }
    abort(reason) {
      signalAbort(this.#signal, reason);
    }
  }
  Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: "AbortController" });

  globalThis.AbortSignal = AbortSignal;
  globalThis.AbortController = AbortController;
})(globalThis.Toy.core);
