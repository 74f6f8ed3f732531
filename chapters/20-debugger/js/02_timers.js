// 02_timers.js: setTimeout and friends. C keeps the queue of pending
// timers and their ids (loop.c); this file keeps what each timer does, and
// applies the web platform's rules on the way in.
"use strict";
((core) => {
  const { op_timer_start, op_timer_clear, op_timer_repeat } = core.ops;
  // Callbacks are called with Reflect.apply as the runtime found it, not
  // through their own .apply, which a script may have replaced.
  const { apply } = Reflect;

  // What each timer does, one array per field, at the timer's slot: a
  // small number, used again once its timer is gone. C keeps each timer's
  // slot and hands it back when the timer fires. No Map to grow, no
  // object per timer.
  const ids = [];        // slot -> the timer's id, 0 when the slot is free
  const callbacks = [];
  const periods = [];    // an interval's delay, -1 for a timeout
  const levels = [];     // how deeply nested its callback runs
  const freeSlots = [];
  const NO_ARGS = [];
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
    // Arguments (rare) go into a closure, so a slot holds one function.
    if (args !== undefined) {
      const f = callback;
      callback = () => apply(f, globalThis, args);
    }
    // HTML: a timer set from a callback more than five timers deep waits
    // at least 4 ms.
    if (nesting > 5 && delay < 4) delay = 4;
    const slot = freeSlots.length > 0 ? freeSlots.pop() : ids.length;
    const id = op_timer_start(delay, interval, slot);
    ids[slot] = id;
    callbacks[slot] = callback;
    periods[slot] = interval ? delay : -1;
    levels[slot] = nesting + 1;
    return id;
  }

  // Frees a slot. When none is in use any more, the arrays are emptied:
  // a burst of timers does not keep its memory once it is over.
  function release(slot) {
    ids[slot] = 0;
    callbacks[slot] = undefined;
    freeSlots.push(slot);
    if (freeSlots.length === ids.length) {
      ids.length = callbacks.length = periods.length = levels.length = 0;
      freeSlots.length = 0;
    }
  }

  // The bridge calls this when a timer fires, with its slot and id.
  core.setTimerHandler((slot, id) => {
    if (ids[slot] !== id) return;  // cleared, or a slot no timer was given
    const callback = callbacks[slot], level = levels[slot];
    if (periods[slot] < 0) release(slot);
    nesting = level;
    try {
      apply(callback, globalThis, NO_ARGS);
    } finally {
      nesting = 0;
    }
    if (ids[slot] === id) {
      // An interval, still set: each run is one level deeper than the last.
      if (level > 5 && periods[slot] < 4) {
        periods[slot] = 4;
        op_timer_repeat(id, 4);
      }
      levels[slot] = level + 1;
    }
  });

  function clearTimer(id) {
    id = toLong(id);
    if (id <= 0) return;
    const slot = op_timer_clear(id);
    if (slot >= 0 && ids[slot] === id) release(slot);
  }

  // The arguments after callback and delay, as an array. The globals ask
  // for it only when there are some: a rest parameter would allocate an
  // array on every call, empty or not.
  function extraArgs(list) {
    const args = [];
    for (let i = 2; i < list.length; i++) args[i - 2] = list[i];
    return args;
  }

  globalThis.setTimeout = function setTimeout(callback, delay = 0) {
    const args = arguments.length > 2 ? extraArgs(arguments) : undefined;
    return setTimer(callback, delay, args, false);
  };
  globalThis.setInterval = function setInterval(callback, delay = 0) {
    const args = arguments.length > 2 ? extraArgs(arguments) : undefined;
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
