// Fuzzes the server's request path without a socket: arbitrary bytes go through RequestReader (Beast's
// parser plus MotCua's framing rules) in pieces, as reads from a socket would deliver them, and every
// complete request goes through a Router with the real procedure and health routes. Checks invariants:
// errors carry a 4xx/5xx status, a code and a message; a failed reader stays failed; a request never has a
// body over the limit nor a path without a leading '/'; every error answer is the JSON envelope.
#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "web/health_api.h"
#include "web/procedure_api.h"
#include "web/request_reader.h"
#include "web/router.h"

namespace {

using motcua::web::Request;
using motcua::web::RequestReader;

constexpr size_t kHeaderLimit = 2048;
constexpr size_t kBodyLimit = 4096;

motcua::Procedure SampleProcedure(std::string code, std::string name, motcua::CivilDate from) {
  motcua::Procedure p;
  p.code = std::move(code);
  p.name = std::move(name);
  p.field_code = "HT";
  p.cases.push_back({"Thông thường", {3, motcua::DurationUnit::kWorkingDays}, std::nullopt});
  p.effective_from = from;
  return p;
}

const motcua::web::Router& TheRouter() {
  static const motcua::web::Router* router = [] {
    spdlog::set_level(spdlog::level::off);
    auto* r = new motcua::web::Router();
    motcua::web::AddHealthRoutes(*r);
    auto holder = std::make_shared<motcua::web::ProcedureSnapshotHolder>(
        std::vector<motcua::Procedure>{SampleProcedure("1.001193", "Đăng ký khai sinh", {2016, 1, 1}),
                                       SampleProcedure("1.000656", "Đăng ký khai tử", {2016, 1, 1})});
    motcua::web::ProcedureApiOptions options;
    options.today = [] { return motcua::CivilDate{2025, 1, 1}; };
    motcua::web::AddProcedureRoutes(*r, holder, options);
    r->Post("/echo", [](const Request& request) -> motcua::Result<motcua::web::Response> {
      return motcua::web::SerializedJsonResponse(200, std::to_string(request.body.size()));
    });
    return r;
  }();
  return *router;
}

void CheckResponse(const motcua::web::Response& response) {
  if (response.status < 200 || response.status > 599) std::abort();
  // Errors are the envelope (a cheap check: a full JSON parse here would slow every run down).
  if (response.status >= 400 && response.BodyView().rfind(R"({"error":{"code":")", 0) != 0) std::abort();
}

}  // namespace

// Frames that put the fuzzed bytes where a short run reaches deep code: the query, the procedure code,
// header fields, a chunked body, or after a valid request (pipelining). Frame 0 is the raw bytes alone.
struct Frame {
  const char* prefix;
  const char* suffix;
};
constexpr Frame kFrames[] = {
    {"", ""},
    {"GET /api/v1/procedures?", " HTTP/1.1\r\nHost: x\r\n\r\n"},
    {"GET /api/v1/procedures/", " HTTP/1.1\r\nHost: x\r\n\r\n"},
    {"POST /echo HTTP/1.1\r\nHost: x\r\n", "\r\n\r\n"},
    {"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", ""},
    {"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n", ""},
    {"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", ""},
};

// Builds the router before the first input so its one-time set-up is not counted as the coverage of an
// input (that made every later run slow to score).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)TheRouter();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  // The first byte chooses how the input is split into reads (1..256 bytes each), the second the frame.
  const size_t piece = static_cast<size_t>(data[0]) + 1;
  const Frame& frame = kFrames[data[1] % (sizeof(kFrames) / sizeof(kFrames[0]))];
  std::string framed = frame.prefix;
  framed.append(reinterpret_cast<const char*>(data + 2), size - 2);
  framed.append(frame.suffix);
  const std::string_view input(framed);

  RequestReader reader(motcua::web::RequestLimits{kHeaderLimit, kBodyLimit});
  std::string buffer;
  size_t sent = 0;
  int requests = 0;
  while (true) {
    size_t consumed = 0;
    const RequestReader::Event event = reader.Parse(buffer, &consumed);
    if (consumed > buffer.size()) std::abort();
    buffer.erase(0, consumed);
    if (event == RequestReader::Event::kNeedMore) {
      if (sent == input.size()) break;
      // Like the server, refuse to buffer without bound while the parser makes no progress.
      if (buffer.size() > kHeaderLimit + 2 * kBodyLimit) break;
      const size_t n = std::min(piece, input.size() - sent);
      buffer.append(input.substr(sent, n));
      sent += n;
      continue;
    }
    if (event == RequestReader::Event::kHeaderDone) {
      (void)reader.expects_continue();
      continue;
    }
    if (event == RequestReader::Event::kError) {
      const auto& error = reader.error();
      if (error.http_status < 400 || error.http_status > 599 || error.code.empty() ||
          error.user_message.empty()) {
        std::abort();
      }
      CheckResponse(error.ToResponse());
      // The reader stays failed.
      size_t again = 0;
      if (reader.Parse("GET / HTTP/1.1\r\nHost: x\r\n\r\n", &again) != RequestReader::Event::kError)
        std::abort();
      break;
    }
    // kComplete
    Request request = reader.TakeRequest();
    if (request.body.size() > kBodyLimit) std::abort();
    if (request.path.empty() || request.path.front() != '/') std::abort();
    CheckResponse(TheRouter().Dispatch(request));
    if (++requests > 1000) break;
  }
  return 0;
}
