//@ 19-workers
// message.cc: the message path between runtimes. A channel (op_worker.c)
// has two ends; each end a runtime holds is attached to its loop as a
// PortHandle. A message is written out by V8's serializer on one thread,
// goes through the channel as bytes (with the memory of transferred and
// shared buffers, and the ends it moves), and is read back into a value
// on the other. worker.cc uses the same path for a worker and its parent.
#include "bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "worker.h"



//> 19-workers message-data
// What a message carries besides its bytes: the memory of the
// ArrayBuffers it transfers, of the SharedArrayBuffers it shares (the
// same memory, seen from both isolates), and the channel ends it moves.
// An error report instead carries where the error was.
struct MessageData {
  uint8_t* bytes = nullptr;
  size_t length = 0;
  std::vector<std::shared_ptr<v8::BackingStore>> buffers;
  std::vector<std::shared_ptr<v8::BackingStore>> shared;
  std::vector<toy_port*> ports;
  std::string message, filename;
  int lineno = 0, colno = 0;
};

static void FreeMessageData(void* data) {
  MessageData* d = static_cast<MessageData*>(data);
  free(d->bytes);
  for (toy_port* port : d->ports) {  // never landed: closed with it
    toy_port_close(port);
    toy_port_release(port);
  }
  delete d;
}
//< 19-workers message-data
// A worker's last word when an error ended it: where the error was, for
// the parent's error event (sent before the channel's CLOSE).
void PostErrorReport(toy_port* port, const std::string& message, const std::string& file, int line,
                     int col) {
  MessageData* d = new MessageData();
  d->message = message;
  d->filename = file;
  d->lineno = line;
  d->colno = col;
  toy_msg* m = toy_msg_new(TOY_MSG_ERROR, d, FreeMessageData);
  if (m != nullptr) toy_port_post(port, m);
}

static void OnPortWake(uv_async_t* async);

//> 19-workers open-port
// Attaches a channel end to rt's loop under a new id. A port with no
// listener yet does not keep the loop alive (ref: whether it does).
PortHandle* OpenPort(toy_runtime* rt, toy_port* port, WorkerThread* worker, bool ref) {
  PortHandle* h = static_cast<PortHandle*>(calloc(1, sizeof(PortHandle)));
  if (h == nullptr) return nullptr;
  uv_async_init(&rt->loop.uv, &h->async, OnPortWake);
  if (!ref) uv_unref(reinterpret_cast<uv_handle_t*>(&h->async));
  h->rt = rt;
  h->port = port;
  h->id = ++rt->worker.next_port;
  h->worker = worker;
  h->started = ref;  // a worker's channel always is
  rt->worker.ports[h->id] = h;
  toy_port_attach(port, &h->async);
  return h;
}

// Detaches h from the loop; closes its end too unless it travels on
// (transferred in a message, which now holds its reference).
void ClosePort(PortHandle* h, bool keep_port) {
  toy_port_attach(h->port, nullptr);
  if (!keep_port) {
    toy_port_close(h->port);
    toy_port_release(h->port);
  }
  h->rt->worker.ports.erase(h->id);
  uv_close(reinterpret_cast<uv_handle_t*>(&h->async), [](uv_handle_t* x) { free(x); });
}
//< 19-workers open-port

PortHandle* PortById(toy_runtime* rt, v8::Local<v8::Value> id) {
  if (!id->IsUint32()) return nullptr;
  auto it = rt->worker.ports.find(id.As<v8::Uint32>()->Value());
  return it == rt->worker.ports.end() ? nullptr : it->second;
}

void Throw(v8::Isolate* isolate, const char* cls, const char* message) {
  v8::Local<v8::String> text = NewString(isolate, message);
  isolate->ThrowException(strcmp(cls, "TypeError") == 0 ? v8::Exception::TypeError(text) : v8::Exception::Error(text));
}

// The objects JS sees as MessagePorts are made from this template: an
// object with an internal field is what V8's serializer hands to the
// delegate (WriteHostObject) instead of copying it.
static v8::Local<v8::Object> NewPortObject(toy_runtime* rt, v8::Local<v8::Context> context, uint32_t id) {
  v8::Isolate* isolate = rt->isolate;
  if (rt->worker.port_template.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(isolate);
    t->SetInternalFieldCount(1);
    rt->worker.port_template.Reset(isolate, t);
  }
  v8::Local<v8::Object> obj = rt->worker.port_template.Get(isolate)->NewInstance(context).ToLocalChecked();
  obj->SetInternalField(0, v8::Integer::NewFromUnsigned(isolate, id));
  return obj;
}

// Whether v is one of those objects. An internal field is not enough: in
// libnode's V8 a Promise has one too (holding 0; a port's id is never 0).
static bool IsPortObject(v8::Local<v8::Value> v) {
  if (!v->IsObject() || v.As<v8::Object>()->InternalFieldCount() != 1) return false;
  v8::Local<v8::Value> id = v.As<v8::Object>()->GetInternalField(0);
  return id->IsUint32() && id.As<v8::Uint32>()->Value() != 0;
}

//> 19-workers serializer-delegate
// V8's serializer asks its delegate about what it cannot write alone: a
// SharedArrayBuffer (the delegate keeps its memory, and writes an index),
// a host object (a MessagePort, which must be in the transfer list, or a
// Blob, copied as structuredClone copies it: globals.cc), and how to
// throw when a value cannot be cloned. The JS side turns the Error
// thrown here into a DataCloneError.
static const uint32_t kBlobMark = 0xffffffff;  // never a port's index
struct Writer : v8::ValueSerializer::Delegate {
  v8::Isolate* isolate;
  MessageData* data;
  std::vector<v8::Local<v8::SharedArrayBuffer>> shared;
  std::vector<v8::Local<v8::Object>> ports;  // the transfer list's

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate->ThrowException(v8::Exception::Error(message));
  }
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*, v8::Local<v8::SharedArrayBuffer> sab) override {
    for (uint32_t i = 0; i < shared.size(); i++)
      if (shared[i] == sab) return v8::Just(i);
    shared.push_back(sab);
    data->shared.push_back(sab->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(shared.size() - 1));
  }
  v8::Maybe<bool> WriteHostObject(v8::Isolate*, v8::Local<v8::Object> object) override {
    if (IsBlobObject(object)) {
      serializer->WriteUint32(kBlobMark);
      return v8::Just(WriteBlob(isolate, serializer, object));
    }
    for (uint32_t i = 0; i < ports.size(); i++) {
      if (ports[i] == object) {
        serializer->WriteUint32(i);
        return v8::Just(true);
      }
    }
    isolate->ThrowException(v8::Exception::Error(
        NewString(isolate, "A MessagePort must be in the transfer list to be sent")));
    return v8::Just(false);  // V8 sees the exception, whatever this says
  }
  v8::ValueSerializer* serializer = nullptr;
};

// And the deserializer's: the same index finds the same memory, or the
// channel end, now attached to this runtime as a new MessagePort.
struct Reader : v8::ValueDeserializer::Delegate {
  toy_runtime* rt;
  MessageData* data;
  v8::ValueDeserializer* deserializer = nullptr;
  std::vector<v8::Local<v8::Object>> landed;  // the ports made, in order
  std::vector<uint32_t> landed_ids;
  std::vector<v8::Local<v8::Object>> port_objects;

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate, uint32_t id) override {
    if (id >= data->shared.size()) return v8::MaybeLocal<v8::SharedArrayBuffer>();
    return v8::SharedArrayBuffer::New(isolate, data->shared[id]);
  }
  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t index;
    if (!deserializer->ReadUint32(&index)) return v8::MaybeLocal<v8::Object>();
    if (index == kBlobMark) return ReadBlob(isolate, deserializer);
    if (index >= port_objects.size()) return v8::MaybeLocal<v8::Object>();
    return port_objects[index];
  }
};
//< 19-workers serializer-delegate

//> 19-workers post-message
// Writes value out, with the ArrayBuffers and MessagePorts listed in
// transfer moved rather than copied: a listed buffer is detached here
// (byteLength 0 from now on), its memory goes with the message, and so do
// the listed ports. from_id: the port the message leaves by, which the
// list must not hold (undefined for structuredClone). nullptr when an
// exception is pending, or when that port closed meanwhile.
static MessageData* WriteMessage(toy_runtime* rt, v8::Local<v8::Context> context, v8::Local<v8::Value> from_id,
                                 v8::Local<v8::Value> value, v8::Local<v8::Value> transfer) {
  v8::Isolate* isolate = rt->isolate;
  PortHandle* from = PortById(rt, from_id);
  if (!transfer->IsArray()) {
    Throw(isolate, "TypeError", "The transfer list is not an array");
    return nullptr;
  }
  v8::Local<v8::Array> list = transfer.As<v8::Array>();
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  std::vector<PortHandle*> moving;
  MessageData* data = new MessageData();
  Writer writer;
  writer.isolate = isolate;
  writer.data = data;
  for (uint32_t i = 0; i < list->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!list->Get(context, i).ToLocal(&item)) {
      FreeMessageData(data);
      return nullptr;
    }
    const char* problem = nullptr;
    std::string text;  // Deno's messages
    if (item->IsArrayBuffer()) {
      v8::Local<v8::ArrayBuffer> ab = item.As<v8::ArrayBuffer>();
      if (ab->WasDetached()) {
        text = "ArrayBuffer at index " + std::to_string(buffers.size()) + " is already detached";
        problem = text.c_str();
      }
      else if (!ab->IsDetachable()) problem = "An ArrayBuffer could not be transferred";
      for (auto& seen : buffers)
        if (seen == ab && problem == nullptr) {
          text = "ArrayBuffer at index " + std::to_string(buffers.size()) +
                 " is a duplicate of an earlier ArrayBuffer. Duplicate ArrayBuffers cannot be transferred.";
          problem = text.c_str();
        }
      if (problem == nullptr) buffers.push_back(ab);
    } else if (IsPortObject(item)) {
      PortHandle* h = PortById(rt, item.As<v8::Object>()->GetInternalField(0));
      if (h == nullptr) problem = "Can not transfer disentangled message port";
      else if (h == from) problem = "Transfer list contains source port";
      else if (h->worker != nullptr) problem = "Value not transferable";
      for (auto& seen : writer.ports)
        if (seen == item) problem = "A MessagePort is listed twice in the transfer list";
      if (problem == nullptr) {
        writer.ports.push_back(item.As<v8::Object>());
        moving.push_back(h);
      }
    } else {
      problem = "Value not transferable";
    }
    if (problem != nullptr) {
      FreeMessageData(data);
      Throw(isolate, "Error", problem);
      return nullptr;
    }
  }
  v8::ValueSerializer serializer(isolate, &writer);
  writer.serializer = &serializer;
  for (uint32_t i = 0; i < buffers.size(); i++) serializer.TransferArrayBuffer(i, buffers[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) {
    FreeMessageData(data);
    return nullptr;  // thrown
  }
  std::pair<uint8_t*, size_t> bytes = serializer.Release();
  data->bytes = bytes.first;
  data->length = bytes.second;
  // Writing the value ran its getters, which may have detached a listed
  // buffer, closed a listed port, or closed (terminated) this one: all
  // found again before anything is moved.
  for (v8::Local<v8::ArrayBuffer>& buffer : buffers) {
    if (buffer->WasDetached()) {
      FreeMessageData(data);
      Throw(isolate, "Error", "An ArrayBuffer is detached and could not be cloned.");
      return nullptr;
    }
  }
  for (PortHandle*& h : moving) {
    if ((h = PortById(rt, writer.ports[&h - &moving[0]]->GetInternalField(0))) == nullptr) {
      FreeMessageData(data);
      Throw(isolate, "Error", "A MessagePort in the transfer list was closed while the value was written");
      return nullptr;
    }
  }
  if (from != nullptr && PortById(rt, from_id) == nullptr) {
    FreeMessageData(data);
    return nullptr;
  }
  for (v8::Local<v8::ArrayBuffer>& buffer : buffers) {
    data->buffers.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  for (PortHandle* h : moving) {
    data->ports.push_back(h->port);
    ClosePort(h, true);  // the message holds the end now
  }
  return data;
}

// Toy.core.postMessage(portId, value, transfer): writes value out and
// puts it in the channel.
static void PostMessage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  toy_runtime* rt = RuntimeOf(isolate);
  PortHandle* from = PortById(rt, info[0]);
  if (from == nullptr) return;  // closed or terminated: the message goes nowhere
  MessageData* data = WriteMessage(rt, isolate->GetCurrentContext(), info[0], info[1], info[2]);
  if (data == nullptr) return;
  from = PortById(rt, info[0]);
  // A port posted over its own partner would land in its own inbox, out
  // of everyone's reach for good: the HTML standard calls the message
  // doomed. Everything is moved as usual, then dropped with it.
  for (toy_port* port : data->ports) {
    if (port->ch == from->port->ch) {
      FreeMessageData(data);  // and closes the ports it moved
      return;
    }
  }
  toy_msg* m = toy_msg_new(TOY_MSG_DATA, data, FreeMessageData);
  if (m == nullptr) return Throw(isolate, "Error", "out of memory");
  toy_port_post(from->port, m);
}
//< 19-workers post-message

//> 19-workers receive
// Reads a message back into a value in this isolate. The ports it carries
// are attached to this loop first, so that the value can hold them.
static v8::MaybeLocal<v8::Value> ReadMessage(toy_runtime* rt, v8::Local<v8::Context> context,
                                             MessageData* data, v8::Local<v8::Array> ports) {
  v8::Isolate* isolate = rt->isolate;
  Reader reader;
  reader.rt = rt;
  reader.data = data;
  for (toy_port* port : data->ports) {
    PortHandle* h = OpenPort(rt, port, nullptr, false);
    if (h == nullptr) {
      toy_port_close(port);
      toy_port_release(port);
      continue;
    }
    v8::Local<v8::Object> obj = NewPortObject(rt, context, h->id);
    reader.port_objects.push_back(obj);
    uint32_t n = ports->Length();
    ports->CreateDataProperty(context, n, obj).Check();
    ports->CreateDataProperty(context, n + 1, v8::Integer::NewFromUnsigned(isolate, h->id)).Check();
  }
  data->ports.clear();  // attached: no longer the message's to close
  v8::ValueDeserializer deserializer(isolate, data->bytes, data->length, &reader);
  reader.deserializer = &deserializer;
  for (uint32_t i = 0; i < data->buffers.size(); i++)
    deserializer.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, data->buffers[i]));
  if (deserializer.ReadHeader(context).IsNothing()) return v8::MaybeLocal<v8::Value>();
  return deserializer.ReadValue(context);
}

// The loop was woken for h: every message waiting is handed, one by one,
// to the JS handler (js/21_workers.js), with a checkpoint after each, as
// after any task. The handler is kept in the context, so that it is
// there after a snapshot.
static void OnPortWake(uv_async_t* async) {
  PortHandle* h = reinterpret_cast<PortHandle*>(async);
  toy_runtime* rt = h->rt;
  uint32_t id = h->id;
  // Not started: what came stays in the channel, where it travels with
  // the port if it is transferred (start() wakes it again).
  if (!h->started) return;
  toy_msg* list = toy_port_take(h->port);
  v8::Isolate* isolate = rt->isolate;
  while (list != nullptr) {
    toy_msg* m = list;
    list = m->next;
    m->next = nullptr;
    if (rt->exit_code != 0 || rt->exiting || rt->worker.ports.count(id) == 0) {
      toy_msg_free(m);  // the run is over, or the port closed meanwhile
      continue;
    }
    MessageData* data = static_cast<MessageData*>(m->data);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = rt->context.Get(isolate);
    v8::Context::Scope context_scope(context);
    v8::Local<v8::Value> handler = context->GetEmbedderData(kPortHandlerSlot);
    if (!handler->IsFunction()) {
      toy_msg_free(m);
      continue;
    }
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> value = v8::Undefined(isolate);
    v8::Local<v8::Array> ports = v8::Array::New(isolate);
    int kind = m->kind;
    if (kind == TOY_MSG_DATA) {
      v8::TryCatch read_catch(isolate);
      if (!ReadMessage(rt, context, data, ports).ToLocal(&value)) {
        kind = 3;  // messageerror: what could not be read
        value = read_catch.HasCaught() ? read_catch.Exception() : v8::Undefined(isolate).As<v8::Value>();
      }
    } else if (kind == TOY_MSG_ERROR) {
      v8::Local<v8::Object> error = v8::Object::New(isolate);
      error->CreateDataProperty(context, NewString(isolate, "message"), NewString(isolate, data->message.c_str())).Check();
      error->CreateDataProperty(context, NewString(isolate, "filename"), NewString(isolate, data->filename.c_str())).Check();
      error->CreateDataProperty(context, NewString(isolate, "lineno"), v8::Integer::New(isolate, data->lineno)).Check();
      error->CreateDataProperty(context, NewString(isolate, "colno"), v8::Integer::New(isolate, data->colno)).Check();
      value = error;
    } else if (kind == TOY_MSG_CLOSE && h->worker != nullptr) {
      WorkerEnded(h);  // worker.cc: the worker's thread is joined
    }
    toy_msg_free(m);
    v8::Local<v8::Value> args[] = {v8::Integer::NewFromUnsigned(isolate, id), v8::Integer::New(isolate, kind),
                                   value, ports};
    if (handler.As<v8::Function>()->Call(context, v8::Undefined(isolate), 4, args).IsEmpty()) {
      ReportCaught(rt, &try_catch);
      toy_loop_stop(&rt->loop);
      continue;
    }
    Checkpoint(rt);
  }
}
//< 19-workers receive

//> 19-workers omit
// Toy.core.cloneMessage(value, transfer): structuredClone with MessagePorts
// in the transfer list: the message postMessage would send, read back at
// once. [copy, port, id, ...]: the ports the copy holds, attached anew.
static void CloneMessage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);
  MessageData* data = WriteMessage(rt, context, v8::Undefined(isolate), info[0], info[1]);
  if (data == nullptr) return;
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  v8::Local<v8::Value> copy;
  if (ReadMessage(rt, context, data, out).ToLocal(&copy)) {
    v8::Local<v8::Array> result = v8::Array::New(isolate);
    result->CreateDataProperty(context, 0, copy).Check();
    result->CreateDataProperty(context, 1, out).Check();
    info.GetReturnValue().Set(result);
  }
  FreeMessageData(data);
}
//< 19-workers omit

// Toy.core.setPortHandler(fn): where messages go (js/21_workers.js).
static void SetPortHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info[0]->IsFunction()) info.GetIsolate()->GetCurrentContext()->SetEmbedderData(kPortHandlerSlot, info[0]);
}

// Toy.core.portClose(id), Toy.core.portRef(id, on): a MessagePort closed, or started (it
// then keeps the loop alive, as in Deno). Never either end of a worker's own channel.
static void PortClose(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  PortHandle* h = PortById(rt, info[0]);
  if (h != nullptr && h->worker == nullptr && h->id != rt->worker.self_port) ClosePort(h, false);
}

static void PortRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  toy_runtime* rt = RuntimeOf(info.GetIsolate());
  PortHandle* h = PortById(rt, info[0]);
  if (h == nullptr || h->worker != nullptr || h->id == rt->worker.self_port) return;
  uv_handle_t* handle = reinterpret_cast<uv_handle_t*>(&h->async);
  if (info[1]->BooleanValue(info.GetIsolate())) {
    uv_ref(handle);
    if (!h->started) uv_async_send(&h->async);  // what waited in the inbox
    h->started = true;
  } else {
    uv_unref(handle);
  }
}

// Toy.core.newChannel(): [port1, id1, port2, id2] for a MessageChannel.
static void NewChannel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  toy_runtime* rt = RuntimeOf(isolate);
  // Its ports could not be in a snapshot (V8 cannot write their internal
  // field without a callback), nor mean anything in the process it starts.
  if (SnapshotOwnsIsolate())
    return Throw(isolate, "Error", "MessagePorts cannot be made while a snapshot is being built");
  toy_port *a, *b;
  if (toy_channel_new(&a, &b) != 0) return Throw(isolate, "Error", "out of memory");
  PortHandle* ha = OpenPort(rt, a, nullptr, false);
  PortHandle* hb = ha ? OpenPort(rt, b, nullptr, false) : nullptr;
  if (hb == nullptr) {  // out of memory: whatever was opened goes
    if (ha != nullptr) ClosePort(ha, false);
    else toy_port_release(a);
    toy_port_release(b);
    return Throw(isolate, "Error", "out of memory");
  }
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  out->CreateDataProperty(context, 0, NewPortObject(rt, context, ha->id)).Check();
  out->CreateDataProperty(context, 1, v8::Integer::NewFromUnsigned(isolate, ha->id)).Check();
  out->CreateDataProperty(context, 2, NewPortObject(rt, context, hb->id)).Check();
  out->CreateDataProperty(context, 3, v8::Integer::NewFromUnsigned(isolate, hb->id)).Check();
  info.GetReturnValue().Set(out);
}

void MessageInstall(v8::Local<v8::Context> context, v8::Local<v8::Object> core) {
  SetFunction(context, core, "postMessage", PostMessage);
  SetFunction(context, core, "setPortHandler", SetPortHandler);
  SetFunction(context, core, "portClose", PortClose);
  SetFunction(context, core, "portRef", PortRef);
  SetFunction(context, core, "newChannel", NewChannel);
  SetFunction(context, core, "cloneMessage", CloneMessage);
}

void MessageReferences(std::vector<intptr_t>* refs) {
  for (v8::FunctionCallback f : {PostMessage, SetPortHandler, PortClose, PortRef, NewChannel, CloneMessage})
    refs->push_back(reinterpret_cast<intptr_t>(f));
}
