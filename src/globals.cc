//@ 10-globals
// globals.cc: the bridge's share of the web's globals and the process:
// structuredClone through V8's own serializer, Toy.exit, and a program
// that fills the heap ending as an error, not a crash.
#include "bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>  // _exit, when V8 runs out of memory
//> 17-streams omit
#include <vector>
//< 17-streams omit

//> 10-globals structured-clone
// Toy.core.structuredClone(value): a deep copy made the way postMessage
// makes one, by V8's own serializer: write the value out, read it back.
// Without a delegate V8 throws a plain Error for what it cannot copy (a
// function, a symbol); js/08_globals.js turns that into a DataCloneError.
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ValueSerializer serializer(isolate);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[0]).IsNothing()) return;  // thrown
  std::pair<uint8_t*, size_t> data = serializer.Release();
  v8::Local<v8::Value> copy;
  {
    v8::ValueDeserializer deserializer(isolate, data.first, data.second);
    if (deserializer.ReadHeader(context).FromMaybe(false) &&
        deserializer.ReadValue(context).ToLocal(&copy))
      info.GetReturnValue().Set(copy);
  }
  free(data.first);
}
//< 10-globals structured-clone

//> 17-streams transfer-array-buffer
// Toy.core.transferArrayBuffer(buffer): the standard's TransferArrayBuffer,
// which JS alone cannot do before ArrayBuffer.prototype.transfer: a new
// ArrayBuffer takes over the old one's memory, and the old one is detached
// (length 0, its views empty), so whoever held it can no longer see or
// change bytes a stream has taken. The memory itself does not move: an
// async op still reading or writing it keeps its BackingStore (bind.cc),
// so detaching never frees bytes under the threadpool. A shared buffer, a
// detached one, or one V8 will not detach (a WebAssembly memory's) is a
// TypeError, not a crash.
void TransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  const char* problem = nullptr;
  if (!info[0]->IsArrayBuffer())
    problem = "The value is not an ArrayBuffer (a SharedArrayBuffer cannot be transferred)";
  else if (info[0].As<v8::ArrayBuffer>()->WasDetached())
    problem = "The ArrayBuffer is detached";
  else if (!info[0].As<v8::ArrayBuffer>()->IsDetachable())
    problem = "The ArrayBuffer cannot be detached";
  if (problem != nullptr) {
    isolate->ThrowException(v8::Exception::TypeError(NewString(isolate, problem)));
    return;
  }
  v8::Local<v8::ArrayBuffer> buffer = info[0].As<v8::ArrayBuffer>();
  std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
  buffer->Detach();
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// Toy.core.isDetached(buffer): whether an ArrayBuffer was detached, which
// a zero byteLength alone cannot tell.
void IsDetached(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info[0]->IsArrayBuffer() && info[0].As<v8::ArrayBuffer>()->WasDetached());
}
//< 17-streams transfer-array-buffer

//> 17-streams omit
// Toy.core.structuredCloneTransfer(value, list): structuredClone with a
// transfer list of ArrayBuffers (js/18_streams.js checks the list's
// shape). V8's serializer writes each listed buffer as a reference; the
// buffers are detached once the value is written, and their memory
// given to the copy's new buffers. A buffer listed twice, detached
// (before the value is written, or by its getters while it is), or that
// cannot be detached is an Error the JS side makes a DataCloneError.
void StructuredCloneTransfer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[1]->IsArray()) {
    isolate->ThrowException(v8::Exception::TypeError(NewString(isolate, "The transfer list is not an array")));
    return;
  }
  v8::Local<v8::Array> list = info[1].As<v8::Array>();
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  for (uint32_t i = 0; i < list->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!list->Get(context, i).ToLocal(&item)) return;  // thrown
    const char* problem = nullptr;
    if (!item->IsArrayBuffer()) problem = "Only ArrayBuffers can be transferred";
    else if (item.As<v8::ArrayBuffer>()->WasDetached()) problem = "An ArrayBuffer in the transfer list is detached";
    else if (!item.As<v8::ArrayBuffer>()->IsDetachable()) problem = "An ArrayBuffer in the transfer list cannot be detached";
    for (const v8::Local<v8::ArrayBuffer>& seen : buffers)
      if (problem == nullptr && seen->StrictEquals(item)) problem = "An ArrayBuffer is listed twice in the transfer list";
    if (problem != nullptr) {
      isolate->ThrowException(v8::Exception::Error(NewString(isolate, problem)));
      return;
    }
    buffers.push_back(item.As<v8::ArrayBuffer>());
  }
  v8::ValueSerializer serializer(isolate);
  for (uint32_t i = 0; i < buffers.size(); i++) serializer.TransferArrayBuffer(i, buffers[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[0]).IsNothing()) return;  // thrown
  std::pair<uint8_t*, size_t> data = serializer.Release();
  // Writing the value ran its getters, which may have detached a listed
  // buffer: checked again, as the standard does after serializing.
  for (v8::Local<v8::ArrayBuffer>& buffer : buffers) {
    if (buffer->WasDetached()) {
      free(data.first);
      isolate->ThrowException(
          v8::Exception::Error(NewString(isolate, "An ArrayBuffer in the transfer list was detached while the value was written")));
      return;
    }
  }
  std::vector<std::shared_ptr<v8::BackingStore>> stores;
  for (v8::Local<v8::ArrayBuffer>& buffer : buffers) {
    stores.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  v8::Local<v8::Value> copy;
  {
    v8::ValueDeserializer deserializer(isolate, data.first, data.second);
    for (uint32_t i = 0; i < stores.size(); i++)
      deserializer.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, stores[i]));
    if (deserializer.ReadHeader(context).FromMaybe(false) && deserializer.ReadValue(context).ToLocal(&copy))
      info.GetReturnValue().Set(copy);
  }
  free(data.first);
}
//< 17-streams omit

//> 10-globals exit
// Toy.core.exit(code): ends the program now. exit() cannot be called from
// inside V8, so this asks V8 to stop running JS (TerminateExecution
// unwinds every frame, and no try/finally can catch it), stops the loop,
// and leaves the code for toy_runtime_run_main to return. Every place
// that would call into JS again checks rt->exiting first.
void Exit(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  int code = 0;
  if (info[0]->IsNumber()) code = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  rt->exit_code = code;
  rt->exiting = true;
  fflush(stdout);
  toy_loop_stop(&rt->loop);
  isolate->TerminateExecution();
}
//< 10-globals exit

//> 10-globals heap-limit
// V8 calls this when the heap is about to reach its limit. Left alone,
// it would then stop the process with "Fatal javascript OOM" and
// SIGTRAP: a crash, for what is an error in the program. So the
// program ends here as Toy.exit ends it, with a message and exit code 1,
// and V8 gets a higher limit for the little the unwinding allocates.
// Twice at most: after that, V8's own fatal error is the answer.
static size_t OnNearHeapLimit(void* data, size_t current_limit, size_t initial_limit) {
  toy_runtime* rt = static_cast<toy_runtime*>(data);
  if (!rt->exiting) {
    fflush(stdout);
    fprintf(stderr,
            "error: out of memory: the JavaScript heap reached its limit of %zu MB "
            "(--v8-flags=--max-old-space-size=MB sets it)\n",
            initial_limit >> 20);
    rt->exit_code = 1;
    rt->exiting = true;
    toy_loop_stop(&rt->loop);
    rt->isolate->TerminateExecution();
  }
  if (rt->heap_raises >= 2) return current_limit;
  rt->heap_raises++;
  return current_limit + current_limit / 2;
}

// What V8 calls when memory runs out all the same: one allocation larger
// than the raises above, or memory V8 could not get from the system. It
// must not return (V8 would abort), and the program cannot go on; but it
// ends as an error, with a message and exit code 1, not with a signal.
// The message comes after V8's own report of its last collections, which
// V8 prints first. _exit, since nothing in this process can be trusted
// to clean up now.
static void OnOutOfMemory(const char* location, bool is_heap_oom) {
  fflush(stdout);
  fprintf(stderr, "error: out of memory: %s (in %s)\n",
          is_heap_oom ? "the JavaScript heap is full" : "V8 could not allocate memory",
          location != nullptr ? location : "V8");
  fflush(stderr);
  _exit(1);
}
//< 10-globals heap-limit

//> 10-globals globals-init
// V8 asks OnNearHeapLimit before the heap is full, and calls
// OnOutOfMemory when memory ran out all the same.
void GlobalsInit(toy_runtime* rt) {
  rt->heap_raises = 0;
  rt->isolate->AddNearHeapLimitCallback(OnNearHeapLimit, rt);
  rt->isolate->SetOOMErrorHandler(OnOutOfMemory);
}
//< 10-globals globals-init

//> 10-globals set-args
void toy_runtime_set_args(toy_runtime* rt, int argc, char** argv) {
  rt->state.argc = argc;
  rt->state.argv = argv;
}
//< 10-globals set-args
