#include "cli/data_dir.h"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/text.h"

namespace motcua::cli {
namespace fs = std::filesystem;

Status EnsureDataDir(const std::string& data_dir) {
  std::error_code ec;
  if (fs::exists(data_dir, ec) && !fs::is_directory(data_dir, ec)) {
    return Status::InvalidArgument("data path " + data_dir + " exists and is not a directory",
                                   "Đường dẫn dữ liệu '" + data_dir + "' đã có và không phải là thư mục.");
  }
  fs::create_directories(data_dir, ec);
  if (ec) {
    return Status::Internal("cannot create data directory " + data_dir + ": " + ec.message(),
                            "Không tạo được thư mục dữ liệu '" + data_dir + "'.");
  }
  return Status::Ok();
}

Result<std::string> ResolveDatabaseUrl(const std::string& data_dir, const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("MOTCUA_DATABASE"); env != nullptr && *env != '\0')
    return std::string(env);
  const fs::path remembered = fs::path(data_dir) / "database.url";
  std::error_code ec;
  if (fs::exists(remembered, ec)) {
    std::ifstream in(remembered);
    std::stringstream text;
    text << in.rdbuf();
    const std::string url(TrimAscii(text.str()));
    if (url.empty()) {
      return Status::InvalidArgument(remembered.string() + " is empty",
                                     "Tệp cấu hình cơ sở dữ liệu '" + remembered.string() + "' bị trống.");
    }
    return url;
  }
  return "sqlite:" + (fs::path(data_dir) / "motcua.db").string();
}

Status RememberDatabaseUrl(const std::string& data_dir, const std::string& url) {
  const fs::path path = fs::path(data_dir) / "database.url";
  {
    std::ofstream out(path, std::ios::trunc);
    out << url << "\n";
    if (!out) {
      return Status::Internal("cannot write " + path.string(), "Không ghi được tệp '" + path.string() + "'.");
    }
  }
  ::chmod(path.c_str(), S_IRUSR | S_IWUSR);
  return Status::Ok();
}

Result<std::unique_ptr<Store>> OpenInitializedStore(const std::string& data_dir, const std::string& flag) {
  MOTCUA_ASSIGN_OR_RETURN(std::string url, ResolveDatabaseUrl(data_dir, flag));
  if (url.rfind("sqlite:", 0) == 0 && !fs::exists(url.substr(7))) {
    return Status::FailedPrecondition(
        "no database at " + url.substr(7) + "; run motcua init --data " + data_dir,
        "Chưa có cơ sở dữ liệu trong '" + data_dir + "'. Hãy chạy: motcua init --data " + data_dir);
  }
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenStore(url));
  MOTCUA_ASSIGN_OR_RETURN(int version, store->SchemaVersion());
  if (version < store->LatestSchemaVersion()) {
    return Status::FailedPrecondition(
        "database schema is at version " + std::to_string(version) + ", binary expects " +
            std::to_string(store->LatestSchemaVersion()) + "; run motcua init --data " + data_dir,
        "Cơ sở dữ liệu chưa được khởi tạo hoặc cần nâng cấp. Hãy chạy: motcua init --data " + data_dir);
  }
  return store;
}

Result<std::vector<Procedure>> LoadAllProcedures(Store& store) {
  std::vector<Procedure> all;
  ProcedureFilter filter;
  filter.limit = kMaxProcedurePage;
  for (;;) {
    MOTCUA_ASSIGN_OR_RETURN(std::vector<Procedure> page, store.ListProcedures(filter));
    const size_t got = page.size();
    for (Procedure& p : page) all.push_back(std::move(p));
    if (got < static_cast<size_t>(filter.limit)) break;
    filter.offset += filter.limit;
  }
  return all;
}

}  // namespace motcua::cli
