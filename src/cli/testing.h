// Test support for the command-line tests: run `motcua ...` in-process through RunMotcua and capture its
// stdout, stderr and exit code; a scratch directory removed at the end of the test.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace motcua::cli::testing {

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs `motcua args...` in-process with `stdin_text` as standard input (std::cin).
inline RunResult Motcua(std::vector<std::string> args, const std::string& stdin_text = "") {
  args.insert(args.begin(), "motcua");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::istringstream in(stdin_text);
  std::streambuf* saved = std::cin.rdbuf(in.rdbuf());
  std::ostringstream out;
  std::ostringstream err;
  RunResult run;
  run.code = RunMotcua(static_cast<int>(argv.size()), argv.data(), out, err);
  std::cin.rdbuf(saved);
  std::cin.clear();
  run.out = out.str();
  run.err = err.str();
  return run;
}

class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("motcua-cli-test-" + std::to_string(reinterpret_cast<uintptr_t>(this)) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `content` to a file in the directory and returns its path.
  std::string Write(const std::string& name, const std::string& content) const {
    const std::filesystem::path file = path_ / name;
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace motcua::cli::testing
