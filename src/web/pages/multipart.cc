#include "web/pages/multipart.h"

#include <optional>

namespace motcua::web::pages {
namespace {

constexpr std::string_view kCrlf = "\r\n";

Status Malformed(std::string log) {
  return Status::InvalidArgument(
      "multipart: " + std::move(log),
      "Dữ liệu biểu mẫu gửi lên không hợp lệ. Vui lòng tải lại trang rồi gửi lại.");
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool IsTokenChar(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u >= 0x7f) return false;
  return std::string_view("()<>@,;:\\\"/[]?={}").find(c) == std::string_view::npos;
}

// RFC 2046 bchars: DIGIT ALPHA ' ( ) + _ , - . / : = ? and space (not last).
bool IsBoundaryChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// One "key=value" parameter list after the first ';' of a header value. Values are tokens or quoted strings
// (read up to the next quote: browsers percent-encode quotes in names, and send no backslash escapes).
struct Parameter {
  std::string key;  // lower-cased
  std::string value;
};

Result<std::vector<Parameter>> ParseParameters(std::string_view text) {
  std::vector<Parameter> out;
  size_t pos = 0;
  while (true) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos == text.size()) return out;
    const size_t key_start = pos;
    while (pos < text.size() && IsTokenChar(text[pos])) ++pos;
    if (pos == key_start || pos == text.size() || text[pos] != '=') return Malformed("bad header parameter");
    Parameter parameter;
    for (char c : text.substr(key_start, pos - key_start)) parameter.key.push_back(Lower(c));
    ++pos;  // '='
    if (pos < text.size() && text[pos] == '"') {
      const size_t close = text.find('"', pos + 1);
      if (close == std::string_view::npos) return Malformed("unterminated quoted parameter");
      parameter.value = std::string(text.substr(pos + 1, close - pos - 1));
      pos = close + 1;
    } else {
      const size_t value_start = pos;
      while (pos < text.size() && IsTokenChar(text[pos])) ++pos;
      if (pos == value_start) return Malformed("empty header parameter value");
      parameter.value = std::string(text.substr(value_start, pos - value_start));
    }
    out.push_back(std::move(parameter));
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos == text.size()) return out;
    if (text[pos] != ';') return Malformed("header parameters not separated by ';'");
    ++pos;
  }
}

// Splits "type; params" and returns the lower-cased type.
std::string MediaTypeOf(std::string_view value, std::string_view* params) {
  const size_t semicolon = value.find(';');
  const std::string_view type = TrimSpaces(value.substr(0, semicolon));
  *params = semicolon == std::string_view::npos ? std::string_view() : value.substr(semicolon + 1);
  std::string lower;
  for (char c : type) lower.push_back(Lower(c));
  return lower;
}

Status ParseDisposition(std::string_view value, FormPart* part) {
  std::string_view params;
  if (MediaTypeOf(value, &params) != "form-data") return Malformed("Content-Disposition is not form-data");
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Parameter> parameters, ParseParameters(params));
  bool has_name = false;
  for (const Parameter& parameter : parameters) {
    if (parameter.key == "name") {
      if (has_name) return Malformed("two name parameters");
      has_name = true;
      part->name = parameter.value;
    } else if (parameter.key == "filename") {
      if (part->is_file) return Malformed("two filename parameters");
      part->is_file = true;
      part->file_name = parameter.value;
    }
  }
  if (!has_name || part->name.empty()) return Malformed("part without a name");
  return Status::Ok();
}

// `block` is the header lines without the CRLF that ends the last one.
Status ParsePartHeaders(std::string_view block, FormPart* part) {
  bool has_disposition = false;
  while (true) {
    const size_t end = block.find(kCrlf);
    const std::string_view line = block.substr(0, end);
    if (line.empty()) return Malformed("empty header line");
    if (line.find_first_of("\r\n") != std::string_view::npos) return Malformed("bare CR or LF in a header");
    if (line.front() == ' ' || line.front() == '\t') return Malformed("folded header line");
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return Malformed("header line without a name");
    const std::string_view name = line.substr(0, colon);
    for (char c : name) {
      if (!IsTokenChar(c)) return Malformed("bad header name");
    }
    const std::string_view value = TrimSpaces(line.substr(colon + 1));
    if (EqualsNoCase(name, "Content-Disposition")) {
      if (has_disposition) return Malformed("two Content-Disposition headers");
      has_disposition = true;
      MOTCUA_RETURN_IF_ERROR(ParseDisposition(value, part));
    } else if (EqualsNoCase(name, "Content-Type")) {
      part->content_type = std::string(value);
    }
    if (end == std::string_view::npos) break;
    block.remove_prefix(end + kCrlf.size());
  }
  if (!has_disposition) return Malformed("part without Content-Disposition");
  return Status::Ok();
}

}  // namespace

Result<std::string> MultipartBoundary(std::string_view content_type) {
  std::string_view params;
  if (MediaTypeOf(content_type, &params) != "multipart/form-data") {
    return Malformed("Content-Type is not multipart/form-data");
  }
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Parameter> parameters, ParseParameters(params));
  std::optional<std::string> boundary;
  for (const Parameter& parameter : parameters) {
    if (parameter.key != "boundary") continue;
    if (boundary) return Malformed("two boundary parameters");
    boundary = parameter.value;
  }
  if (!boundary || boundary->empty() || boundary->size() > 70 || boundary->back() == ' ') {
    return Malformed("missing or malformed boundary");
  }
  for (char c : *boundary) {
    if (!IsBoundaryChar(c)) return Malformed("boundary with a character outside bchars");
  }
  return *boundary;
}

Result<std::vector<FormPart>> ParseMultipart(std::string_view body, std::string_view boundary,
                                             const MultipartLimits& limits) {
  if (boundary.empty()) return Malformed("empty boundary");
  std::string delimiter = "--";
  delimiter.append(boundary);
  std::string next_delimiter = "\r\n";
  next_delimiter.append(delimiter);
  if (!body.starts_with(delimiter)) return Malformed("body does not start with the boundary");
  std::vector<FormPart> parts;
  size_t pos = delimiter.size();
  while (true) {
    const std::string_view rest = body.substr(pos);
    if (rest.starts_with("--")) {
      // The closing delimiter: nothing may follow but one CRLF.
      if (rest.size() == 2 || rest.substr(2) == kCrlf) return parts;
      return Malformed("bytes after the closing boundary");
    }
    if (!rest.starts_with(kCrlf)) return Malformed("boundary not followed by CRLF");
    pos += 2;
    if (parts.size() >= limits.max_parts) {
      return Status::TooLarge("multipart: more than " + std::to_string(limits.max_parts) + " parts",
                              "Biểu mẫu có quá nhiều trường.");
    }
    // The header block ends at the first empty line.
    const size_t header_end = body.find("\r\n\r\n", pos);
    if (header_end == std::string_view::npos || header_end + 2 - pos > limits.max_part_header_bytes) {
      if (header_end == std::string_view::npos && body.size() - pos <= limits.max_part_header_bytes) {
        return Malformed("truncated part header");
      }
      return Status::TooLarge(
          "multipart: part header over " + std::to_string(limits.max_part_header_bytes) + " bytes",
          "Dữ liệu biểu mẫu gửi lên không hợp lệ (phần đầu quá dài).");
    }
    FormPart part;
    MOTCUA_RETURN_IF_ERROR(ParsePartHeaders(body.substr(pos, header_end - pos), &part));
    const size_t data_start = header_end + 4;
    const size_t data_end = body.find(next_delimiter, data_start);
    if (data_end == std::string_view::npos) return Malformed("part not closed by the boundary");
    if (!part.is_file && data_end - data_start > limits.max_field_bytes) {
      return Status::TooLarge("multipart: field '" + part.name.substr(0, 40) + "' over " +
                                  std::to_string(limits.max_field_bytes) + " bytes",
                              "Nội dung một trường của biểu mẫu quá dài.");
    }
    part.data = std::string(body.substr(data_start, data_end - data_start));
    parts.push_back(std::move(part));
    pos = data_end + next_delimiter.size();
  }
}

}  // namespace motcua::web::pages
