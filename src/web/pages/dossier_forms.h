// Which one-stop forms of Thông tư 01/2018/TT-VPCP a dossier can print now, and the form values of each,
// mapped from the dossier, its procedure, its receiving unit and the officers' display names as
// docs/forms.md ("Mapping a Dossier to the forms") describes:
//   Mẫu 01 receipt         once received (the appointment given at receipt, before any apology)
//   Mẫu 02 supplement      a completion request before acceptance, or a supplement request (the latest)
//   Mẫu 03 refusal         refused at the desk, or refused after appraisal
//   Mẫu 04 apology         once an apology was made
//   Mẫu 05 control slip    once received (one entry per hand-over)
//   Mẫu 06 ledger row      for each dossier received in the ledger's range
// Personal data (ID number, address, phone, e-mail) is masked as on the dossier page unless the viewer may
// see it. Pure functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/procedure.h"
#include "dossier/dossier.h"
#include "forms/apology_form.h"
#include "forms/control_slip_form.h"
#include "forms/ledger_form.h"
#include "forms/receipt_form.h"
#include "forms/refusal_form.h"
#include "forms/supplement_request_form.h"
#include "store/records.h"

namespace motcua::web::pages {

enum class PrintForm { kReceipt, kSupplementRequest, kRefusal, kApology, kControlSlip };

struct PrintFormInfo {
  PrintForm form;
  std::string_view slug;    // "mau-01": the path /ho-so/{code}/mau-01.pdf
  std::string_view number;  // "Mẫu 01"
  std::string_view title;   // "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
};

// Mẫu 01 to Mẫu 05, in order.
std::span<const PrintFormInfo> AllPrintForms();
const PrintFormInfo& InfoOf(PrintForm form);

// Does `form` apply to the dossier as it is now (the table above)?
bool FormApplies(PrintForm form, const Dossier& dossier);
// The forms that apply, in order.
std::vector<PrintForm> ApplicableForms(const Dossier& dossier);

// What the mapping reads besides the dossier.
struct FormSource {
  const Dossier* dossier = nullptr;
  const Procedure* procedure = nullptr;  // the version the dossier was received under; null prints the code
  const Unit* unit = nullptr;            // the receiving unit (required)
  const Unit* parent = nullptr;          // its parent unit, if any
  std::map<std::string, std::string> names;       // username -> display name
  std::map<std::string, std::string> unit_names;  // unit code -> name (hand-overs name units by code)
  bool show_personal_data = false;                // MayViewPersonalData of the viewer
  std::string lookup_url;                         // absolute URL of /tra-cuu/{code} (Mẫu 01's QR code)
};

// The desk's heading: the unit in upper case over "BỘ PHẬN TIẾP NHẬN / VÀ TRẢ KẾT QUẢ" (BPTNTKQ), or, for a
// unit without a parent (a province), "TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG" (TTPVHCC).
forms::Issuer DeskIssuer(const Unit& unit, const Unit* parent);
// The unit itself as issuer (Mẫu 04: the unit that is late apologises): its parent over the unit.
forms::Issuer UnitIssuer(const Unit& unit, const Unit* parent);
// "Đồng Tiến" from "UBND xã Đồng Tiến" (the place on the place-and-date line).
std::string PlaceName(std::string_view unit_name);
// Vietnamese upper case of UTF-8 text ("UBND xã Đồng Tiến" -> "UBND XÃ ĐỒNG TIẾN").
std::string UpperVi(std::string_view text);

// Each returns NotFound (with a Vietnamese message naming the form) when the form does not apply.
Result<forms::ReceiptForm> ReceiptFormFor(const FormSource& source);
Result<forms::SupplementRequestForm> SupplementRequestFormFor(const FormSource& source);
Result<forms::RefusalForm> RefusalFormFor(const FormSource& source);
Result<forms::ApologyForm> ApologyFormFor(const FormSource& source);
Result<forms::ControlSlipForm> ControlSlipFormFor(const FormSource& source);
// Renders `form` as PDF bytes: NotFound when it does not apply, the form's own InvalidArgument otherwise.
Result<std::string> RenderPrintForm(PrintForm form, const FormSource& source);

// One row of Mẫu 06 for a received dossier (lookup_url is not used).
forms::LedgerRow LedgerRowFor(const FormSource& source);

}  // namespace motcua::web::pages
