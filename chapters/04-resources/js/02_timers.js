// 02_timers.js: setTimeout and friends. C keeps the queue of pending
// timers and their ids (loop.c); this file keeps what each timer does, and
// applies the web platform's rules on the way in.
"use strict";
((core) => {
  const { op_timer_start, op_timer_clear, op_timer_repeat } = core.ops;
  // Callbacks are called with Reflect.apply as the runtime found it, not
  // through their own .apply, which a script may have replaced.
  const { apply } = Reflect;

  // id -> { callback, args, interval, delay, nesting }
  const timers = new Map();
  // The nesting level of the timer whose callback is running (0: none).
  let nesting = 0;

  // WebIDL's conversion to `long`: ToNumber, NaN and infinities to 0,
  // cut the fraction, wrap to a signed 32-bit number.
  function toLong(value) {
    let n = value === undefined ? 0 : Number(value);
    if (!Number.isFinite(n)) return 0;
    n = Math.trunc(n) % 4294967296;
    if (n < 0) n += 4294967296;
    return n >= 2147483648 ? n - 4294967296 : n;
  }

  function setTimer(callback, delay, args, interval) {
    delay = toLong(delay);
    if (delay < 0) delay = 0;
    if (typeof callback !== "function") {
      // A string of code, run as global code when the timer fires.
      const code = String(callback);
      callback = () => (0, eval)(code);
    }
    // HTML: a timer set from a callback more than five timers deep waits
    // at least 4 ms.
    if (nesting > 5 && delay < 4) delay = 4;
    const id = op_timer_start(delay, interval);
    timers.set(id, { callback, args, interval, delay, nesting: nesting + 1 });
    return id;
  }

  // The bridge calls this when the timer with this id fires.
  core.setTimerHandler((id) => {
    const timer = timers.get(id);
    if (timer === undefined) return;
    if (!timer.interval) timers.delete(id);
    nesting = timer.nesting;
    try {
      apply(timer.callback, globalThis, timer.args);
    } finally {
      nesting = 0;
    }
    if (timer.interval && timers.has(id)) {
      // Each run of an interval is one level deeper than the last.
      if (timer.nesting > 5 && timer.delay < 4) {
        timer.delay = 4;
        op_timer_repeat(id, 4);
      }
      timer.nesting++;
    }
  });

  function clearTimer(id) {
    id = toLong(id);
    if (id > 0 && timers.delete(id)) op_timer_clear(id);
  }

  globalThis.setTimeout = function setTimeout(callback, delay = 0, ...args) {
    return setTimer(callback, delay, args, false);
  };
  globalThis.setInterval = function setInterval(callback, delay = 0, ...args) {
    return setTimer(callback, delay, args, true);
  };
  globalThis.clearTimeout = function clearTimeout(id = 0) {
    clearTimer(id);
  };
  globalThis.clearInterval = function clearInterval(id = 0) {
    clearTimer(id);
  };
  globalThis.queueMicrotask = core.queueMicrotask;
})(globalThis.Toy.core);
