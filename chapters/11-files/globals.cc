// globals.cc: the bridge's share of the web's globals and the process:
// structuredClone through V8's own serializer, Toy.exit, and a program
// that fills the heap ending as an error, not a crash.
#include "bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>  // _exit, when V8 runs out of memory

#include <string>
#include <vector>

// A Blob (js/08_blob.js) is a host object: made from a template with two
// internal fields, a tag saying it is a Blob and the record of what it
// holds ({ bytes, type }, and a File's name and lastModified). V8's
// serializer cannot copy such an object alone, so it hands it to the
// delegate (WriteHostObject), which writes the record; ReadHostObject
// makes a new Blob of it. JS reaches the record through core.blobState.
// The tag is a string, not a number: a snapshot (chapter 07) keeps an
// internal field holding a V8 object as it is, but would need a callback
// of the embedder's for a number.
static v8::Local<v8::String> BlobTag(v8::Isolate* isolate) {
  return NewString(isolate, "toy:Blob");
}

// Whether v is such an object: made from a template (an API wrapper), with
// two fields, the first the tag.
bool IsBlobObject(v8::Local<v8::Value> v) {
  if (!v->IsObject() || !v.As<v8::Object>()->IsApiWrapper() || v.As<v8::Object>()->InternalFieldCount() != 2)
    return false;
  v8::Local<v8::Value> tag = v.As<v8::Object>()->GetInternalField(0);
  return tag->IsString() && tag->StrictEquals(BlobTag(v.As<v8::Object>()->GetIsolate()));
}

static v8::MaybeLocal<v8::Object> NewBlobObject(v8::Local<v8::Context> context, v8::Local<v8::Object> state,
                                                v8::Local<v8::Value> proto) {
  v8::Isolate* isolate = context->GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  if (rt->blob_template.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(isolate);
    t->SetInternalFieldCount(2);
    rt->blob_template.Reset(isolate, t);
  }
  v8::Local<v8::Object> obj;
  if (!rt->blob_template.Get(isolate)->NewInstance(context).ToLocal(&obj)) return {};
  obj->SetInternalField(0, BlobTag(isolate));
  obj->SetInternalField(1, state);
  if (proto->IsObject() && obj->SetPrototype(context, proto).IsNothing()) return {};
  return obj;
}

// Toy.core.newBlob(state, prototype) and Toy.core.blobState(value).
void NewBlob(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsObject()) {
    isolate->ThrowException(v8::Exception::TypeError(NewString(isolate, "A Blob's state must be an object")));
    return;
  }
  v8::Local<v8::Object> obj;
  if (NewBlobObject(isolate->GetCurrentContext(), info[0].As<v8::Object>(), info[1]).ToLocal(&obj))
    info.GetReturnValue().Set(obj);
}

void BlobState(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (IsBlobObject(info[0])) info.GetReturnValue().Set(info[0].As<v8::Object>()->GetInternalField(1));
}

// The prototypes a Blob and a File read back get, kept under a private
// key of the global object (a property no script can see, and one that
// a snapshot keeps). Set once, by js/08_blob.js.
static v8::Local<v8::Private> BlobProtoKey(v8::Isolate* isolate, bool file) {
  return v8::Private::ForApi(isolate, NewString(isolate, file ? "toy.fileProto" : "toy.blobProto"));
}

void SetBlobPrototypes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> global = context->Global();
  if (global->HasPrivate(context, BlobProtoKey(isolate, false)).FromMaybe(true)) return;
  global->SetPrivate(context, BlobProtoKey(isolate, false), info[0]).Check();
  global->SetPrivate(context, BlobProtoKey(isolate, true), info[1]).Check();
}

// A record's field, read as a string (UTF-8) or a number; the record is
// made by the runtime's JS, but Toy.core is in reach of any script, so
// nothing about it is trusted.
static std::string FieldString(v8::Local<v8::Context> context, v8::Local<v8::Object> state, const char* name) {
  v8::Local<v8::Value> v;
  if (!state->Get(context, NewString(context->GetIsolate(), name)).ToLocal(&v) || !v->IsString()) return "";
  v8::String::Utf8Value text(context->GetIsolate(), v);
  return std::string(*text, text.length());
}

// Writes a Blob as: 1 (a Blob) or 2 (a File), the type, the File's name
// and lastModified, then the bytes, each string and the bytes after
// their length. A copy: the other side may be another isolate.
bool WriteBlob(v8::Isolate* isolate, v8::ValueSerializer* out, v8::Local<v8::Object> blob) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> state = blob->GetInternalField(1).As<v8::Object>();
  v8::Local<v8::Value> bytes, name, when;
  if (!state->Get(context, NewString(isolate, "bytes")).ToLocal(&bytes) ||
      !state->Get(context, NewString(isolate, "name")).ToLocal(&name) ||
      !state->Get(context, NewString(isolate, "lastModified")).ToLocal(&when))
    return false;
  if (!bytes->IsUint8Array()) {
    isolate->ThrowException(v8::Exception::Error(NewString(isolate, "A Blob without bytes cannot be cloned")));
    return false;
  }
  bool file = name->IsString();
  std::string type = FieldString(context, state, "type");
  out->WriteUint32(file ? 2 : 1);
  out->WriteUint64(type.size());
  out->WriteRawBytes(type.data(), type.size());
  if (file) {
    std::string n = FieldString(context, state, "name");
    out->WriteUint64(n.size());
    out->WriteRawBytes(n.data(), n.size());
    out->WriteDouble(when->IsNumber() ? when.As<v8::Number>()->Value() : 0);
  }
  v8::Local<v8::Uint8Array> view = bytes.As<v8::Uint8Array>();
  size_t length = view->ByteLength();
  std::vector<uint8_t> copy(length);
  if (length > 0) view->CopyContents(copy.data(), length);
  out->WriteUint64(length);
  out->WriteRawBytes(copy.data(), length);
  return true;
}

// Reads what WriteBlob wrote, into a new Blob or File. Empty (and V8
// throws a DataCloneError) when the bytes are not what WriteBlob writes.
v8::MaybeLocal<v8::Object> ReadBlob(v8::Isolate* isolate, v8::ValueDeserializer* in) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uint32_t kind;
  uint64_t length;
  const void* raw;
  if (!in->ReadUint32(&kind) || (kind != 1 && kind != 2)) return {};
  v8::Local<v8::Object> state = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  auto read_string = [&](const char* field) {
    if (!in->ReadUint64(&length) || !in->ReadRawBytes(length, &raw) || length > v8::String::kMaxLength) return false;
    v8::Local<v8::String> text;
    if (!v8::String::NewFromUtf8(isolate, static_cast<const char*>(raw), v8::NewStringType::kNormal,
                                 static_cast<int>(length)).ToLocal(&text))
      return false;
    return state->Set(context, NewString(isolate, field), text).FromMaybe(false);
  };
  if (!read_string("type")) return {};
  if (kind == 2) {
    double when;
    if (!read_string("name") || !in->ReadDouble(&when)) return {};
    if (state->Set(context, NewString(isolate, "lastModified"), v8::Number::New(isolate, when)).IsNothing())
      return {};
  }
  if (!in->ReadUint64(&length) || !in->ReadRawBytes(length, &raw)) return {};
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
  if (length > 0) memcpy(buffer->GetBackingStore()->Data(), raw, length);
  if (state->Set(context, NewString(isolate, "bytes"), v8::Uint8Array::New(buffer, 0, length)).IsNothing())
    return {};
  v8::Local<v8::Value> proto;
  if (!context->Global()->GetPrivate(context, BlobProtoKey(isolate, kind == 2)).ToLocal(&proto)) return {};
  return NewBlobObject(context, state, proto);
}

// Toy.core.structuredClone(value): a deep copy made the way postMessage
// makes one, by V8's own serializer: write the value out, read it back.
// The delegates throw a plain Error for what cannot be copied (a
// function, a symbol, a host object that is not a Blob), which
// js/08_globals.js turns into a DataCloneError; they write and read
// Blobs.
struct CloneWriter : v8::ValueSerializer::Delegate {
  v8::Isolate* isolate;
  v8::ValueSerializer* serializer = nullptr;
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate->ThrowException(v8::Exception::Error(message));
  }
  v8::Maybe<bool> WriteHostObject(v8::Isolate*, v8::Local<v8::Object> object) override {
    if (IsBlobObject(object)) return v8::Just(WriteBlob(isolate, serializer, object));
    ThrowDataCloneError(NewString(isolate, "The object cannot be cloned"));
    return v8::Just(false);  // V8 sees the exception, whatever this says
  }
};

struct CloneReader : v8::ValueDeserializer::Delegate {
  v8::ValueDeserializer* deserializer = nullptr;
  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    return ReadBlob(isolate, deserializer);
  }
};

void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  CloneWriter writer;
  writer.isolate = isolate;
  v8::ValueSerializer serializer(isolate, &writer);
  writer.serializer = &serializer;
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[0]).IsNothing()) return;  // thrown
  std::pair<uint8_t*, size_t> data = serializer.Release();
  v8::Local<v8::Value> copy;
  {
    CloneReader reader;
    v8::ValueDeserializer deserializer(isolate, data.first, data.second, &reader);
    reader.deserializer = &deserializer;
    if (deserializer.ReadHeader(context).FromMaybe(false) &&
        deserializer.ReadValue(context).ToLocal(&copy))
      info.GetReturnValue().Set(copy);
  }
  free(data.first);
}

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

// V8 asks OnNearHeapLimit before the heap is full, and calls
// OnOutOfMemory when memory ran out all the same.
void GlobalsInit(toy_runtime* rt) {
  rt->heap_raises = 0;
  rt->isolate->AddNearHeapLimitCallback(OnNearHeapLimit, rt);
  rt->isolate->SetOOMErrorHandler(OnOutOfMemory);
}

void toy_runtime_set_args(toy_runtime* rt, int argc, char** argv) {
  rt->state.argc = argc;
  rt->state.argv = argv;
}
