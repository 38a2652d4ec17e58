// Form: the fields (and files) of a submitted HTML form, read from a request body sent as
// application/x-www-form-urlencoded (decoded by the same code as query strings, web/http.h) or
// multipart/form-data (multipart.h). Every text value must be valid UTF-8 and is normalised to NFC, so
// Vietnamese typed as decomposed characters compares and stores like precomposed text. File parts keep
// their bytes as sent. A value object; thread-safe to share const.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "web/http.h"
#include "web/pages/multipart.h"

namespace motcua::web::pages {

struct FormLimits {
  size_t max_urlencoded_bytes = 256 * 1024;
  size_t max_fields = 500;
  MultipartLimits multipart;
};

struct UploadedFile {
  std::string field;
  std::string file_name;
  std::string content_type;
  std::string data;
};

class Form {
 public:
  Form() = default;

  // Parses `request.body` by its Content-Type. InvalidArgument for another type, a malformed body or text
  // that is not UTF-8; TooLarge over the limits.
  static Result<Form> Parse(const Request& request, const FormLimits& limits = {});
  // From already decoded pairs (tests, and the urlencoded path).
  static Result<Form> FromPairs(Params pairs);

  // The first value of `name` ("" when absent), trimmed of ASCII whitespace.
  std::string Get(std::string_view name) const;
  // Every value of `name`, in order, untrimmed.
  std::vector<std::string> GetAll(std::string_view name) const;
  bool Has(std::string_view name) const;
  // The first file of field `name` with at least one byte, or nullptr (an empty file input sends a part
  // with no name and no bytes).
  const UploadedFile* File(std::string_view name) const;

  const Params& fields() const { return fields_; }
  const std::vector<UploadedFile>& files() const { return files_; }

 private:
  Params fields_;
  std::vector<UploadedFile> files_;
};

}  // namespace motcua::web::pages
