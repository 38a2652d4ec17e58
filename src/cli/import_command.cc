// motcua import --data DIR FILE.jsonl [--dry-run]: replays a history exported from an older system (one
// journal event per line, docs/import.md) through the dossier engine's state machine and writes it in one
// transaction: all or nothing, every error naming its line. Runs with administrator rights (it is a
// command on the server, not an API call).
#include <fstream>
#include <ostream>
#include <sstream>

#include "base/text.h"
#include "cli/command.h"
#include "cli/engine.h"

namespace motcua::cli {
namespace {

struct ImportOptions {
  std::string file;
  bool dry_run = false;
  std::string database;
};

// Largest import file read into memory (a commune's year is a few MB).
constexpr std::streamoff kMaxImportBytes = 512LL * 1024 * 1024;

Result<std::string> ReadImportFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("cannot open import file " + path, "Không mở được tệp nhập liệu " + path + ".");
  }
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size > kMaxImportBytes) {
    return Status::TooLarge("import file " + path + " is over 512 MB",
                            "Tệp nhập liệu quá lớn (tối đa 512 MB); hãy chia thành nhiều tệp theo năm.");
  }
  in.seekg(0);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<std::vector<ImportLine>> ParseLines(std::string_view text) {
  std::vector<ImportLine> lines;
  int number = 0;
  for (std::string_view line : SplitString(text, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimAscii(line).empty()) continue;
    auto event = ParseEventLine(line);
    if (!event.ok()) {
      return event.status().WithContext("line " + std::to_string(number) + ": ",
                                        "Dòng " + std::to_string(number) + ": ");
    }
    lines.push_back(ImportLine{number, *std::move(event)});
  }
  if (lines.empty()) {
    return Status::InvalidArgument("import file has no events", "Tệp nhập liệu không có sự kiện nào.");
  }
  return lines;
}

Status RunImport(const CommandContext& context, const ImportOptions& options) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string text, ReadImportFile(options.file));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<ImportLine> lines, ParseLines(text));
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, OpenEngine(context.data_dir, options.database));
  MOTCUA_ASSIGN_OR_RETURN(const ImportResult result, engine->dossiers->Import(lines, options.dry_run));
  std::ostream& out = *context.out;
  out << (options.dry_run ? "Kiểm tra xong (chưa ghi gì): " : "Đã nhập: ") << result.dossiers << " hồ sơ, "
      << result.events << " sự kiện\n";
  if (!result.created_users.empty()) {
    out << "Tài khoản mới (bị khóa, chỉ để giữ người thực hiện trong lịch sử):";
    for (const std::string& user : result.created_users) out << " " << user;
    out << "\n";
  }
  return Status::Ok();
}

}  // namespace

void RegisterImportCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* command = app.add_subcommand(
      "import", "Nhập lịch sử hồ sơ từ hệ thống cũ, tệp JSONL (import dossier history; docs/import.md)");
  AddDataOption(*command, context);
  command->add_option("FILE", options->file, "Tệp JSONL, mỗi dòng một sự kiện")->required();
  command->add_flag("--dry-run", options->dry_run, "Chỉ kiểm tra, không ghi (check only)");
  command->add_option("--database", options->database, "URL cơ sở dữ liệu (mặc định: của DIR)");
  command->callback(
      [&context, options] { context.action = [&context, options] { return RunImport(context, *options); }; });
}

}  // namespace motcua::cli
