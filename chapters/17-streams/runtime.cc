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

int toy_v8_init(const char* exe, int nflags, char** flags) {
  v8::V8::InitializeICUDefaultLocation(exe);
  // Import assertions (assert { type: "json" }) are still behind a flag
  // in V8 10.2.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
  // V8 10.2 calls fast entries only with this flag on.
  if (FastCallsOn()) v8::V8::SetFlagsFromString("--turbo-fast-api-calls");
  v8::V8::SetFlagsFromCommandLine(&nflags, flags, true);
  // V8 took out every flag it knew; anything left it did not recognise.
  for (int i = 1; i < nflags; i++) {
    fprintf(stderr, "error: V8 did not recognize flag '%s'\n\n"
                    "For a list of V8 flags, use '--v8-flags=--help'\n", flags[i]);
    return -1;
  }
  // --no-fast-calls wins over a --turbo-fast-api-calls in --v8-flags.
  if (!FastCallsOn()) v8::V8::SetFlagsFromString("--no-turbo-fast-api-calls");
  // V8's default platform, whose queue of tasks for each isolate also
  // wakes that isolate's loop (platform.cc).
  g_platform = NewLoopPlatform();
  v8::V8::InitializePlatform(g_platform.get());
  v8::V8::Initialize();
  g_platform_ready = uv_hrtime();
  return 0;
}

void toy_v8_shutdown(void) {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  g_platform.reset();
  SnapshotShutdown();
  FastShutdown();
}

const char* toy_v8_version(void) {
  return v8::V8::GetVersion();
}

toy_runtime* toy_runtime_new(void) {
  toy_runtime* rt = new toy_runtime();
  rt->exit_code = 0;
  rt->allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = rt->allocator;
  // From a snapshot (snapshot.cc), or the isolate a snapshot is being
  // made in.
  rt->isolate = SnapshotIsolate(rt, &params);
  rt->isolate->SetData(0, rt);  // so callbacks can find their runtime
  if (toy_loop_init(&rt->loop, OnTimer, FreeTimer, rt) != 0) {
    fprintf(stderr, "error: could not start the event loop\n");
    rt->isolate->Dispose();
    delete rt->allocator;
    delete rt;
    return NULL;
  }
  CheckpointInit(rt);
  TasksInit(rt);
  if (BindInit(rt) != 0) {
    fprintf(stderr, "error: could not set up the op table\n");
    toy_loop_close(&rt->loop);
    rt->isolate->Dispose();
    delete rt->allocator;
    delete rt;
    return NULL;
  }
  ModulesInit(rt);
  GlobalsInit(rt);
  BatchInit(rt);

  v8::Isolate::Scope isolate_scope(rt->isolate);
  v8::HandleScope handle_scope(rt->isolate);
  v8::Local<v8::Context> context = v8::Context::New(rt->isolate);
  v8::Context::Scope context_scope(context);
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
  return rt;
}

int toy_runtime_free(toy_runtime* rt) {
  {
    v8::Isolate::Scope isolate_scope(rt->isolate);
    BindClose(rt);  // ops still in flight finish without settling
    ModulesFree(rt);
    TasksFree(rt);  // no thread may wake the loop from now on
    // Timers still pending (after an error) hold V8 handles: free them
    // while the isolate is alive.
    // A job still running on the threadpool will use the loop when it
    // ends: the loop, and so rt, must outlive the process.
    int rc = toy_loop_close(&rt->loop);
    if (rc == UV_EBUSY) return 1;
    if (rc != 0) fprintf(stderr, "warning: the event loop still had open handles at exit\n");
    CheckpointFree(rt);
    BindFree(rt);  // only now, with no op left running
    WeakFree(rt);
    rt->blob_template.Reset();
    rt->context.Reset();
  }
  if (!SnapshotOwnsIsolate()) rt->isolate->Dispose();  // else the creator does
  delete rt->allocator;
  delete rt;
  return 0;
}

int toy_runtime_run_main(toy_runtime* rt, const char* path) {
  if (rt->exit_code != 0) return rt->exit_code;  // the runtime's own JS failed
  if (SnapshotIsApp()) return RunSnapshotMain(rt);  // path named the snapshot
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
  // From chapter 05 the main file is an ES module, as in Deno.
  RunMainModule(rt, context, url, source, length);
  free(source);
  free(url);
  rt->timings[3] = uv_hrtime();
  // The script has run; now the microtasks it queued, then the loop,
  // until no timer is left or an error ends the run.
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
  rt->timings[4] = uv_hrtime();
  if (rt->exiting) {  // Toy.exit: its code, and nothing more to say
    fflush(stdout);
    return rt->exit_code;
  }
  // The loop is empty but the main module is still waiting: its await
  // can never finish.
  if (rt->exit_code == 0 && !rt->modules.main_evaluation.IsEmpty() &&
      rt->modules.main_evaluation.Get(isolate)->State() == v8::Promise::kPending) {
    fprintf(stderr, "error: Top-level await promise never resolved\n");
    rt->exit_code = 1;
  }
  fflush(stdout);
  return rt->exit_code;
}
