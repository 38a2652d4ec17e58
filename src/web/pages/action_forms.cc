#include "web/pages/action_forms.h"

#include <algorithm>
#include <map>

#include "base/text.h"
#include "dossier/evaluation.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;
using A = DossierAction;

enum class Kind { kText, kTextarea, kDate, kDateTime, kSelect, kCheckbox, kNumber, kFile };

struct Option {
  std::string value;
  std::string label;
};

struct FieldSpec {
  std::string name;
  std::string label;
  Kind kind = Kind::kText;
  bool required = false;
  std::string hint;
  std::vector<Option> options;
  std::string default_value;
};

bool HasRole(const User& user, Role role) {
  return std::find(user.roles.begin(), user.roles.end(), role) != user.roles.end();
}

std::string OfficerLabel(const User& user) {
  std::string roles;
  for (Role role : user.roles) {
    if (!roles.empty()) roles.append(", ");
    roles.append(RoleLabel(role));
  }
  return user.display_name + " (" + user.username + ")" + (roles.empty() ? "" : " - " + roles);
}

// Specialists of the dossier's field first; any specialist when the field has none.
std::vector<Option> AssigneeOptions(const ActionFormContext& context) {
  std::vector<Option> of_field;
  std::vector<Option> any;
  for (const User& user : context.unit_officers) {
    if (!HasRole(user, Role::kSpecialist)) continue;
    any.push_back({user.username, OfficerLabel(user)});
    if (std::find(user.fields.begin(), user.fields.end(), context.field_code) != user.fields.end()) {
      of_field.push_back({user.username, OfficerLabel(user)});
    }
  }
  return of_field.empty() ? any : of_field;
}

std::vector<Option> HandOverOptions(const ActionFormContext& context, const Dossier& dossier) {
  std::vector<Option> out;
  for (const User& user : context.unit_officers) {
    if (user.username == dossier.assignee || user.username == context.viewer) continue;
    if (HasRole(user, Role::kAdmin) && user.roles.size() == 1) continue;  // takes no dossier action
    out.push_back({user.username, OfficerLabel(user)});
  }
  return out;
}

FieldSpec Note() { return {"note", "Ghi chú", Kind::kTextarea, false, "", {}, ""}; }

std::vector<FieldSpec> FieldsFor(A action, const Dossier& dossier, const ActionFormContext& context) {
  const FieldSpec reason{"reason", "Lý do", Kind::kTextarea, true, "", {}, ""};
  switch (action) {
    case A::kRequestCompletion:
    case A::kRequestSupplement: {
      std::vector<FieldSpec> fields = {{"items",
                                        "Giấy tờ cần bổ sung, hoàn thiện",
                                        Kind::kTextarea,
                                        true,
                                        "Mỗi dòng một giấy tờ, ghi rõ lý do.",
                                        {},
                                        ""}};
      if (action == A::kRequestSupplement) {
        fields.push_back({"deadline",
                          "Hạn bổ sung",
                          Kind::kDate,
                          false,
                          "Không bắt buộc. Hạn tính đến 17:00 của ngày được chọn.",
                          {},
                          ""});
      }
      fields.push_back(Note());
      return fields;
    }
    case A::kRefuseAtDesk:
    case A::kWithdraw:
    case A::kStop:
      return {reason, Note()};
    case A::kAssign:
      return {{"to", "Chuyển cho chuyên viên", Kind::kSelect, true, "", AssigneeOptions(context), ""},
              Note()};
    case A::kHandOver:
      return {{"to", "Bàn giao cho", Kind::kSelect, true, "", HandOverOptions(context, dossier), ""}, Note()};
    case A::kRequestFees:
      return {{"fee_description", "Khoản phí, lệ phí", Kind::kText, true, "Ví dụ: Lệ phí đăng ký", {}, ""},
              {"fee_amount", "Số tiền (đồng)", Kind::kNumber, false, "Bỏ trống nếu chưa xác định.", {}, ""},
              Note()};
    case A::kPayFees:
      return {{"online", "Đã nộp trực tuyến", Kind::kCheckbox, false, "", {}, ""}, Note()};
    case A::kApologize:
      return {
          {"new_due", "Ngày giờ hẹn trả mới", Kind::kDateTime, true, "Phải sau ngày hẹn hiện tại.", {}, ""},
          {"reason", "Lý do chậm trễ", Kind::kTextarea, true, "", {}, ""},
          Note()};
    case A::kNumber:
      return {{"document", "Số, ký hiệu văn bản", Kind::kText, false, "Ví dụ: 15/GXNTTHN", {}, ""}, Note()};
    case A::kReject:
      return {reason, {"document", "Số văn bản trả lời", Kind::kText, false, "", {}, ""}, Note()};
    case A::kResultReady:
      return {
          {"document", "Số, ký hiệu kết quả", Kind::kText, false, "", {}, ""},
          {"result_file",
           "Bản điện tử của kết quả",
           Kind::kFile,
           false,
           "Không bắt buộc. PDF, JPEG, PNG, TIFF, DOCX hoặc XLSX; có tệp thì kết quả được ghi là đã số hóa.",
           {},
           ""},
          Note()};
    case A::kReturnResult:
      return {
          {"recipient", "Người nhận kết quả", Kind::kText, true, "", {}, dossier.applicant.name},
          {"method",
           "Hình thức trả",
           Kind::kSelect,
           true,
           "",
           {{"desk", "Trực tiếp tại Bộ phận Một cửa"},
            {"post", "Qua dịch vụ bưu chính"},
            {"electronic", "Trực tuyến"}},
           "desk"},
          {"originals_returned", "Bản gốc trả lại", Kind::kTextarea, false, "Mỗi dòng một giấy tờ.", {}, ""},
          Note()};
    case A::kEvaluate: {
      std::vector<FieldSpec> fields;
      std::vector<Option> overall;
      for (OverallSatisfaction value : {OverallSatisfaction::kVerySatisfied, OverallSatisfaction::kSatisfied,
                                        OverallSatisfaction::kUnsatisfied}) {
        overall.push_back({std::string(OverallId(value)), std::string(OverallNameVi(value))});
      }
      fields.push_back({"overall", "Đánh giá chung", Kind::kSelect, true, "", overall, ""});
      for (int i = 0; i < kEvaluationCriterionCount; ++i) {
        const auto criterion = static_cast<EvaluationCriterion>(i);
        fields.push_back({"criteria." + std::string(CriterionId(criterion)),
                          std::string(CriterionNameVi(criterion)),
                          Kind::kSelect,
                          false,
                          "",
                          {{"2", "Tốt (2 điểm)"}, {"1", "Bình thường (1 điểm)"}, {"0", "Kém (0 điểm)"}},
                          ""});
      }
      fields.push_back(
          {"channel",
           "Kênh đánh giá",
           Kind::kSelect,
           false,
           "",
           {{"desk", "Tại Bộ phận Một cửa"}, {"online", "Trực tuyến"}, {"phone", "Điện thoại, tin nhắn"}},
           "desk"});
      return fields;
    }
    case A::kReceiveSupplement:
    case A::kApprove:
    case A::kSign:
    default:
      return {Note()};
  }
}

json FieldView(const FieldSpec& spec, const Form* values) {
  const std::string value =
      values != nullptr
          ? (values->GetAll(spec.name).empty() ? std::string() : values->GetAll(spec.name).front())
          : spec.default_value;
  json options = json::array();
  for (const Option& option : spec.options) {
    options.push_back(
        {{"value", option.value}, {"label", option.label}, {"selected", option.value == value}});
  }
  return {{"name", spec.name},
          {"id", "f-" + spec.name},
          {"label", spec.label},
          {"hint", TextOrNull(spec.hint)},
          {"required", spec.required},
          {"value", value},
          {"checked", !value.empty()},
          {"options", std::move(options)},
          {"no_options", spec.kind == Kind::kSelect && spec.options.empty()},
          {"is_text", spec.kind == Kind::kText},
          {"is_textarea", spec.kind == Kind::kTextarea},
          {"is_date", spec.kind == Kind::kDate},
          {"is_datetime", spec.kind == Kind::kDateTime},
          {"is_select", spec.kind == Kind::kSelect},
          {"is_checkbox", spec.kind == Kind::kCheckbox},
          {"is_number", spec.kind == Kind::kNumber},
          {"is_file", spec.kind == Kind::kFile}};
}

Status Missing(const FieldSpec& spec) {
  const bool chosen = spec.kind == Kind::kSelect || spec.kind == Kind::kDate || spec.kind == Kind::kDateTime;
  return Status::InvalidArgument(
      "form field '" + spec.name + "' is missing",
      std::string(chosen ? "Vui lòng chọn \"" : "Vui lòng nhập \"") + spec.label + "\".");
}

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view line : SplitString(text, '\n')) {
    line = TrimAscii(line);
    if (!line.empty()) out.emplace_back(line);
  }
  return out;
}

// "8.000", "8000", "8 000" -> 8000; nullopt for anything else.
std::optional<int64_t> Dong(std::string_view text) {
  int64_t value = 0;
  int digits = 0;
  for (char c : text) {
    if (c == '.' || c == ' ' || c == ',') continue;
    if (c < '0' || c > '9' || ++digits > 15) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (digits == 0) return std::nullopt;
  return value;
}

}  // namespace

json ActionFormView(DossierAction action, const Dossier& dossier, const ActionFormContext& context,
                    const Form* values, std::string_view error) {
  json fields = json::array();
  bool multipart = false;
  for (const FieldSpec& spec : FieldsFor(action, dossier, context)) {
    multipart = multipart || spec.kind == Kind::kFile;
    fields.push_back(FieldView(spec, values));
  }
  const bool danger =
      action == A::kRefuseAtDesk || action == A::kReject || action == A::kWithdraw || action == A::kStop;
  return {{"id", std::string(ActionId(action))},
          {"action_id", std::string(ActionId(action))},
          {"name", std::string(ActionNameVi(action))},
          {"form_name", TextOrNull(ActionForm(action))},
          {"href", "/ho-so/" + PercentEncode(context.code) + "/thao-tac/" + std::string(ActionId(action))},
          {"multipart", multipart},
          {"danger", danger},
          {"fields", std::move(fields)},
          {"csrf", context.csrf},
          {"once", context.once},
          {"seq", context.seq},
          {"error", TextOrNull(error)},
          {"open", !error.empty()}};
}

Result<json> EventBodyFromForm(DossierAction action, const Form& form, std::string_view file_id) {
  // The specs are only consulted for labels and required flags; choices do not matter here.
  const std::vector<FieldSpec> specs = FieldsFor(action, Dossier{}, ActionFormContext{});
  for (const FieldSpec& spec : specs) {
    if (spec.required && form.Get(spec.name).empty()) return Missing(spec);
  }
  json body = json::object();
  if (const std::string note = form.Get("note"); !note.empty()) body["note"] = note;
  switch (action) {
    case A::kRequestCompletion:
    case A::kRequestSupplement:
      body["items"] = Lines(form.GetAll("items").front());
      if (const std::string date = form.Get("deadline"); !date.empty() && action == A::kRequestSupplement) {
        auto day = ParseIsoDate(date);
        if (!day.ok()) {
          return Status::InvalidArgument("bad deadline date", "Hạn bổ sung không đúng dạng ngày.");
        }
        body["deadline"] = FormatIsoInstant(FromLocal(*day, 17 * 3600));
      }
      break;
    case A::kRefuseAtDesk:
    case A::kWithdraw:
    case A::kStop:
      body["reason"] = form.Get("reason");
      break;
    case A::kAssign:
    case A::kHandOver:
      body["to"] = form.Get("to");
      break;
    case A::kRequestFees: {
      json fee = {{"description", form.Get("fee_description")}};
      if (const std::string amount = form.Get("fee_amount"); !amount.empty()) {
        const std::optional<int64_t> dong = Dong(amount);
        if (!dong) return Status::InvalidArgument("bad fee amount", "Số tiền phải là số đồng, ví dụ 8.000.");
        fee["amount"] = *dong;
      }
      body["fees"] = json::array({std::move(fee)});
      break;
    }
    case A::kPayFees:
      if (!form.Get("online").empty()) body["online"] = true;
      break;
    case A::kApologize: {
      auto when = ParseIsoInstant(form.Get("new_due"));
      if (!when.ok()) {
        return Status::InvalidArgument("bad new_due", "Ngày giờ hẹn trả mới không đúng dạng ngày giờ.");
      }
      body["new_due"] = FormatIsoInstant(*when);
      body["reason"] = form.Get("reason");
      break;
    }
    case A::kNumber:
    case A::kReject:
    case A::kResultReady:
      if (const std::string document = form.Get("document"); !document.empty()) body["document"] = document;
      if (action == A::kReject) body["reason"] = form.Get("reason");
      if (action == A::kResultReady) {
        body["digitized"] = !file_id.empty();
        if (!file_id.empty()) body["file_id"] = std::string(file_id);
      }
      break;
    case A::kReturnResult: {
      body["recipient"] = form.Get("recipient");
      body["method"] = form.Get("method");
      const std::vector<std::string> originals = form.GetAll("originals_returned");
      if (!originals.empty() && !Lines(originals.front()).empty())
        body["originals_returned"] = Lines(originals.front());
      break;
    }
    case A::kEvaluate: {
      body.erase("note");
      body["overall"] = form.Get("overall");
      json criteria = json::object();
      for (int i = 0; i < kEvaluationCriterionCount; ++i) {
        const std::string id(CriterionId(static_cast<EvaluationCriterion>(i)));
        const std::string score = form.Get("criteria." + id);
        if (score.empty()) continue;
        if (score != "0" && score != "1" && score != "2") {
          return Status::InvalidArgument("bad criterion score", "Điểm mỗi tiêu chí là 0, 1 hoặc 2.");
        }
        criteria[id] = score[0] - '0';
      }
      if (!criteria.empty()) body["criteria"] = std::move(criteria);
      if (const std::string channel = form.Get("channel"); !channel.empty()) body["channel"] = channel;
      break;
    }
    default:
      break;
  }
  return body;
}

}  // namespace motcua::web::pages
