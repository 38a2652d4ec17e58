// Test support: runs a program with arguments (no shell), captures its output, and kills it after a timeout.
// A program that is not installed is an error naming the Debian package to install, so tests that need
// poppler-utils, LibreOffice or zbar-tools fail loudly instead of skipping. Thread-safe.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"

namespace motcua::render::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs argv[0] (looked up in PATH) with the rest as arguments. NotFound when the program is missing
// (`package` names what to install); Unavailable on timeout (the process group is killed).
Result<ProcessResult> RunProcess(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                                 const std::string& package);

// A fresh directory under $TMPDIR (or /tmp), removed with its contents on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

Status WriteFile(const std::filesystem::path& path, std::string_view bytes);
Result<std::string> ReadFile(const std::filesystem::path& path);

}  // namespace motcua::render::testing
