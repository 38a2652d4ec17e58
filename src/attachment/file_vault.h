// FileVault: content-addressed storage of uploaded files under one root directory (DATA_DIR/files). A file
// is stored once, at root/ab/cd/<sha256> where "abcd..." is the lowercase hex SHA-256 of its bytes, so a
// name never comes from user input and the same bytes uploaded twice take the space of one.
//
// Durability: Put writes a temporary file in root/tmp, fsyncs it, renames it into place and fsyncs the
// directory, so after Put returns the file survives a crash, and a reader never sees half a file. Record a
// hash in the database only after Put has returned it; a crash between the two leaves an unreferenced file,
// which is harmless.
// Permissions: directories 0700, files 0600 (the files hold personal data).
// Thread-safety: every method may be called from several threads (and processes) at once. A FileVault holds
// no mutable state; concurrent Puts of the same bytes each write their own temporary file and the renames
// replace the file with identical bytes.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.h"
#include "base/status.h"

namespace motcua {

struct StoredFile {
  std::string sha256;  // 64 lowercase hex characters
  int64_t size = 0;
  bool already_present = false;  // true when the same bytes were stored before (nothing written)
};

class FileVault {
 public:
  // Opens (creating when missing, 0700) the vault rooted at `root` and its tmp/ directory. Internal when a
  // directory cannot be created or `root` is not a directory.
  static Result<FileVault> Open(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }

  // Stores `bytes` (any size; upload limits are the caller's, see upload.h). Idempotent: when a file with
  // the same hash and size is already present, nothing is written. Internal on an I/O error, after which no
  // partial file is left at the final path.
  Result<StoredFile> Put(std::string_view bytes) const;

  // The bytes stored under `sha256_hex`. InvalidArgument unless it is exactly 64 lowercase hex characters
  // (so "../../etc/passwd" can never become a path); NotFound when no such file is stored.
  Result<std::string> Read(std::string_view sha256_hex) const;

  // Recomputes the hash of the stored file: OK when it matches its name, Internal when the file is corrupt,
  // InvalidArgument / NotFound as for Read. Reads in chunks, not the whole file at once.
  Status Verify(std::string_view sha256_hex) const;

  // Removes temporary files in root/tmp last modified at least `min_age` ago: the leftovers of a Put
  // interrupted by a crash. Call at start-up with an age (an hour) that no running Put can reach.
  Status RemoveStaleTemporaryFiles(std::chrono::seconds min_age) const;

  // Where the file for a valid hash lives (whether or not it exists). For tests and operators' tools.
  std::filesystem::path PathFor(std::string_view sha256_hex) const;

 private:
  explicit FileVault(std::filesystem::path root) : root_(std::move(root)) {}

  std::filesystem::path root_;
};

}  // namespace motcua
