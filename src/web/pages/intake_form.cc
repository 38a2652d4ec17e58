#include "web/pages/intake_form.h"

#include "attachment/sha256.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

Status Bad(std::string log, std::string user) {
  return Status::InvalidArgument("intake form: " + std::move(log), std::move(user));
}

Result<int> Count(const Form& form, const std::string& name, int fallback, std::string_view label) {
  const std::string text = form.Get(name);
  if (text.empty()) return fallback;
  int value = 0;
  if (text.size() > 2) return Bad(name + " too large", "Số " + std::string(label) + " phải từ 0 đến 99.");
  for (char c : text) {
    if (c < '0' || c > '9')
      return Bad(name + " not a number", "Số " + std::string(label) + " phải từ 0 đến 99.");
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string Prefix(size_t i) { return "c" + std::to_string(i) + "."; }

}  // namespace

IntakeDraft NewDraft(const Procedure& procedure) {
  IntakeDraft draft;
  for (const Component& component : procedure.components) {
    ComponentDraft c;
    c.originals = component.originals;
    c.copies = component.copies;
    draft.components.push_back(c);
  }
  draft.fees_collected.assign(procedure.fees.size(), false);
  return draft;
}

Result<IntakeDraft> ReadIntakeDraft(const Form& form, const Procedure& procedure) {
  IntakeDraft draft = NewDraft(procedure);
  if (const std::string text = form.Get("case"); !text.empty()) {
    int number = 0;
    for (char c : text) number = (c >= '0' && c <= '9' && number < 1000) ? number * 10 + (c - '0') : 100000;
    if (number < 1 || static_cast<size_t>(number) > procedure.cases.size()) {
      return Bad("unknown case", "Trường hợp đã chọn không có trong thủ tục này.");
    }
    draft.case_number = number;
  }
  draft.applicant_kind = form.Get("applicant_kind").empty() ? "person" : form.Get("applicant_kind");
  if (draft.applicant_kind != "person" && draft.applicant_kind != "organisation") {
    return Bad("unknown applicant kind", "Loại người nộp phải là cá nhân hoặc tổ chức.");
  }
  draft.name = form.Get("name");
  draft.id_kind = form.Get("id_kind");
  for (char c : form.Get("id_number")) {
    if (c != ' ') draft.id_number.push_back(c);  // typed in groups, e.g. "001 090 012345"
  }
  draft.address = form.Get("address");
  draft.phone = form.Get("phone");
  draft.email = form.Get("email");
  for (size_t i = 0; i < draft.components.size(); ++i) {
    ComponentDraft& c = draft.components[i];
    const std::string prefix = Prefix(i);
    c.received = !form.Get(prefix + "received").empty();
    MOTCUA_ASSIGN_OR_RETURN(c.originals, Count(form, prefix + "originals", c.originals, "bản chính"));
    MOTCUA_ASSIGN_OR_RETURN(c.copies, Count(form, prefix + "copies", c.copies, "bản sao"));
    c.digitized = !form.Get(prefix + "digitized").empty();
    for (const std::string& id : form.GetAll(prefix + "file")) {
      if (!IsSha256Hex(id))
        return Bad("malformed file id", "Tệp đính kèm không hợp lệ; vui lòng đính kèm lại.");
      c.file_ids.push_back(id);
    }
  }
  for (size_t j = 0; j < draft.fees_collected.size(); ++j) {
    draft.fees_collected[j] = !form.Get("fee" + std::to_string(j)).empty();
  }
  return draft;
}

Status CheckDraftComplete(const IntakeDraft& draft) {
  if (draft.name.empty()) {
    return Bad("no applicant name", "Vui lòng nhập họ và tên người nộp hồ sơ (hoặc tên tổ chức).");
  }
  for (const ComponentDraft& c : draft.components) {
    if (c.received) return Status::Ok();
  }
  return Bad("no component received", "Vui lòng đánh dấu ít nhất một thành phần hồ sơ đã nhận.");
}

json IntakeJson(const IntakeDraft& draft, const Procedure& procedure) {
  json applicant = {{"kind", draft.applicant_kind}, {"name", draft.name}};
  if (!draft.id_number.empty()) applicant["id_number"] = draft.id_number;
  if (!draft.id_kind.empty()) applicant["id_kind"] = draft.id_kind;
  if (!draft.address.empty()) applicant["address"] = draft.address;
  json contact = json::object();
  if (!draft.phone.empty()) contact["phone"] = draft.phone;
  if (!draft.email.empty()) contact["email"] = draft.email;
  json components = json::array();
  for (size_t i = 0; i < draft.components.size() && i < procedure.components.size(); ++i) {
    const ComponentDraft& c = draft.components[i];
    if (!c.received) continue;
    json component = {{"name", procedure.components[i].name},
                      {"originals", c.originals},
                      {"copies", c.copies},
                      {"digitized", c.digitized || !c.file_ids.empty()}};
    if (!c.file_ids.empty()) component["file_ids"] = c.file_ids;
    components.push_back(std::move(component));
  }
  json fees = json::array();
  for (size_t j = 0; j < draft.fees_collected.size() && j < procedure.fees.size(); ++j) {
    if (!draft.fees_collected[j]) continue;
    json fee = {{"description", procedure.fees[j].description}};
    if (procedure.fees[j].amount_dong) fee["amount"] = *procedure.fees[j].amount_dong;
    fees.push_back(std::move(fee));
  }
  json out = {{"procedure", procedure.code},
              {"case", std::to_string(draft.case_number)},
              {"applicant", std::move(applicant)},
              {"components", std::move(components)}};
  if (!contact.empty()) out["contact"] = std::move(contact);
  if (!fees.empty()) out["fees"] = std::move(fees);
  return out;
}

json DraftHiddenFields(const IntakeDraft& draft) {
  json out = json::array();
  auto add = [&out](std::string name, std::string value) {
    if (!value.empty()) out.push_back({{"name", std::move(name)}, {"value", std::move(value)}});
  };
  add("case", std::to_string(draft.case_number));
  add("applicant_kind", draft.applicant_kind);
  add("name", draft.name);
  add("id_kind", draft.id_kind);
  add("id_number", draft.id_number);
  add("address", draft.address);
  add("phone", draft.phone);
  add("email", draft.email);
  for (size_t i = 0; i < draft.components.size(); ++i) {
    const ComponentDraft& c = draft.components[i];
    const std::string prefix = Prefix(i);
    if (c.received) add(prefix + "received", "1");
    add(prefix + "originals", std::to_string(c.originals));
    add(prefix + "copies", std::to_string(c.copies));
    if (c.digitized) add(prefix + "digitized", "1");
    for (const std::string& id : c.file_ids) add(prefix + "file", id);
  }
  for (size_t j = 0; j < draft.fees_collected.size(); ++j) {
    if (draft.fees_collected[j]) add("fee" + std::to_string(j), "1");
  }
  return out;
}

}  // namespace motcua::web::pages
