// runtime.cc: the runtime's life: start V8, make an isolate and its
// context, run the main file, free it all. The shape follows V8's own
// samples: free functions, plain callbacks, scopes opened in main-like
// order and closed in reverse. Everything in the bridge that talks to V8
// shares bridge.h; the rest of toyjs is C and sees only runtime.h.
#include "bridge.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <memory>

#include <libplatform/libplatform.h>

static std::unique_ptr<v8::Platform> g_platform;

// ------------------------------------------------------------ strings --

// UTF-8 copy of any value, as String(value) would give it, for reports:
// it never throws. Symbols, which String() accepts but ToString() rejects,
// print as Symbol(description).
std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (value->IsSymbol()) {
    v8::Local<v8::Value> desc = value.As<v8::Symbol>()->Description(isolate);
    return "Symbol(" + (desc->IsUndefined() ? "" : ToUtf8(isolate, desc)) + ")";
  }
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::String> str;
  if (!value->ToString(context).ToLocal(&str)) return "<value that cannot be printed>";
  v8::String::Utf8Value utf8(isolate, str);
  return std::string(*utf8, utf8.length());
}

v8::Local<v8::String> NewString(v8::Isolate* isolate, const char* s) {
  return v8::String::NewFromUtf8(isolate, s).ToLocalChecked();
}

// Puts fn on obj under name.
void SetFunction(v8::Local<v8::Context> context, v8::Local<v8::Object> obj, const char* name,
                 v8::FunctionCallback fn) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> f = v8::Function::New(context, fn).ToLocalChecked();
  f->SetName(NewString(isolate, name));
  obj->Set(context, NewString(isolate, name), f).Check();
}

// ---------------------------------------------------------- lifecycle --

//> 01-hello v8-init
int toy_v8_init(const char* exe, int nflags, char** flags) {
  v8::V8::InitializeICUDefaultLocation(exe);
//> 05-modules v8-flags-modules
  // Import assertions (assert { type: "json" }) are still behind a flag
  // in V8 10.2.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
//< 05-modules v8-flags-modules
//> 08-fast-calls v8-flags-fast
  // V8 10.2 calls fast entries only with this flag on.
  if (FastCallsOn()) v8::V8::SetFlagsFromString("--turbo-fast-api-calls");
//< 08-fast-calls v8-flags-fast
  v8::V8::SetFlagsFromCommandLine(&nflags, flags, true);
  // V8 took out every flag it knew; anything left it did not recognise.
  for (int i = 1; i < nflags; i++) {
    fprintf(stderr, "error: V8 did not recognize flag '%s'\n\n"
                    "For a list of V8 flags, use '--v8-flags=--help'\n", flags[i]);
    return -1;
  }
//> 08-fast-calls no-fast-wins
  // --no-fast-calls wins over a --turbo-fast-api-calls in --v8-flags.
  if (!FastCallsOn()) v8::V8::SetFlagsFromString("--no-turbo-fast-api-calls");
//< 08-fast-calls no-fast-wins
//> 02-timers platform-new
  // V8's default platform, whose queue of tasks for each isolate also
  // wakes that isolate's loop (platform.cc).
  g_platform = NewLoopPlatform();
//< 02-timers platform-new
  v8::V8::InitializePlatform(g_platform.get());
  v8::V8::Initialize();
//> 07-snapshots platform-timing
  g_platform_ready = uv_hrtime();
//< 07-snapshots platform-timing
  return 0;
}

void toy_v8_shutdown(void) {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  g_platform.reset();
//> 07-snapshots free-snapshot-file
  SnapshotShutdown();
//< 07-snapshots free-snapshot-file
//> 08-fast-calls shutdown-fast
  FastShutdown();
//< 08-fast-calls shutdown-fast
}

const char* toy_v8_version(void) {
  return v8::V8::GetVersion();
}
//< 01-hello v8-init

//> 01-hello runtime-new
toy_runtime* toy_runtime_new(void) {
  toy_runtime* rt = new toy_runtime();
  rt->exit_code = 0;
  rt->allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = rt->allocator;
//> 19-workers shared-allocator
  // Memory a worker transfers or shares outlives the isolate that made
  // it: V8 keeps the allocator alive, through a shared_ptr in each
  // backing store, for as long as any of that memory is.
  if (!SnapshotOwnsIsolate()) {
    params.array_buffer_allocator_shared.reset(rt->allocator);
    params.array_buffer_allocator = nullptr;
    rt->allocator = nullptr;
  }
//< 19-workers shared-allocator
//> 07-snapshots isolate-from-snapshot
  // From a snapshot (snapshot.cc), or the isolate a snapshot is being
  // made in.
  rt->isolate = SnapshotIsolate(rt, &params);
//< 07-snapshots isolate-from-snapshot
  rt->isolate->SetData(0, rt);  // so callbacks can find their runtime
//> 02-timers runtime-new-loop
  if (toy_loop_init(&rt->loop, OnTimer, FreeTimer, rt) != 0) {
    fprintf(stderr, "error: could not start the event loop\n");
    rt->isolate->Dispose();
    delete rt->allocator;
    delete rt;
    return NULL;
  }
  CheckpointInit(rt);
  TasksInit(rt);
//< 02-timers runtime-new-loop
//> 03-ops runtime-new-state
  if (BindInit(rt) != 0) {
    fprintf(stderr, "error: could not set up the op table\n");
    toy_loop_close(&rt->loop);
    rt->isolate->Dispose();
    delete rt->allocator;
    delete rt;
    return NULL;
  }
//< 03-ops runtime-new-state
//> 05-modules runtime-new-modules
  ModulesInit(rt);
//< 05-modules runtime-new-modules
//> 10-globals runtime-new-heap-limit
  GlobalsInit(rt);
//< 10-globals runtime-new-heap-limit
//> 13-http runtime-new-batch
  BatchInit(rt);
//< 13-http runtime-new-batch
//> 19-workers runtime-new-workers
  WorkerInit(rt);
//< 19-workers runtime-new-workers

  v8::Isolate::Scope isolate_scope(rt->isolate);
  v8::HandleScope handle_scope(rt->isolate);
  v8::Local<v8::Context> context = v8::Context::New(rt->isolate);
  v8::Context::Scope context_scope(context);
//> 07-snapshots boot-or-rebind
  // From a snapshot, Context::New gave back the context as the snapshot
  // left it, globals and runtime JS and all: only the bridge's own
  // handles need finding again. From source, build it all.
  rt->timings[0] = g_platform_ready;
  rt->timings[1] = uv_hrtime();
  rt->context.Reset(rt->isolate, context);
  if (rt->from_snapshot) {
    SnapshotRebind(rt, context);
  } else {
    InstallGlobals(context);
    if (!RunExtensionScripts(rt, context)) rt->exit_code = 1;
  }
  rt->timings[2] = uv_hrtime();
//< 07-snapshots boot-or-rebind
  return rt;
}

//> 04-resources runtime-free-int
int toy_runtime_free(toy_runtime* rt) {
//< 04-resources runtime-free-int
  {
    v8::Isolate::Scope isolate_scope(rt->isolate);
//> 02-timers runtime-free-loop
//> 03-ops runtime-free-state
    BindClose(rt);  // ops still in flight finish without settling
//< 03-ops runtime-free-state
//> 05-modules runtime-free-imports
    ModulesFree(rt);
//< 05-modules runtime-free-imports
//> 19-workers runtime-free-workers
    WorkerFree(rt);  // its workers stopped and joined, its ports closed
//< 19-workers runtime-free-workers
//> 20-debugger omit
    InspectorFree(rt);  // its server stopped and joined, its sessions gone
//< 20-debugger omit
    TasksFree(rt);  // no thread may wake the loop from now on
    // Timers still pending (after an error) hold V8 handles: free them
    // while the isolate is alive.
//> 04-resources runtime-free-busy
    // A job still running on the threadpool will use the loop when it
    // ends: the loop, and so rt, must outlive the process.
    int rc = toy_loop_close(&rt->loop);
    if (rc == UV_EBUSY) return 1;
    if (rc != 0) fprintf(stderr, "warning: the event loop still had open handles at exit\n");
//< 04-resources runtime-free-busy
    CheckpointFree(rt);
//> 03-ops runtime-free-bind
    BindFree(rt);  // only now, with no op left running
//< 03-ops runtime-free-bind
//> 04-resources runtime-free-weak
    WeakFree(rt);
//< 04-resources runtime-free-weak
//< 02-timers runtime-free-loop
//> 10-globals omit
    rt->blob_template.Reset();
//< 10-globals omit
    rt->context.Reset();
  }
//> 07-snapshots free-not-creator
  if (!SnapshotOwnsIsolate()) rt->isolate->Dispose();  // else the creator does
//< 07-snapshots free-not-creator
  delete rt->allocator;
  delete rt;
//> 04-resources omit
  return 0;
//< 04-resources omit
}
//< 01-hello runtime-new

//> 01-hello run-main
int toy_runtime_run_main(toy_runtime* rt, const char* path) {
//> 03-ops run-main-boot-failed
  if (rt->exit_code != 0) return rt->exit_code;  // the runtime's own JS failed
//< 03-ops run-main-boot-failed
//> 07-snapshots run-app-snapshot
  if (SnapshotIsApp()) return RunSnapshotMain(rt);  // path named the snapshot
//< 07-snapshots run-app-snapshot
  // "-" is the script on standard input, as in Deno.
  bool from_stdin = strcmp(path, "-") == 0;
  char* url = toy_path_to_file_url(from_stdin ? "$stdin" : path);
  char* source = NULL;
  size_t length = 0;
  int err = url ? toy_read_file(from_stdin ? "/dev/stdin" : path, &source, &length) : -ENOMEM;
  if (err != 0) {
    if (err == -ENOENT)
      fprintf(stderr, "error: Module not found \"%s\".\n", url);
    else
      fprintf(stderr, "error: %s (os error %d): read '%s'\n", strerror(-err), -err, path);
    free(url);
    return 1;
  }

  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
//> 05-modules run-main-module
  // From chapter 05 the main file is an ES module, as in Deno.
  RunMainModule(rt, context, url, source, length);
//< 05-modules run-main-module
  free(source);
  free(url);
//> 07-snapshots timing-user-code
  rt->timings[3] = uv_hrtime();
//< 07-snapshots timing-user-code
//> 02-timers run-loop
  // The script has run; now the microtasks it queued, then the loop,
  // until no timer is left or an error ends the run.
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
//< 02-timers run-loop
//> 07-snapshots timing-loop
  rt->timings[4] = uv_hrtime();
//< 07-snapshots timing-loop
//> 10-globals run-main-exit
  if (rt->exiting) {  // Toy.exit: its code, and nothing more to say
    fflush(stdout);
    return rt->exit_code;
  }
//< 10-globals run-main-exit
//> 05-modules top-level-await
  // The loop is empty but the main module is still waiting: its await
  // can never finish.
  if (rt->exit_code == 0 && !rt->modules.main_evaluation.IsEmpty() &&
      rt->modules.main_evaluation.Get(isolate)->State() == v8::Promise::kPending) {
    fprintf(stderr, "error: Top-level await promise never resolved\n");
    rt->exit_code = 1;
  }
//< 05-modules top-level-await
  fflush(stdout);
  return rt->exit_code;
}
//< 01-hello run-main
