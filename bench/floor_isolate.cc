// floor_isolate.cc: the start-up floor plus the least V8 work any runtime
// does: create the platform, initialise V8, create one isolate, and tear
// it all down. The steps are those of V8's hello-world sample, stopping
// before the first context.
#include <libplatform/libplatform.h>
#include <v8.h>

#include <memory>

int main(int argc, char* argv[]) {
  (void)argc;
  // ICU data and the platform (worker threads, task queues).
  v8::V8::InitializeICUDefaultLocation(argv[0]);
  std::unique_ptr<v8::Platform> platform = v8::platform::NewDefaultPlatform();
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();

  // One isolate: V8's heap, built from V8's own built-in snapshot.
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  v8::Isolate* isolate = v8::Isolate::New(params);

  // Dispose in reverse order.
  isolate->Dispose();
  delete params.array_buffer_allocator;
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  return 0;
}
