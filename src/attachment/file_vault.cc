#include "attachment/file_vault.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

#include "attachment/sha256.h"

namespace motcua {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kStorageErrorVi = "Lỗi lưu trữ tệp. Vui lòng thử lại hoặc liên hệ quản trị viên.";
constexpr std::string_view kTempPrefix = "put-";
constexpr size_t kReadChunk = 64 * 1024;

// An Internal status naming the failed call, the path and errno (read before anything else can change it).
Status IoError(std::string_view what, const fs::path& path, int error) {
  std::string log(what);
  log.append(" ").append(path.string()).append(": ").append(std::generic_category().message(error));
  return Status::Internal(std::move(log), std::string(kStorageErrorVi));
}

// Owns a file descriptor.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  // Closes now and reports the error (a close failure can be a lost write on some file systems).
  int Close() {
    const int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }

 private:
  int fd_;
};

Status FsyncDirectory(const fs::path& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) return IoError("open directory", dir, errno);
  if (::fsync(fd.get()) != 0) return IoError("fsync directory", dir, errno);
  return Status::Ok();
}

// Creates `dir` (0700) unless it exists; a new directory's entry is made durable in its parent.
Status MakeDirectory(const fs::path& dir) {
  if (::mkdir(dir.c_str(), 0700) == 0) {
    // mkdir's mode is filtered by the umask; set it exactly.
    if (::chmod(dir.c_str(), 0700) != 0) return IoError("chmod", dir, errno);
    return FsyncDirectory(dir.parent_path());
  }
  const int error = errno;
  if (error != EEXIST) return IoError("mkdir", dir, error);
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) return IoError("stat", dir, errno);
  if (!S_ISDIR(st.st_mode)) return IoError("not a directory:", dir, ENOTDIR);
  return Status::Ok();
}

Status WriteAll(int fd, std::string_view bytes, const fs::path& path) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError("write", path, errno);
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

Status CheckHash(std::string_view sha256_hex) {
  if (IsSha256Hex(sha256_hex)) return Status::Ok();
  std::string log = "not a lowercase hex SHA-256 (";
  log.append(std::to_string(sha256_hex.size())).append(" characters)");
  return Status::InvalidArgument(std::move(log), "Mã tệp không hợp lệ.");
}

// Opens a stored file for reading. Never follows a symbolic link at the last component.
Result<int> OpenStored(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) {
      return Status::NotFound("no stored file " + path.filename().string(), "Không tìm thấy tệp.");
    }
    return IoError("open", path, error);
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    const int error = errno;
    ::close(fd);
    return IoError("not a regular file:", path, error == 0 ? EINVAL : error);
  }
  return fd;
}

// Calls `sink(chunk)` for each piece of the file until its end.
template <typename Sink>
Status ReadChunks(int fd, const fs::path& path, Sink sink) {
  std::string buffer(kReadChunk, '\0');
  while (true) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError("read", path, errno);
    }
    if (n == 0) return Status::Ok();
    sink(std::string_view(buffer.data(), static_cast<size_t>(n)));
  }
}

}  // namespace

Result<FileVault> FileVault::Open(fs::path root) {
  std::error_code ec;
  root = fs::absolute(root, ec);
  if (ec) return IoError("absolute path of", root, ec.value());
  if (!fs::exists(root, ec)) {
    if (!fs::create_directories(root.parent_path(), ec) && ec) {
      return IoError("create_directories", root.parent_path(), ec.value());
    }
  }
  MOTCUA_RETURN_IF_ERROR(MakeDirectory(root));
  MOTCUA_RETURN_IF_ERROR(MakeDirectory(root / "tmp"));
  return FileVault(std::move(root));
}

fs::path FileVault::PathFor(std::string_view sha256_hex) const {
  return root_ / std::string(sha256_hex.substr(0, 2)) / std::string(sha256_hex.substr(2, 2)) /
         std::string(sha256_hex);
}

Result<StoredFile> FileVault::Put(std::string_view bytes) const {
  StoredFile stored;
  stored.sha256 = Sha256Hex(bytes);
  stored.size = static_cast<int64_t>(bytes.size());
  const fs::path final_path = PathFor(stored.sha256);

  struct stat st {};
  if (::lstat(final_path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == stored.size) {
    stored.already_present = true;  // same name means same bytes; Verify() checks for corruption
    return stored;
  }

  std::string temp_path = (root_ / "tmp" / std::string(kTempPrefix)).string();
  temp_path.append("XXXXXX");
  Fd fd(::mkostemp(temp_path.data(), O_CLOEXEC));  // created 0600
  if (fd.get() < 0) return IoError("mkstemp", temp_path, errno);
  auto fail = [&](Status status) {
    ::unlink(temp_path.c_str());
    return status;
  };
  if (::fchmod(fd.get(), 0600) != 0) return fail(IoError("fchmod", temp_path, errno));
  if (Status s = WriteAll(fd.get(), bytes, temp_path); !s.ok()) return fail(s);
  if (::fsync(fd.get()) != 0) return fail(IoError("fsync", temp_path, errno));
  if (fd.Close() != 0) return fail(IoError("close", temp_path, errno));
  // The shard directories are made only now, so a failed write leaves the tree as it was.
  const fs::path dir = final_path.parent_path();
  if (Status s = MakeDirectory(dir.parent_path()); !s.ok()) return fail(s);
  if (Status s = MakeDirectory(dir); !s.ok()) return fail(s);
  if (::rename(temp_path.c_str(), final_path.c_str()) != 0) {
    return fail(IoError("rename to", final_path, errno));
  }
  MOTCUA_RETURN_IF_ERROR(FsyncDirectory(dir));
  return stored;
}

Result<std::string> FileVault::Read(std::string_view sha256_hex) const {
  MOTCUA_RETURN_IF_ERROR(CheckHash(sha256_hex));
  const fs::path path = PathFor(sha256_hex);
  MOTCUA_ASSIGN_OR_RETURN(const int raw_fd, OpenStored(path));
  Fd fd(raw_fd);
  std::string bytes;
  struct stat st {};
  if (::fstat(fd.get(), &st) == 0 && st.st_size > 0) bytes.reserve(static_cast<size_t>(st.st_size));
  MOTCUA_RETURN_IF_ERROR(ReadChunks(fd.get(), path, [&](std::string_view chunk) { bytes.append(chunk); }));
  return bytes;
}

Status FileVault::Verify(std::string_view sha256_hex) const {
  MOTCUA_RETURN_IF_ERROR(CheckHash(sha256_hex));
  const fs::path path = PathFor(sha256_hex);
  MOTCUA_ASSIGN_OR_RETURN(const int raw_fd, OpenStored(path));
  Fd fd(raw_fd);
  Sha256Hasher hasher;
  MOTCUA_RETURN_IF_ERROR(ReadChunks(fd.get(), path, [&](std::string_view chunk) { hasher.Update(chunk); }));
  const std::string actual = hasher.FinishHex();
  if (actual != sha256_hex) {
    std::string log = "stored file ";
    log.append(path.string()).append(" is corrupt: its content hashes to ").append(actual);
    return Status::Internal(
        std::move(log),
        "Tệp lưu trữ bị hỏng (nội dung không khớp mã kiểm tra). Vui lòng liên hệ quản trị viên.");
  }
  return Status::Ok();
}

Status FileVault::RemoveStaleTemporaryFiles(std::chrono::seconds min_age) const {
  const fs::path tmp = root_ / "tmp";
  std::error_code ec;
  const auto cutoff = fs::file_time_type::clock::now() - min_age;
  for (fs::directory_iterator it(tmp, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code entry_ec;
    if (!name.starts_with(kTempPrefix) || !it->is_regular_file(entry_ec)) continue;
    const auto modified = it->last_write_time(entry_ec);
    if (entry_ec || modified > cutoff) continue;
    if (::unlink(it->path().c_str()) != 0 && errno != ENOENT) return IoError("unlink", it->path(), errno);
  }
  if (ec) return IoError("list", tmp, ec.value());
  return Status::Ok();
}

}  // namespace motcua
