// libFuzzer target for the multipart/form-data parser (web/pages/multipart.h) and the form reader on top of
// it. The first line of the input is the Content-Type, the rest the body. Checks what must always hold: the
// parser never crashes or reads out of bounds, accepted input respects the limits, every accepted part has a
// name, and concatenating the parts' data cannot exceed the body.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "web/pages/form.h"
#include "web/pages/multipart.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace motcua::web::pages;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t newline = input.find('\n');
  const std::string_view content_type = input.substr(0, newline);
  const std::string_view body =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  MultipartLimits limits;
  limits.max_parts = 16;
  limits.max_field_bytes = 256;
  limits.max_part_header_bytes = 512;
  auto boundary = MultipartBoundary(content_type);
  if (boundary.ok()) {
    Check(!boundary->empty() && boundary->size() <= 70);
    auto parts = ParseMultipart(body, *boundary, limits);
    if (parts.ok()) {
      Check(parts->size() <= limits.max_parts);
      size_t total = 0;
      for (const FormPart& part : *parts) {
        Check(!part.name.empty());
        Check(part.is_file || part.data.size() <= limits.max_field_bytes);
        total += part.data.size();
      }
      Check(total <= body.size());
    }
  }
  // The whole form reader, both encodings.
  motcua::web::Request request;
  request.method = "POST";
  request.headers.Add("Content-Type", std::string(content_type));
  request.body = std::string(body);
  auto form = Form::Parse(request);
  if (form.ok()) {
    for (const auto& [name, value] : form->fields())
      Check(name.size() + value.size() <= body.size() * 4 + 16);
  }
  return 0;
}
