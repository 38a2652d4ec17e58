// `motcua unit add|list`: the administrative units (UBND xã, tỉnh...) that own users and dossiers, in the
// store of --data DIR. `list` prints one unit per line, tab-separated, for people and scripts alike:
//   <code> TAB <parent code or -> TAB <in force from YYYY-MM-DD> TAB <until YYYY-MM-DD or -> TAB <name>
#include <memory>
#include <ostream>

#include "cli/command.h"
#include "cli/data_dir.h"

namespace motcua::cli {
namespace {

struct UnitAddOptions {
  std::string code;
  std::string name;
  std::string parent;
  std::string from;  // YYYY-MM-DD; empty = today
};

Status RunUnitAdd(const CommandContext& context, const UnitAddOptions& options) {
  Unit unit;
  unit.code = options.code;
  unit.name = options.name;
  if (!options.parent.empty()) unit.parent_code = options.parent;
  if (options.from.empty()) {
    unit.effective_from = LocalDate(Now());
  } else {
    MOTCUA_ASSIGN_OR_RETURN(unit.effective_from, ParseIsoDate(options.from));
  }
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  MOTCUA_RETURN_IF_ERROR(store->AddUnit(unit));
  *context.out << "Đã thêm đơn vị " << unit.code << " " << unit.name << " (hiệu lực từ "
               << FormatVnDate(unit.effective_from) << ")\n";
  return Status::Ok();
}

Status RunUnitList(const CommandContext& context, const std::string& parent) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  UnitFilter filter;
  if (!parent.empty()) filter.parent_code = parent;
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Unit> units, store->ListUnits(filter));
  std::ostream& out = *context.out;
  for (const Unit& unit : units) {
    out << unit.code << '\t' << unit.parent_code.value_or("-") << '\t' << FormatIsoDate(unit.effective_from)
        << '\t' << (unit.effective_to ? FormatIsoDate(*unit.effective_to) : std::string("-")) << '\t'
        << unit.name << '\n';
  }
  if (units.empty()) *context.err << "Không có đơn vị nào.\n";
  return Status::Ok();
}

}  // namespace

void RegisterUnitCommands(CLI::App& app, CommandContext& context) {
  CLI::App* family = app.add_subcommand("unit", "Đơn vị hành chính (administrative units)");
  family->require_subcommand(1);

  auto add_options = std::make_shared<UnitAddOptions>();
  CLI::App* add = family->add_subcommand("add", "Thêm một đơn vị");
  AddDataOption(*add, context);
  add->add_option("--code", add_options->code, "Mã định danh điện tử, ví dụ 000.00.20.H31")->required();
  add->add_option("--name", add_options->name, "Tên đơn vị, ví dụ \"UBND xã Đồng Tiến\"")->required();
  add->add_option("--parent", add_options->parent, "Mã đơn vị cấp trên");
  add->add_option("--from", add_options->from, "Hiệu lực từ ngày YYYY-MM-DD (mặc định hôm nay)");
  add->callback([&context, add_options] {
    context.action = [&context, add_options] { return RunUnitAdd(context, *add_options); };
  });

  auto list_parent = std::make_shared<std::string>();
  CLI::App* list = family->add_subcommand(
      "list", "Liệt kê đơn vị: mã, mã cấp trên, hiệu lực từ, hiệu lực đến, tên (phân cách bằng tab)");
  AddDataOption(*list, context);
  list->add_option("--parent", *list_parent, "Chỉ các đơn vị trực thuộc đơn vị này");
  list->callback([&context, list_parent] {
    context.action = [&context, list_parent] { return RunUnitList(context, *list_parent); };
  });
}

}  // namespace motcua::cli
