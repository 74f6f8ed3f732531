// pipeTo with an AbortSignal: aborting it cancels the source and aborts
// the destination (first) with the signal's reason (an AbortError DOMException
// by default), and the pipe rejects with it; preventAbort and
// preventCancel keep either side untouched; a signal aborted before the
// pipe starts stops it before any chunk is written; a signal that is not
// an AbortSignal is a TypeError.
// needs: streams
// expect: dest aborted AbortError
// expect: source cancelled AbortError
// expect: pipe rejected AbortError DOMException
// expect: preventAbort+preventCancel: pipe rejected stop, source readable, dest writable
// expect: already aborted: 0 writes, rejected early
// expect: bad signal TypeError
const never = (log) => new ReadableStream({ cancel(r) { log?.("source cancelled", r.name); } });
(async () => {
  const ac = new AbortController();
  const p = never(print).pipeTo(new WritableStream({ abort(r) { print("dest aborted", r.name); } }),
                                { signal: ac.signal });
  setTimeout(() => ac.abort(), 0);
  await p.catch((e) => print("pipe rejected", e.name, e.constructor.name));

  const ac2 = new AbortController();
  const src = never();
  const dst = new WritableStream();
  const p2 = src.pipeTo(dst, { signal: ac2.signal, preventAbort: true, preventCancel: true });
  ac2.abort("stop");
  const why = await p2.catch((e) => e);
  const r = src.getReader(), w = dst.getWriter();
  print(`preventAbort+preventCancel: pipe rejected ${why}, source ${r.closed ? "readable" : "?"}, dest ${w.desiredSize === 1 ? "writable" : w.desiredSize}`);

  let writes = 0;
  const early = new ReadableStream({ start(c) { c.enqueue(1); } });
  await early.pipeTo(new WritableStream({ write() { writes++; } }), { signal: AbortSignal.abort("early") })
    .catch((e) => print(`already aborted: ${writes} writes, rejected ${e}`));

  await never().pipeTo(new WritableStream(), { signal: {} }).catch((e) => print("bad signal", e.constructor.name));
})();
