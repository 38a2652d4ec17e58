#include "catalog/catalog_format.h"

#include <ostream>

#include "base/vn_format.h"
#include "catalog/procedure_json.h"

namespace motcua {
namespace {

const char* YesNoVi(bool value) { return value ? "Có" : "Không"; }

const char* LevelVi(const std::string& level) { return level == "tinh" ? "Cấp tỉnh" : "Cấp xã"; }

}  // namespace

std::string DescribeCaseVi(const ProcedureCase& c) {
  std::string out = DescribeDurationVi(c.processing_time);
  if (c.cutoff_seconds) {
    out +=
        "; nhận hồ sơ từ " + FormatClock(*c.cutoff_seconds) + " trở đi thì trả trong ngày làm việc tiếp theo";
  }
  return out;
}

void WriteProcedureList(const std::vector<const Procedure*>& procedures, std::ostream& out) {
  for (const Procedure* p : procedures) {
    out << p->code << '\t' << p->field_code << '\t' << DescribeDurationVi(p->cases.front().processing_time)
        << '\t' << p->name << '\n';
  }
}

void WriteProcedureDetail(const Catalog& catalog, const Procedure& p, std::ostream& out) {
  const Field* field = catalog.FindField(p.field_code);
  out << "Mã thủ tục: " << p.code << '\n';
  out << "Tên thủ tục: " << p.name << '\n';
  out << "Lĩnh vực: " << (field ? field->name : p.field_code) << " (" << p.field_code << ")\n";
  out << "Cấp thực hiện: " << LevelVi(p.level) << '\n';
  out << "Thời hạn giải quyết:\n";
  for (size_t i = 0; i < p.cases.size(); ++i) {
    out << "  - " << p.cases[i].name << ": " << DescribeCaseVi(p.cases[i]) << (i == 0 ? " (mặc định)" : "")
        << '\n';
  }
  out << "Phí, lệ phí:";
  if (p.fees.empty()) out << " Không";
  out << '\n';
  for (const Fee& f : p.fees) {
    out << "  - " << f.description << ": "
        << (f.amount_dong ? (*f.amount_dong == 0 ? "Miễn" : FormatVnMoney(*f.amount_dong))
                          : "Theo mức do HĐND tỉnh quy định")
        << '\n';
  }
  out << "Thành phần hồ sơ:";
  if (p.components.empty()) out << " Không quy định";
  out << '\n';
  for (const Component& c : p.components) {
    out << "  - " << c.name << " (bản chính: " << c.originals << ", bản sao: " << c.copies
        << (c.digitize_required ? "; phải số hóa" : "") << ")\n";
  }
  out << "Kết quả: " << p.result << '\n';
  out << "Dịch vụ công trực tuyến: " << OnlineLevelNameVi(p.online_level) << '\n';
  out << "Liên thông: " << YesNoVi(p.interconnected) << '\n';
  out << "Tiếp nhận không phụ thuộc địa giới hành chính: " << YesNoVi(p.receive_anywhere) << '\n';
  out << "Quy trình nội bộ" << (p.steps_default ? " (phân bổ mặc định)" : "") << ":\n";
  for (size_t i = 0; i < p.steps.size(); ++i) {
    const ProcessStep& s = p.steps[i];
    out << "  " << (i + 1) << ". " << s.name << " - " << ProcessRoleNameVi(s.role) << " - " << s.share_percent
        << "% thời gian\n";
  }
  out << "Căn cứ pháp lý: " << p.legal_basis << '\n';
  out << "Quyết định công bố: " << p.decision << '\n';
  out << "Hiệu lực: từ " << FormatVnDate(p.effective_from);
  if (p.effective_to) out << " đến hết " << FormatVnDate(*p.effective_to);
  out << '\n';
  out << "Độ tin cậy dữ liệu: "
      << (p.confidence == "confirmed" ? "đã đối chiếu" : "một phần, cần kiểm tra lại") << '\n';
  out << "Nguồn:\n";
  for (const std::string& s : p.sources) out << "  - " << s << '\n';
}

}  // namespace motcua
