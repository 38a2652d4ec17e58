// libFuzzer target for the journal event parser (dossier/event.h) and replay (dossier/apply.h).
// Properties checked on every input: parsing never crashes; a parsed event validates, writes to one line
// and parses back equal; the JSONL parser agrees with the line parser on single lines; Apply on an empty
// dossier never crashes and, when it succeeds, replaying the same event gives the same dossier.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include "dossier/apply.h"
#include "dossier/event.h"
#include "dossier/fake_due_clock.h"

namespace {

const motcua::Procedure& FuzzProcedure() {
  static const motcua::Procedure* p = [] {
    auto* proc = new motcua::Procedure;
    proc->code = "1.001193";
    proc->name = "Đăng ký khai sinh";
    proc->cases = {
        motcua::ProcedureCase{"Đúng hạn", motcua::Duration{3, motcua::DurationUnit::kWorkingDays}, 54000}};
    proc->steps = {motcua::ProcessStep{"Tiếp nhận", motcua::ProcessRole::kDesk, 10},
                   motcua::ProcessStep{"Thẩm định", motcua::ProcessRole::kSpecialist, 90}};
    proc->effective_from = motcua::CivilDate{1900, 1, 1};
    return proc;
  }();
  return *p;
}

// Inputs starting with '#' splice the rest of the input into one of these lines at '@' (picked by the
// second byte), so the fuzzer reaches deep into the schema without having to invent the whole line.
constexpr std::string_view kTemplates[] = {
    R"({"event":"received","code":"000.00.20.H31-231002-0001","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","at":"2023-10-02T08:15:00+07:00","by":"a","applicant":{"name":"A","id_number":"@"},"components":[{"name":"x","digitized":true}]})",
    R"({"event":"received","code":"000.00.20.H31-231002-0001","unit":"000.00.20.H31","procedure":"1.001193","channel":"online","at":"@","by":"a","applicant":{"name":"A"}})",
    R"({"event":"@","code":"000.00.20.H31-231002-0001","at":"2023-10-02T09:00","by":"a","to":"b"})",
    R"({"event":"evaluated","code":"000.00.20.H31-231002-0001","at":"2023-10-05T08:40","overall":"satisfied","criteria":{@}})",
    R"({"event":"received","code":"000.00.20.H31-231002-0001","unit":"000.00.20.H31","procedure":"1.001193","channel":"postal","at":"2023-10-02T08:15","by":"a","applicant":{"name":"A"},"components":[@]})",
    R"({"event":"received",@})",
    R"({"event":"submitted","code":"@","unit":"000.00.20.H31","procedure":"1.001193","channel":"online","at":"2023-10-02T08:15","applicant":{"name":"A","kind":"organisation","id_number":"0314409058-002"}})",
};

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string spliced;
  if (size >= 2 && data[0] == '#') {
    const std::string_view tmpl = kTemplates[data[1] % std::size(kTemplates)];
    const size_t at = tmpl.find('@');
    spliced.append(tmpl.substr(0, at)).append(text.substr(2)).append(tmpl.substr(at + 1));
    text = spliced;
  }
  auto lines = motcua::ParseEventLines(text);
  auto event = motcua::ParseEventLine(text);
  if (!event.ok()) return 0;
  Check(motcua::ValidateEvent(*event).ok());
  const std::string line = motcua::EventToJsonLine(*event);
  auto again = motcua::ParseEventLine(line);
  Check(again.ok());
  Check(*again == *event);
  Check(motcua::EventToJsonLine(*again) == line);
  if (text.find('\n') == std::string_view::npos && text.find('\r') == std::string_view::npos) {
    Check(lines.ok() && lines->size() == 1 && (*lines)[0] == *event);
  }

  static const motcua::FakeDueClock clock;
  motcua::ApplyContext ctx;
  ctx.clock = &clock;
  ctx.find_procedure = [](std::string_view code, motcua::CivilDate) -> const motcua::Procedure* {
    return code == FuzzProcedure().code ? &FuzzProcedure() : nullptr;
  };
  for (auto mode : {motcua::ApplyMode::kLive, motcua::ApplyMode::kImport}) {
    ctx.mode = mode;
    auto dossier = motcua::Apply(motcua::Dossier{}, *event, ctx);
    if (!dossier.ok()) continue;
    auto replayed = motcua::Replay(std::span<const motcua::Event>(&*again, 1), ctx);
    Check(replayed.ok() && *replayed == *dossier);
  }
  return 0;
}
