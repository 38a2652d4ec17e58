#include "web/pages/form.h"

#include "base/text.h"

namespace motcua::web::pages {
namespace {

Status NotAForm(std::string log) {
  return Status::InvalidArgument(
      std::move(log), "Dữ liệu biểu mẫu gửi lên không hợp lệ. Vui lòng tải lại trang rồi gửi lại.");
}

std::string LowerMediaType(std::string_view content_type) {
  std::string out;
  for (char c : TrimAscii(content_type.substr(0, content_type.find(';')))) {
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

}  // namespace

Result<Form> Form::FromPairs(Params pairs) {
  Form form;
  for (auto& [name, value] : pairs) {
    auto nfc_name = NormalizeNfc(name);
    auto nfc_value = NormalizeNfc(value);
    if (!nfc_name.ok() || !nfc_value.ok()) return NotAForm("form field is not valid UTF-8");
    form.fields_.emplace_back(std::move(nfc_name).value(), std::move(nfc_value).value());
  }
  return form;
}

Result<Form> Form::Parse(const Request& request, const FormLimits& limits) {
  const std::string_view content_type = request.headers.Get("Content-Type").value_or("");
  const std::string type = LowerMediaType(content_type);
  if (type == "application/x-www-form-urlencoded") {
    if (request.body.size() > limits.max_urlencoded_bytes) {
      return Status::TooLarge("urlencoded form of " + std::to_string(request.body.size()) + " bytes",
                              "Nội dung biểu mẫu quá dài.");
    }
    // The body has the syntax of a query string: reuse the request-target decoder ('+' is a space).
    Request decoded;
    std::string target = "/?";
    target.append(request.body);
    if (!ParseRequestTarget(target, &decoded).ok()) return NotAForm("malformed urlencoded form body");
    if (decoded.query.size() > limits.max_fields) {
      return Status::TooLarge("form with " + std::to_string(decoded.query.size()) + " fields",
                              "Biểu mẫu có quá nhiều trường.");
    }
    return FromPairs(std::move(decoded.query));
  }
  if (type == "multipart/form-data") {
    MOTCUA_ASSIGN_OR_RETURN(const std::string boundary, MultipartBoundary(content_type));
    MOTCUA_ASSIGN_OR_RETURN(std::vector<FormPart> parts,
                            ParseMultipart(request.body, boundary, limits.multipart));
    Params pairs;
    std::vector<UploadedFile> files;
    for (FormPart& part : parts) {
      if (part.is_file) {
        if (!IsValidUtf8(part.name)) return NotAForm("file field name is not valid UTF-8");
        // The display name is cleaned by the upload checks (attachment/file_name.h); only UTF-8 here.
        if (!IsValidUtf8(part.file_name)) part.file_name.clear();
        files.push_back(UploadedFile{std::move(part.name), std::move(part.file_name),
                                     std::move(part.content_type), std::move(part.data)});
      } else {
        pairs.emplace_back(std::move(part.name), std::move(part.data));
      }
    }
    if (pairs.size() > limits.max_fields) {
      return Status::TooLarge("form with " + std::to_string(pairs.size()) + " fields",
                              "Biểu mẫu có quá nhiều trường.");
    }
    MOTCUA_ASSIGN_OR_RETURN(Form form, FromPairs(std::move(pairs)));
    form.files_ = std::move(files);
    return form;
  }
  return NotAForm("form posted as '" + type.substr(0, 60) + "'");
}

std::string Form::Get(std::string_view name) const {
  for (const auto& [key, value] : fields_) {
    if (key == name) return std::string(TrimAscii(value));
  }
  return "";
}

std::vector<std::string> Form::GetAll(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [key, value] : fields_) {
    if (key == name) out.push_back(value);
  }
  return out;
}

bool Form::Has(std::string_view name) const {
  for (const auto& field : fields_) {
    if (field.first == name) return true;
  }
  return false;
}

const UploadedFile* Form::File(std::string_view name) const {
  for (const UploadedFile& file : files_) {
    if (file.field == name && !file.data.empty()) return &file;
  }
  return nullptr;
}

}  // namespace motcua::web::pages
