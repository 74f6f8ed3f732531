// snapshot.cc: start-up snapshots. The runtime's heap, its JavaScript
// already run, written out once at build time and read back at every
// start; the external references that re-bind C to it; --timings; and
// application snapshots made with --build-snapshot.
#include "bridge.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The snapshot this process starts from: the one built into the binary
// (see the Makefile and snapshot/), a user's (--snapshot), or none.
extern "C" const char toy_snapshot_blob[];
extern "C" const char toy_snapshot_blob_end[];
static struct {
  const char* data;
  int size;
  bool user;  // an application's snapshot: run its main function
} g_snapshot = {toy_snapshot_blob, 0, false};
static char* g_snapshot_file = nullptr;  // an app snapshot's bytes, read in
// While a snapshot is being made, the creator owns the isolate.
static v8::SnapshotCreator* g_creator = nullptr;

// Toy.snapshot.setMain(fn): while --build-snapshot runs an app, the
// function to call when a process later starts from that snapshot.
void SetSnapshotMain(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "Toy.snapshot.setMain: argument 1 is not a function")));
    return;
  }
  isolate->GetCurrentContext()->SetEmbedderData(kSnapshotMainSlot, info[0]);
}

// Every C++ function V8 may call from JS objects in the heap. A snapshot
// stores these as positions in this list; at start-up V8 maps them back
// to addresses, which differ from run to run. Ops all share OpCallback,
// so the op table adds one entry, whatever its size. Built once, the
// same in every process of this binary.
static const intptr_t* ExternalReferences() {
  static std::vector<intptr_t> refs;
  if (!refs.empty()) return refs.data();
  refs = {reinterpret_cast<intptr_t>(OpCallback),     reinterpret_cast<intptr_t>(QueueMicrotask),
          reinterpret_cast<intptr_t>(SetTimerHandler), reinterpret_cast<intptr_t>(SetErrorClasses),
          reinterpret_cast<intptr_t>(CloseOnCollect),  reinterpret_cast<intptr_t>(ImportMetaResolve),
          reinterpret_cast<intptr_t>(OnMainRejected),  reinterpret_cast<intptr_t>(ReturnData),
          reinterpret_cast<intptr_t>(SetSnapshotMain), reinterpret_cast<intptr_t>(OnMessage)};
  AddFastReferences(&refs);  // fast.cc
  refs.push_back(reinterpret_cast<intptr_t>(PromiseState));
  refs.push_back(reinterpret_cast<intptr_t>(ProxyTarget));
  refs.push_back(reinterpret_cast<intptr_t>(StructuredClone));
  refs.push_back(reinterpret_cast<intptr_t>(Exit));
  refs.push_back(reinterpret_cast<intptr_t>(NewBlob));
  refs.push_back(reinterpret_cast<intptr_t>(BlobState));
  refs.push_back(reinterpret_cast<intptr_t>(SetBlobPrototypes));
  refs.push_back(0);
  return refs.data();
}

// After a snapshot: what the bridge held in Globals is found again in the
// context's embedder data.
void SnapshotRebind(toy_runtime* rt, v8::Local<v8::Context> context) {
  v8::Isolate* isolate = rt->isolate;
  v8::Local<v8::Value> handler = context->GetEmbedderData(kTimerHandlerSlot);
  v8::Local<v8::Value> errors = context->GetEmbedderData(kErrorClassesSlot);
  if (handler->IsFunction()) rt->bind.timer_handler.Reset(isolate, handler.As<v8::Function>());
  if (errors->IsObject()) rt->bind.error_classes.Reset(isolate, errors.As<v8::Object>());
}

// The isolate for a new runtime. With a snapshot, V8 rebuilds the heap
// from the blob instead of running the bootstrap, and finds our
// callbacks by their place in the external references. While a snapshot
// is being made, the creator's isolate is used instead.
// V8 keeps a pointer to the StartupData (it reads the context from it
// later, in Context::New), so it lives as long as the process.
v8::Isolate* SnapshotIsolate(toy_runtime* rt, v8::Isolate::CreateParams* params) {
  static v8::StartupData blob;
  blob = {g_snapshot.data, g_snapshot.size};
  params->external_references = ExternalReferences();
  rt->from_snapshot = g_creator == nullptr && blob.raw_size > 0;
  if (rt->from_snapshot) params->snapshot_blob = &blob;
  return g_creator ? g_creator->GetIsolate() : v8::Isolate::New(*params);
}

// A snapshot being made: its creator disposes of the isolate.
bool SnapshotOwnsIsolate(void) {
  return g_creator != nullptr;
}

// Whether the process starts an application snapshot (--snapshot).
bool SnapshotIsApp(void) {
  return g_snapshot.user;
}

// An app snapshot's bytes stay until V8 is gone.
void SnapshotShutdown(void) {
  free(g_snapshot_file);
  g_snapshot_file = nullptr;
}

static uint64_t g_process_start;  // when main started (toy_runtime_mark_start)
uint64_t g_platform_ready;  // when V8 was up

void toy_runtime_mark_start(void) {
  g_process_start = uv_hrtime();
}

// --timings: where start-up time went, phase by phase.
void toy_runtime_print_timings(toy_runtime* rt) {
  static const char* const names[] = {"V8 platform", "isolate + context", "bootstrap JS",
                                      "user code", "event loop"};
  uint64_t last = g_process_start;
  fprintf(stderr, "timings (ms), context %s:\n",
          rt->from_snapshot ? "from the snapshot" : "built from source");
  for (int i = 0; i < 5; i++) {
    uint64_t end = rt->timings[i] ? rt->timings[i] : last;
    fprintf(stderr, "  %-18s %8.3f\n", names[i], (double)(end - last) / 1e6);
    last = end;
  }
  fprintf(stderr, "  %-18s %8.3f\n", "main to user code",
          (double)(rt->timings[2] - g_process_start) / 1e6);
  fprintf(stderr, "  %-18s %8.3f\n", "total", (double)(last - g_process_start) / 1e6);
}

// A snapshot only fits the binary that made it: the same V8, the same
// runtime JS, the same op table and callbacks. An application snapshot
// file starts with a magic word and this build's id, checked on load.
static const char kSnapshotMagic[8] = {'T', 'O', 'Y', 'S', 'N', 'A', 'P', '1'};

// FNV-1a over n bytes, continuing from h.
static uint64_t Fnv(uint64_t h, const void* data, size_t n) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

// An op's descriptor, as far as a snapshot depends on it.
static uint64_t FnvOp(uint64_t h, const toy_op* op) {
  h = Fnv(h, op->name, strlen(op->name) + 1);
  h = Fnv(h, &op->async, sizeof op->async);
  h = Fnv(h, &op->ret, sizeof op->ret);
  return Fnv(h, op->args, sizeof op->args[0] * (size_t)op->argc);
}

// What a snapshot depends on: V8's version, the runtime's JS, every op's
// descriptor (a snapshot's op functions hold their index in the table),
// and how many external references there are.
static uint64_t BuildId(void) {
  uint64_t h = 1469598103934665603ull;
  const char* v8 = v8::V8::GetVersion();
  h = Fnv(h, v8, strlen(v8));
  for (int i = 0; i < toy_njs_files; i++) h = Fnv(h, toy_js_files[i].source, toy_js_files[i].len);
  for (int e = 0; e < toy_nextensions; e++) {
    for (int i = 0; i < toy_extensions[e]->nops; i++) h = FnvOp(h, &toy_extensions[e]->ops[i]);
    for (const toy_op* op = toy_extensions[e]->more_ops; op && op->name; op++) h = FnvOp(h, op);
  }
  size_t refs = 0;
  for (const intptr_t* r = ExternalReferences(); *r != 0; r++) refs++;
  return Fnv(h, &refs, sizeof refs);
}

// A little-endian uint32 of a snapshot blob's header.
static uint32_t BlobWord(const unsigned char* p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

// V8's magic number, which starts each part of a blob, as this binary's
// own snapshot has it; 0 where there is none (in mksnapshot).
static uint32_t BuiltinMagic() {
  const unsigned char* own = reinterpret_cast<const unsigned char*>(toy_snapshot_blob);
  size_t size = (size_t)(toy_snapshot_blob_end - toy_snapshot_blob);
  if (size < 88) return 0;
  uint64_t start = (84 + 4 * (uint64_t)BlobWord(own) + 7) / 8 * 8;
  return start + 4 <= size ? BlobWord(own + start) : 0;
}

// Why V8 10.2 would refuse a startup blob, or NULL if it would take it.
// V8 checks a blob (src/snapshot/snapshot.cc) with CHECKs and FATALs that
// end the process with a trap, so toyjs asks the same first. The blob:
// uint32 fields, [0] contexts, [4] rehashable (0 or 1), [8] V8's checksum
// (Adler-32 from 0, over every byte from 12 on), [12] V8's version string
// (64 bytes, NUL-padded), [76] where the read-only part starts, [80] the
// shared heap part, [84 + 4i] context i; the startup part follows the
// header at an 8-byte boundary. The parts come in that order, and each
// starts with V8's magic number and the length of the rest. What the
// parts hold is V8's to read: a blob that gets past this is trusted, as
// a script is.
static const char* SnapshotBlobProblem(const unsigned char* blob, size_t size) {
  if (size < 88 || size > 0x7fffffff) return "its size is wrong";
  char version[64] = {0};
  snprintf(version, sizeof version, "%s", v8::V8::GetVersion());
  if (strncmp(version, reinterpret_cast<const char*>(blob + 12), sizeof version) != 0)
    return "it was made by another version of V8";
  uint32_t a = 0, b = 0;  // Adler-32, started at 0 as V8 starts it
  for (size_t i = 12; i < size; i++) {
    a = (a + blob[i]) % 65521;
    b = (b + a) % 65521;
  }
  if ((b << 16 | a) != BlobWord(blob + 8)) return "V8's checksum does not match";
  if (BlobWord(blob + 4) > 1) return "its header is wrong";
  uint64_t contexts = BlobWord(blob);
  uint64_t start = (84 + 4 * contexts + 7) / 8 * 8;
  if (contexts == 0 || start >= size) return "its header is wrong";
  // The start of every part, in order, then the end of the last.
  std::vector<uint64_t> at = {start, BlobWord(blob + 76), BlobWord(blob + 80)};
  for (uint64_t i = 0; i < contexts; i++) at.push_back(BlobWord(blob + 84 + 4 * i));
  at.push_back(size);
  uint32_t magic = BuiltinMagic();
  for (size_t i = 0; i + 1 < at.size(); i++) {
    if (at[i] + 8 > at[i + 1] || at[i + 1] > size) return "its parts overlap or overrun it";
    uint32_t part_magic = BlobWord(blob + at[i]);
    if ((magic != 0 && part_magic != magic) || (part_magic & 0xffff0000) != 0xc0de0000)
      return "a part has the wrong magic number";
    if (BlobWord(blob + at[i] + 4) != at[i + 1] - at[i] - 8) return "a part has the wrong length";
  }
  return NULL;
}

int toy_runtime_use_snapshot(int builtin, const char* app_snapshot) {
  g_snapshot.data = toy_snapshot_blob;
  g_snapshot.size = builtin ? (int)(toy_snapshot_blob_end - toy_snapshot_blob) : 0;
  g_snapshot.user = false;
  if (app_snapshot == NULL) return 0;
  char* file = NULL;
  size_t length = 0;
  int err = toy_read_file(app_snapshot, &file, &length);
  if (err != 0) {
    fprintf(stderr, "error: %s (os error %d): read '%s'\n", strerror(-err), -err, app_snapshot);
    return -1;
  }
  uint64_t id = 0, sum = 0;
  size_t header = sizeof kSnapshotMagic + sizeof id + sizeof sum;
  if (length <= header || memcmp(file, kSnapshotMagic, sizeof kSnapshotMagic) != 0) {
    fprintf(stderr, "error: '%s' is not a toyjs snapshot\n", app_snapshot);
    free(file);
    return -1;
  }
  memcpy(&id, file + sizeof kSnapshotMagic, sizeof id);
  memcpy(&sum, file + sizeof kSnapshotMagic + sizeof id, sizeof sum);
  if (id != BuildId()) {
    fprintf(stderr,
            "error: '%s' was made by another build of toyjs; make it again with this one "
            "(toyjs --build-snapshot APP.js -o '%s')\n",
            app_snapshot, app_snapshot);
    free(file);
    return -1;
  }
  // A damaged blob would make V8 abort while reading it: check it first.
  if (sum != Fnv(1469598103934665603ull, file + header, length - header)) {
    fprintf(stderr, "error: '%s' is damaged (its checksum does not match)\n", app_snapshot);
    free(file);
    return -1;
  }
  // A blob changed with that checksum made again: what V8 would refuse
  // by stopping the process, refused here with a message.
  const char* problem =
      SnapshotBlobProblem(reinterpret_cast<unsigned char*>(file) + header, length - header);
  if (problem != NULL) {
    fprintf(stderr, "error: '%s' is damaged (%s)\n", app_snapshot, problem);
    free(file);
    return -1;
  }
  g_snapshot.data = file + header;  // kept until toy_v8_shutdown
  g_snapshot_file = file;
  g_snapshot.size = (int)(length - header);
  g_snapshot.user = true;
  return 0;
}

// Starts an application snapshot: call the function its app registered
// with Toy.snapshot.setMain, then run the loop as for any program.
int RunSnapshotMain(toy_runtime* rt) {
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> main = context->GetEmbedderData(kSnapshotMainSlot);
  if (!main->IsFunction()) {
    fprintf(stderr, "error: the snapshot has no main function (call Toy.snapshot.setMain)\n");
    return 1;
  }
  {
    v8::TryCatch try_catch(isolate);
    if (main.As<v8::Function>()->Call(context, context->Global(), 0, nullptr).IsEmpty())
      ReportCaught(rt, &try_catch);
  }
  rt->timings[3] = uv_hrtime();
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
  rt->timings[4] = uv_hrtime();
  fflush(stdout);
  return rt->exit_code;
}

// --build-snapshot: runs the app's top-level code (a classic script: V8
// 10.2 cannot put modules in a snapshot) and its event loop to the end.
// What cannot be in a snapshot must be gone by then: open files, timers,
// ops in flight.
static int RunSnapshotApp(toy_runtime* rt, const char* path) {
  char* url = toy_path_to_file_url(path);
  char* source = NULL;
  size_t length = 0;
  int err = url ? toy_read_file(path, &source, &length) : -ENOMEM;
  if (err != 0) {
    fprintf(stderr, "error: Module not found \"%s\".\n", url ? url : path);
    free(url);
    return 1;
  }
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = rt->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  {
    // Under a SnapshotCreator V8 leaves Error.stackTraceLimit unset, so
    // errors would carry no stack: give it the usual 10.
    v8::Local<v8::Value> error_ctor;
    if (context->Global()->Get(context, NewString(isolate, "Error")).ToLocal(&error_ctor) &&
        error_ctor->IsObject())
      error_ctor.As<v8::Object>()
          ->Set(context, NewString(isolate, "stackTraceLimit"), v8::Integer::New(isolate, 10))
          .FromMaybe(false);
    v8::TryCatch try_catch(isolate);
    v8::ScriptOrigin origin(isolate, NewString(isolate, url));
    v8::Local<v8::String> code;
    v8::Local<v8::Script> script;
    if (!v8::String::NewFromUtf8(isolate, source, v8::NewStringType::kNormal, (int)length)
             .ToLocal(&code) ||
        !v8::Script::Compile(context, code, &origin).ToLocal(&script) ||
        script->Run(context).IsEmpty())
      ReportCaught(rt, &try_catch);
  }
  free(source);
  free(url);
  if (rt->exit_code == 0 && Checkpoint(rt)) toy_loop_run(&rt->loop);
  if (rt->exit_code != 0) return rt->exit_code;
  // What cannot be in a snapshot: open resources (beyond stdio), and
  // modules (V8 10.2 cannot serialize a module namespace).
  size_t open = 0;
  for (size_t i = 0; i < rt->state.resources.len; i++)
    open += rt->state.resources.items[i]->rid > 2;
  if (open > 0) {
    fprintf(stderr, "error: %s left %zu resources open; close them before the snapshot\n", path,
            open);
    return 1;
  }
  if (!rt->modules.map.empty()) {
    fprintf(stderr, "error: %s imported modules; a snapshot cannot hold modules (V8 10.2)\n",
            path);
    return 1;
  }
  if (!context->GetEmbedderData(kSnapshotMainSlot)->IsFunction()) {
    fprintf(stderr, "error: %s did not call Toy.snapshot.setMain(fn)\n", path);
    return 1;
  }
  return 0;
}

int toy_snapshot_write(const char* out, const char* app, toy_permissions* perms) {
  g_creator = new v8::SnapshotCreator(ExternalReferences());
  v8::Isolate* isolate = g_creator->GetIsolate();
  toy_runtime* rt = toy_runtime_new();
  int code = rt ? rt->exit_code : 1;
  // The app's build-time code runs with this command line's permissions.
  if (rt != NULL && perms != NULL) toy_runtime_set_permissions(rt, perms);
  if (code == 0 && app != NULL) code = RunSnapshotApp(rt, app);
  if (code == 0) {
    v8::HandleScope handle_scope(isolate);
    g_creator->SetDefaultContext(rt->context.Get(isolate));
  }
  if (rt != NULL) toy_runtime_free(rt);
  isolate->RemoveMessageListeners(OnMessage);
  v8::StartupData blob = {nullptr, 0};
  if (code == 0) blob = g_creator->CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  delete g_creator;
  g_creator = nullptr;
  if (code != 0) return code;

  FILE* f = fopen(out, "wb");
  uint64_t id = BuildId();
  uint64_t sum = Fnv(1469598103934665603ull, blob.data, (size_t)blob.raw_size);
  bool ok = f != NULL && blob.raw_size > 0;
  if (ok && app != NULL)  // an app snapshot carries the header; the built-in one is raw
    ok = fwrite(kSnapshotMagic, 1, sizeof kSnapshotMagic, f) == sizeof kSnapshotMagic &&
         fwrite(&id, 1, sizeof id, f) == sizeof id && fwrite(&sum, 1, sizeof sum, f) == sizeof sum;
  ok = ok && fwrite(blob.data, 1, (size_t)blob.raw_size, f) == (size_t)blob.raw_size;
  if (f != NULL && fclose(f) != 0) ok = false;
  delete[] blob.data;
  if (!ok) {
    fprintf(stderr, "error: could not write the snapshot to '%s': %s\n", out, strerror(errno));
    return 1;
  }
  return 0;
}
