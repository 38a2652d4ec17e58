// A small, strict parser of multipart/form-data bodies (RFC 7578, the subset browsers send), so that forms
// with a file input work without JavaScript. Pure functions over the whole body already in memory (the
// server has bounded it); thread-safe; safe to fuzz (src/web/pages/multipart_fuzzer.cc).
//
// Accepted: the body starts with "--boundary" + CRLF (no preamble); each part has CRLF-terminated header
// lines, an empty line, its data, then CRLF + "--boundary"; the last delimiter is followed by "--" and at
// most one CRLF (no epilogue). Each part needs exactly one "Content-Disposition: form-data; name=..."
// (quoted or token values; an optional filename marks a file part; other parameters are ignored) and may
// have a Content-Type; other headers are ignored. Refused with InvalidArgument: a missing or malformed
// boundary, transport padding, folded or nameless header lines, a part without a name, truncation, bytes
// after the closing delimiter. Refused with TooLarge: more than `max_parts` parts, a part header block over
// `max_part_header_bytes`, a non-file value over `max_field_bytes`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace motcua::web::pages {

struct MultipartLimits {
  size_t max_parts = 200;
  size_t max_part_header_bytes = 4096;
  size_t max_field_bytes = 64 * 1024;
};

struct FormPart {
  std::string name;
  bool is_file = false;      // the part had a filename parameter (possibly empty: no file chosen)
  std::string file_name;     // as sent by the browser; a display name only, never a path to trust
  std::string content_type;  // the part's Content-Type, "" when absent
  std::string data;
};

// The boundary parameter of a "multipart/form-data; boundary=..." Content-Type (quoted or not): 1 to 70
// characters of RFC 2046's bchars, not ending with a space. InvalidArgument otherwise, or for another type.
Result<std::string> MultipartBoundary(std::string_view content_type);

// The parts of `body`, in order.
Result<std::vector<FormPart>> ParseMultipart(std::string_view body, std::string_view boundary,
                                             const MultipartLimits& limits = {});

}  // namespace motcua::web::pages
