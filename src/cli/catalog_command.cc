// `motcua catalog list|show|validate`: browse and check the procedure catalogue. list/show read the store of
// --data DIR once `motcua init` has created it (the catalogue a running server uses), and otherwise the
// catalogue compiled into the binary; validate checks catalogue files.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

#include "catalog/catalog_format.h"
#include "catalog/catalog_loader.h"
#include "cli/command.h"
#include "cli/data_dir.h"

namespace motcua::cli {
namespace {

Result<CivilDate> DateOrToday(const std::string& text) {
  if (text.empty()) return LocalDate(Now());
  return ParseIsoDate(text);
}

Result<std::vector<CatalogFile>> ReadCatalogFiles(const std::vector<std::string>& paths,
                                                  std::vector<std::unique_ptr<std::string>>& storage) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".txt")
          found.push_back(entry.path().string());
      }
      if (ec) {
        return Status::Internal("cannot list " + path + ": " + ec.message(),
                                "Không đọc được thư mục " + path + ".");
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(path, ec)) {
      files.push_back(path);
    } else {
      return Status::NotFound("no such file or directory: " + path,
                              "Không tìm thấy tệp hoặc thư mục: " + path + ".");
    }
  }
  std::vector<CatalogFile> out;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in.good() && !in.eof()) {
      return Status::Internal("cannot read " + file, "Không đọc được tệp " + file + ".");
    }
    storage.push_back(std::make_unique<std::string>(content.str()));
    out.push_back(CatalogFile{file, *storage.back()});
  }
  return out;
}

struct CatalogListOptions {
  std::string field;
  std::string search;
  std::string on;  // YYYY-MM-DD; empty = today
};

Status RunCatalogList(const Catalog& catalog, const CatalogListOptions& options, std::ostream& out) {
  MOTCUA_ASSIGN_OR_RETURN(const CivilDate on, DateOrToday(options.on));
  if (!options.field.empty() && !catalog.FindField(options.field)) {
    return Status::NotFound("unknown field code '" + options.field + "'",
                            "Không có lĩnh vực mã '" + options.field + "'.");
  }
  WriteProcedureList(catalog.List(on, options.field, options.search), out);
  return Status::Ok();
}

Status RunCatalogShow(const Catalog& catalog, const std::string& code, const std::string& on_text,
                      std::ostream& out) {
  const std::vector<const Procedure*> versions = catalog.Versions(code);
  if (versions.empty()) {
    return Status::NotFound("no procedure with code '" + code + "'",
                            "Không tìm thấy thủ tục có mã '" + code + "' trong danh mục.");
  }
  MOTCUA_ASSIGN_OR_RETURN(const CivilDate on, DateOrToday(on_text));
  const Procedure* p = catalog.Find(code, on);
  if (!p) {
    if (!on_text.empty()) {
      return Status::NotFound("procedure " + code + " is not in force on " + on_text,
                              "Thủ tục " + code + " không có hiệu lực vào ngày " + FormatVnDate(on) + ".");
    }
    p = versions.back();
    out << "(Không có phiên bản hiệu lực hôm nay; hiển thị phiên bản mới nhất.)\n";
  }
  WriteProcedureDetail(catalog, *p, out);
  if (versions.size() > 1) {
    out << "Các phiên bản:\n";
    for (const Procedure* v : versions) {
      out << "  - " << FormatVnDate(v->effective_from) << " - "
          << (v->effective_to ? FormatVnDate(*v->effective_to) : std::string("nay")) << ": " << v->decision
          << (v == p ? " (đang hiển thị)" : "") << '\n';
    }
  }
  return Status::Ok();
}

Status RunCatalogValidate(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  std::vector<std::unique_ptr<std::string>> storage;
  Result<Catalog> catalog = Status::Internal("not loaded");
  if (paths.empty()) {
    catalog = LoadEmbeddedCatalog();
    if (!catalog.ok()) err << catalog.status().message() << '\n';
  } else {
    MOTCUA_ASSIGN_OR_RETURN(const std::vector<CatalogFile> files, ReadCatalogFiles(paths, storage));
    catalog = LoadCatalog(files);
    if (!catalog.ok()) err << catalog.status().message() << '\n';
  }
  if (!catalog.ok()) {
    return Status::InvalidArgument("catalogue is invalid",
                                   "Danh mục thủ tục không hợp lệ; xem danh sách lỗi (tệp:dòng) ở trên.");
  }
  out << "Danh mục hợp lệ: " << catalog->CodeCount() << " thủ tục (" << catalog->procedures().size()
      << " phiên bản), " << catalog->fields().size() << " lĩnh vực.\n";
  return Status::Ok();
}

// The catalogue of the store in `data_dir` when one is configured there, else the embedded one.
Result<Catalog> LoadCatalogForCli(const std::string& data_dir) {
  const bool has_store = std::filesystem::exists(std::filesystem::path(data_dir) / "motcua.db") ||
                         std::filesystem::exists(std::filesystem::path(data_dir) / "database.url") ||
                         std::getenv("MOTCUA_DATABASE") != nullptr;
  if (!has_store) return LoadEmbeddedCatalog();
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(data_dir, ""));
  MOTCUA_ASSIGN_OR_RETURN(std::vector<Field> fields, store->ListFields());
  MOTCUA_ASSIGN_OR_RETURN(std::vector<Procedure> procedures, LoadAllProcedures(*store));
  return Catalog(std::move(fields), std::move(procedures));
}

}  // namespace

void RegisterCatalogCommands(CLI::App& app, CommandContext& context) {
  CLI::App* family = app.add_subcommand("catalog", "Danh mục thủ tục hành chính (procedure catalogue)");
  family->require_subcommand(1);

  auto list_options = std::make_shared<CatalogListOptions>();
  CLI::App* list = family->add_subcommand("list", "Liệt kê thủ tục: mã, lĩnh vực, thời hạn, tên");
  AddDataOption(*list, context);
  list->add_option("--field", list_options->field, "Mã lĩnh vực (ví dụ HT)");
  list->add_option("--search", list_options->search, "Tìm theo mã hoặc tên, có dấu hoặc không dấu");
  list->add_option("--on", list_options->on, "Ngày hiệu lực YYYY-MM-DD (mặc định hôm nay)");
  list->callback([&context, list_options] {
    context.action = [&context, list_options]() -> Status {
      MOTCUA_ASSIGN_OR_RETURN(const Catalog catalog, LoadCatalogForCli(context.data_dir));
      return RunCatalogList(catalog, *list_options, *context.out);
    };
  });

  auto show_code = std::make_shared<std::string>();
  auto show_on = std::make_shared<std::string>();
  CLI::App* show = family->add_subcommand("show", "Chi tiết một thủ tục");
  AddDataOption(*show, context);
  show->add_option("code", *show_code, "Mã thủ tục, ví dụ 1.001193")->required();
  show->add_option("--on", *show_on, "Phiên bản có hiệu lực vào ngày YYYY-MM-DD (mặc định hôm nay)");
  show->callback([&context, show_code, show_on] {
    context.action = [&context, show_code, show_on]() -> Status {
      MOTCUA_ASSIGN_OR_RETURN(const Catalog catalog, LoadCatalogForCli(context.data_dir));
      return RunCatalogShow(catalog, *show_code, *show_on, *context.out);
    };
  });

  auto validate_paths = std::make_shared<std::vector<std::string>>();
  CLI::App* validate = family->add_subcommand(
      "validate", "Kiểm tra tệp danh mục (mặc định: danh mục tích hợp sẵn); lỗi dạng tệp:dòng");
  AddDataOption(*validate, context);
  validate->add_option("paths", *validate_paths, "Thư mục (mọi tệp *.txt) hoặc tệp danh mục");
  validate->callback([&context, validate_paths] {
    context.action = [&context, validate_paths]() -> Status {
      return RunCatalogValidate(*validate_paths, *context.out, *context.err);
    };
  });
}

}  // namespace motcua::cli
