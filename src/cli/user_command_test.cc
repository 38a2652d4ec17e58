// Tests of `motcua unit|user|token` through RunMotcua on a temporary data directory (SQLite), and of the
// password prompt rules through the real binary (MOTCUA_BINARY, set by CMake) with a pipe or /dev/null as
// standard input. Hashing uses MOTCUA_TEST_FAST_ARGON2=1 so the suite stays fast.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "auth/password.h"
#include "auth/token.h"
#include "cli/command.h"
#include "cli/testing.h"
#include "store/store.h"

namespace motcua::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kPassword[] = "Đồng Tiến một cửa 2025";
constexpr char kCommune[] = "000.00.20.H31";

using testing::Motcua;
using testing::RunResult;

// Runs the real binary with `stdin_text` piped in, or /dev/null as standard input when it is null.
RunResult MotcuaBinary(const std::vector<std::string>& args, const char* stdin_text) {
  RunResult run;
  const char* binary = std::getenv("MOTCUA_BINARY");
  if (binary == nullptr) {
    ADD_FAILURE() << "MOTCUA_BINARY is set by CMake for this test (run it through ctest)";
    return run;
  }
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (::pipe(in_pipe) != 0 || ::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) {
    ADD_FAILURE() << "pipe failed";
    return run;
  }
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (stdin_text == nullptr) {
      const int null_fd = ::open("/dev/null", O_RDONLY);
      ::dup2(null_fd, STDIN_FILENO);
    } else {
      ::dup2(in_pipe[0], STDIN_FILENO);
    }
    ::dup2(out_pipe[1], STDOUT_FILENO);
    ::dup2(err_pipe[1], STDERR_FILENO);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) ::close(fd);
    std::vector<char*> argv{const_cast<char*>(binary)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(binary, argv.data());
    ::_exit(127);
  }
  ::close(in_pipe[0]);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (stdin_text != nullptr) {
    const std::string text(stdin_text);
    EXPECT_EQ(::write(in_pipe[1], text.data(), text.size()), static_cast<ssize_t>(text.size()));
  }
  ::close(in_pipe[1]);
  // Outputs are small (well under a pipe buffer), so reading one after the other cannot deadlock.
  auto drain = [](int fd) {
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<size_t>(n));
    ::close(fd);
    return text;
  };
  run.out = drain(out_pipe[0]);
  run.err = drain(err_pipe[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// Runs the real binary on a pseudo-terminal: waits for each prompt in `prompts` and answers it with the
// matching line of `answers`. Returns everything the terminal showed.
RunResult MotcuaOnTerminal(const std::vector<std::string>& args, const std::vector<std::string>& prompts,
                           const std::vector<std::string>& answers) {
  RunResult run;
  const char* binary = std::getenv("MOTCUA_BINARY");
  if (binary == nullptr) {
    ADD_FAILURE() << "MOTCUA_BINARY is set by CMake for this test (run it through ctest)";
    return run;
  }
  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) {
    ADD_FAILURE() << "forkpty failed";
    return run;
  }
  if (pid == 0) {
    std::vector<char*> argv{const_cast<char*>(binary)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(binary, argv.data());
    ::_exit(127);
  }
  // Reads what the terminal shows until `until` appears (or the child closes it); false on a 20 s timeout.
  auto read_until = [&](const std::string& until) {
    while (until.empty() || run.out.find(until) == std::string::npos) {
      pollfd p{master, POLLIN, 0};
      if (::poll(&p, 1, 20'000) <= 0) return false;
      char buffer[1024];
      const ssize_t n = ::read(master, buffer, sizeof buffer);
      if (n <= 0) return until.empty();  // EIO once the child has exited
      run.out.append(buffer, static_cast<size_t>(n));
    }
    return true;
  };
  for (size_t i = 0; i < prompts.size(); ++i) {
    if (!read_until(prompts[i])) {
      ADD_FAILURE() << "no prompt '" << prompts[i] << "' in: " << run.out;
      break;
    }
    const std::string line = answers[i] + "\n";
    EXPECT_EQ(::write(master, line.data(), line.size()), static_cast<ssize_t>(line.size()));
  }
  EXPECT_TRUE(read_until("")) << run.out;
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

class AccountCommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("MOTCUA_TEST_FAST_ARGON2", "1", 1);
    ::unsetenv("MOTCUA_DATABASE");
    char tmpl[] = "/tmp/motcua-accounts-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    data_ = dir_ + "/data";
    const RunResult init = Motcua({"init", "--data", data_});
    ASSERT_EQ(init.code, 0) << init.err;
    const RunResult unit = Motcua({"unit", "add", "--data", data_, "--code", kCommune, "--name",
                                   "UBND xã Đồng Tiến", "--from", "2019-01-01"});
    ASSERT_EQ(unit.code, 0) << unit.err;
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  Store& store() {
    if (!store_) {
      auto opened = OpenStore("sqlite:" + data_ + "/motcua.db");
      EXPECT_TRUE(opened.ok()) << opened.status().ToString();
      store_ = std::move(opened).value();
    }
    return *store_;
  }

  RunResult AddUser(const std::string& username, std::vector<std::string> extra,
                    const std::string& password = kPassword) {
    std::vector<std::string> args{"user",   "add",          "--data", data_,    "--username",      username,
                                  "--name", "Nguyễn Văn A", "--unit", kCommune, "--password-stdin"};
    args.insert(args.end(), extra.begin(), extra.end());
    return Motcua(args, password + "\n");
  }

  std::string dir_;
  std::string data_;
  std::unique_ptr<Store> store_;
};

TEST_F(AccountCommandsTest, UnitAddAndList) {
  RunResult province = Motcua({"unit", "add", "--data", data_, "--code", "000.00.00.H31", "--name",
                               "UBND tỉnh Hưng Yên", "--from", "2019-01-01"});
  ASSERT_EQ(province.code, 0) << province.err;
  EXPECT_THAT(province.out,
              HasSubstr("Đã thêm đơn vị 000.00.00.H31 UBND tỉnh Hưng Yên (hiệu lực từ 01/01/2019)"));
  RunResult child = Motcua({"unit", "add", "--data", data_, "--code", "000.00.21.H31", "--name",
                            "UBND xã Bình Minh", "--parent", "000.00.00.H31", "--from", "2025-07-01"});
  ASSERT_EQ(child.code, 0) << child.err;

  RunResult all = Motcua({"unit", "list", "--data", data_});
  ASSERT_EQ(all.code, 0) << all.err;
  EXPECT_EQ(all.out,
            "000.00.00.H31\t-\t2019-01-01\t-\tUBND tỉnh Hưng Yên\n"
            "000.00.20.H31\t-\t2019-01-01\t-\tUBND xã Đồng Tiến\n"
            "000.00.21.H31\t000.00.00.H31\t2025-07-01\t-\tUBND xã Bình Minh\n");
  RunResult children = Motcua({"unit", "list", "--data", data_, "--parent", "000.00.00.H31"});
  ASSERT_EQ(children.code, 0) << children.err;
  EXPECT_EQ(children.out, "000.00.21.H31\t000.00.00.H31\t2025-07-01\t-\tUBND xã Bình Minh\n");

  RunResult duplicate = Motcua({"unit", "add", "--data", data_, "--code", kCommune, "--name", "X"});
  EXPECT_EQ(duplicate.code, 4);
  EXPECT_THAT(duplicate.err, HasSubstr("Mã đơn vị '000.00.20.H31' đã tồn tại."));
  RunResult no_parent = Motcua({"unit", "add", "--data", data_, "--code", "000.00.22.H31", "--name", "X",
                                "--parent", "000.00.99.H31"});
  EXPECT_EQ(no_parent.code, 3);
  RunResult bad_code = Motcua({"unit", "add", "--data", data_, "--code", "xa-dong-tien", "--name", "X"});
  EXPECT_EQ(bad_code.code, 2);
  RunResult bad_date = Motcua(
      {"unit", "add", "--data", data_, "--code", "000.00.22.H31", "--name", "X", "--from", "01/07/2025"});
  EXPECT_EQ(bad_date.code, 2);
  EXPECT_THAT(bad_date.err, HasSubstr("Ngày không hợp lệ"));
  RunResult unknown_parent = Motcua({"unit", "list", "--data", data_, "--parent", "000.00.99.H31"});
  EXPECT_EQ(unknown_parent.code, 3);
}

TEST_F(AccountCommandsTest, CommandsNeedAnInitialisedDataDirectory) {
  const std::string empty = dir_ + "/empty";
  RunResult units = Motcua({"unit", "list", "--data", empty});
  EXPECT_EQ(units.code, 4);
  EXPECT_THAT(units.err, HasSubstr("motcua init --data " + empty));
  EXPECT_EQ(Motcua({"user", "list", "--data", empty}).code, 4);
  EXPECT_EQ(Motcua({"token", "list", "--data", empty, "--username", "abc"}).code, 4);
}

TEST_F(AccountCommandsTest, UserAddStoresAHashAndListNeverShowsIt) {
  RunResult added = AddUser("NguyenVanA", {"--role", "chuyen_vien", "--role", "tiep_nhan", "--field", "HT"});
  ASSERT_EQ(added.code, 0) << added.err;
  EXPECT_THAT(added.out,
              HasSubstr("Đã tạo người dùng nguyenvana (Nguyễn Văn A), đơn vị 000.00.20.H31, vai trò "
                        "tiep_nhan,chuyen_vien, lĩnh vực HT"));
  EXPECT_THAT(added.err, HasSubstr("MOTCUA_TEST_FAST_ARGON2=1 chỉ dùng khi kiểm thử"));

  Result<User> user = store().GetUser("nguyenvana");
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  EXPECT_EQ(user->roles, (std::vector<Role>{Role::kDesk, Role::kSpecialist}));
  EXPECT_EQ(user->fields, std::vector<std::string>{"HT"});
  EXPECT_THAT(user->password_hash, HasSubstr("$argon2id$"));
  Result<PasswordHasher> hasher = PasswordHasher::Create(Argon2Limits::FastForTests(), 1);
  ASSERT_TRUE(hasher.ok());
  EXPECT_TRUE(hasher->Verify(user->password_hash, kPassword).ok());
  EXPECT_FALSE(hasher->Verify(user->password_hash, "Đồng Tiến một cửa 2026").ok());

  ASSERT_EQ(AddUser("vanthu_01", {"--role", "van_thu"}).code, 0);
  RunResult list = Motcua({"user", "list", "--data", data_});
  ASSERT_EQ(list.code, 0) << list.err;
  EXPECT_EQ(list.out,
            "nguyenvana\t000.00.20.H31\ttiep_nhan,chuyen_vien\tHT\thoat_dong\tNguyễn Văn A\n"
            "vanthu_01\t000.00.20.H31\tvan_thu\t-\thoat_dong\tNguyễn Văn A\n");
  EXPECT_THAT(list.out + list.err, Not(HasSubstr("argon2")));
  RunResult by_unit = Motcua({"user", "list", "--data", data_, "--unit", "000.00.99.H31"});
  EXPECT_EQ(by_unit.code, 3);
}

TEST_F(AccountCommandsTest, UserAddRefusesBadInputAndCreatesNothing) {
  ASSERT_EQ(AddUser("nguyenvana", {"--role", "tiep_nhan"}).code, 0);
  struct Case {
    std::string username;
    std::vector<std::string> extra;
    std::string password;
    int code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"NGUYENVANA", {"--role", "lanh_dao"}, kPassword, 4, "Tên đăng nhập 'nguyenvana' đã có người dùng."},
      {"tranthib", {"--role", "chuyen_vien"}, kPassword, 2, "phải được giao ít nhất một lĩnh vực"},
      {"tranthib", {"--role", "chuyen_vien", "--field", "ZZ"}, kPassword, 3, "Không có lĩnh vực mã 'ZZ'"},
      {"tranthib", {"--role", "giam_doc"}, kPassword, 2, "Vai trò không hợp lệ: giam_doc."},
      {"tranthib", {"--role", "tiep_nhan"}, "ngắn", 2, "Mật khẩu"},
      {"tranthib", {"--role", "tiep_nhan"}, "tranthib2025!", 2, "Mật khẩu"},  // contains the username
      {"tranthib", {"--role", "tiep_nhan"}, "", 2, "Mật khẩu"},
      {"tr", {"--role", "tiep_nhan"}, kPassword, 2, "Tên đăng nhập phải dài từ 3 đến 32 ký tự."},
  };
  for (const Case& c : cases) {
    RunResult run = AddUser(c.username, c.extra, c.password);
    EXPECT_EQ(run.code, c.code) << c.username << " " << c.password << ": " << run.err;
    EXPECT_THAT(run.err, HasSubstr(c.message)) << c.username;
  }
  RunResult no_unit =
      Motcua({"user", "add", "--data", data_, "--username", "tranthib", "--name", "Trần Thị B", "--unit",
              "000.00.99.H31", "--role", "tiep_nhan", "--password-stdin"},
             std::string(kPassword) + "\n");
  EXPECT_EQ(no_unit.code, 3);
  EXPECT_THAT(no_unit.err, HasSubstr("Không tìm thấy đơn vị có mã '000.00.99.H31'"));
  RunResult no_password =
      Motcua({"user", "add", "--data", data_, "--username", "tranthib", "--name", "Trần Thị B", "--unit",
              kCommune, "--role", "tiep_nhan", "--password-stdin"},
             "");
  EXPECT_EQ(no_password.code, 2);
  EXPECT_THAT(no_password.err, HasSubstr("Không đọc được mật khẩu từ đầu vào chuẩn"));

  Result<std::vector<User>> users = store().ListUsers({});
  ASSERT_TRUE(users.ok());
  ASSERT_EQ(users->size(), 1u);
  EXPECT_EQ((*users)[0].username, "nguyenvana");
}

TEST_F(AccountCommandsTest, PasswdReplacesTheHashAndEndsSessions) {
  ASSERT_EQ(AddUser("nguyenvana", {"--role", "tiep_nhan"}).code, 0);
  Result<User> before = store().GetUser("nguyenvana");
  ASSERT_TRUE(before.ok());
  const IssuedToken session = IssueSessionToken();
  ASSERT_TRUE(store().CreateSession({session.hash, before->id, Now(), Now()}).ok());

  // \r\n line endings (a password file written on Windows) are not part of the password.
  RunResult changed =
      Motcua({"user", "passwd", "--data", data_, "--username", "NguyenVanA", "--password-stdin"},
             "Mật khẩu mới rất dài 7\r\n");
  ASSERT_EQ(changed.code, 0) << changed.err;
  EXPECT_THAT(changed.out, HasSubstr("Đã đổi mật khẩu của nguyenvana"));
  Result<User> after = store().GetUser("nguyenvana");
  ASSERT_TRUE(after.ok());
  EXPECT_NE(after->password_hash, before->password_hash);
  Result<PasswordHasher> hasher = PasswordHasher::Create(Argon2Limits::FastForTests(), 1);
  ASSERT_TRUE(hasher.ok());
  EXPECT_TRUE(hasher->Verify(after->password_hash, "Mật khẩu mới rất dài 7").ok());
  EXPECT_EQ(store().GetSession(session.hash).status().code(), StatusCode::kNotFound);

  RunResult weak = Motcua({"user", "passwd", "--data", data_, "--username", "nguyenvana", "--password-stdin"},
                          "1234567890\n");
  EXPECT_EQ(weak.code, 2);
  EXPECT_EQ(store().GetUser("nguyenvana")->password_hash, after->password_hash);
  RunResult missing =
      Motcua({"user", "passwd", "--data", data_, "--username", "khongco", "--password-stdin"}, "x\n");
  EXPECT_EQ(missing.code, 3);
  EXPECT_THAT(missing.err, HasSubstr("Không tìm thấy người dùng 'khongco'"));
}

TEST_F(AccountCommandsTest, DisableEnableAndRoles) {
  ASSERT_EQ(AddUser("nguyenvana", {"--role", "tiep_nhan"}).code, 0);
  RunResult disabled = Motcua({"user", "disable", "--data", data_, "--username", "nguyenvana"});
  ASSERT_EQ(disabled.code, 0) << disabled.err;
  EXPECT_THAT(disabled.out, HasSubstr("Đã khóa tài khoản nguyenvana"));
  EXPECT_TRUE(store().GetUser("nguyenvana")->disabled);
  EXPECT_THAT(Motcua({"user", "list", "--data", data_}).out, HasSubstr("\tda_khoa\t"));
  RunResult enabled = Motcua({"user", "enable", "--data", data_, "--username", "nguyenvana"});
  ASSERT_EQ(enabled.code, 0) << enabled.err;
  EXPECT_FALSE(store().GetUser("nguyenvana")->disabled);
  EXPECT_EQ(Motcua({"user", "disable", "--data", data_, "--username", "khongco"}).code, 3);

  RunResult roles = Motcua({"user", "roles", "--data", data_, "--username", "nguyenvana", "--role",
                            "chuyen_vien", "--role", "lanh_dao", "--field", "HT", "--field", "CT"});
  ASSERT_EQ(roles.code, 0) << roles.err;
  EXPECT_THAT(roles.out, HasSubstr("vai trò chuyen_vien,lanh_dao, lĩnh vực CT,HT"));
  Result<User> user = store().GetUser("nguyenvana");
  ASSERT_TRUE(user.ok());
  EXPECT_EQ(user->roles, (std::vector<Role>{Role::kSpecialist, Role::kLeader}));
  EXPECT_EQ(user->fields, (std::vector<std::string>{"CT", "HT"}));

  RunResult no_field =
      Motcua({"user", "roles", "--data", data_, "--username", "nguyenvana", "--role", "chuyen_vien"});
  EXPECT_EQ(no_field.code, 2);
  RunResult no_role = Motcua({"user", "roles", "--data", data_, "--username", "nguyenvana"});
  EXPECT_EQ(no_role.code, 2);  // CLI11: --role is required
  EXPECT_EQ(store().GetUser("nguyenvana")->roles, (std::vector<Role>{Role::kSpecialist, Role::kLeader}));
}

TEST_F(AccountCommandsTest, TokenCreateListRevoke) {
  ASSERT_EQ(AddUser("ketnoi.dvc", {"--role", "quan_tri"}).code, 0);
  RunResult created = Motcua({"token", "create", "--data", data_, "--username", "ketnoi.dvc", "--name",
                              "Cổng DVC tỉnh", "--expires", "2999-12-31"});
  ASSERT_EQ(created.code, 0) << created.err;
  // Standard output is the token alone, for scripts.
  ASSERT_EQ(created.out.size(), kApiTokenChars + 1) << created.out;
  const std::string token = created.out.substr(0, kApiTokenChars);
  Result<ParsedApiToken> parsed = ParseApiToken(token);
  ASSERT_TRUE(parsed.ok()) << created.out;
  EXPECT_THAT(created.err, HasSubstr("hiệu lực đến hết ngày 31/12/2999"));
  EXPECT_THAT(created.err, HasSubstr("chỉ hiển thị một lần"));

  Result<ApiTokenRow> row = store().GetApiToken(parsed->key_id);
  ASSERT_TRUE(row.ok()) << row.status().ToString();
  EXPECT_EQ(row->token_hash, parsed->hash);
  EXPECT_EQ(row->name, "Cổng DVC tỉnh");
  ASSERT_TRUE(row->expires_at.has_value());
  EXPECT_EQ(FormatIsoInstant(*row->expires_at), "3000-01-01T00:00:00+07:00");

  ASSERT_EQ(
      Motcua({"token", "create", "--data", data_, "--username", "ketnoi.dvc", "--name", "Dashboard"}).code,
      0);
  RunResult list = Motcua({"token", "list", "--data", data_, "--username", "ketnoi.dvc"});
  ASSERT_EQ(list.code, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("mc_" + parsed->key_id + "_…\t" + parsed->key_id + "\t"));
  EXPECT_THAT(list.out, HasSubstr("\t3000-01-01T00:00:00+07:00\thieu_luc\tCổng DVC tỉnh\n"));
  EXPECT_THAT(list.out, HasSubstr("\t-\thieu_luc\tDashboard\n"));
  EXPECT_THAT(list.out, Not(HasSubstr(token)));
  EXPECT_THAT(list.out, Not(HasSubstr(parsed->hash)));

  RunResult revoked = Motcua({"token", "revoke", "--data", data_, "--key-id", parsed->key_id});
  ASSERT_EQ(revoked.code, 0) << revoked.err;
  EXPECT_THAT(revoked.out, HasSubstr("Đã thu hồi mã truy cập mc_" + parsed->key_id));
  Result<ApiTokenRow> after = store().GetApiToken(parsed->key_id);
  ASSERT_TRUE(after.ok());
  ASSERT_TRUE(after->revoked_at.has_value());
  RunResult again = Motcua({"token", "revoke", "--data", data_, "--key-id", parsed->key_id});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("đã bị thu hồi từ trước"));
  EXPECT_EQ(store().GetApiToken(parsed->key_id)->revoked_at, after->revoked_at);
  EXPECT_THAT(Motcua({"token", "list", "--data", data_, "--username", "ketnoi.dvc"}).out,
              HasSubstr("\tda_thu_hoi\tCổng DVC tỉnh\n"));
}

TEST_F(AccountCommandsTest, TokenCommandsRefuseBadInput) {
  ASSERT_EQ(AddUser("ketnoi.dvc", {"--role", "quan_tri"}).code, 0);
  RunResult past = Motcua({"token", "create", "--data", data_, "--username", "ketnoi.dvc", "--name", "X",
                           "--expires", "2020-01-01"});
  EXPECT_EQ(past.code, 2);
  EXPECT_THAT(past.err, HasSubstr("Ngày hết hạn 01/01/2020 đã qua."));
  RunResult bad_date = Motcua({"token", "create", "--data", data_, "--username", "ketnoi.dvc", "--name", "X",
                               "--expires", "31/12/2030"});
  EXPECT_EQ(bad_date.code, 2);
  RunResult no_name =
      Motcua({"token", "create", "--data", data_, "--username", "ketnoi.dvc", "--name", "  "});
  EXPECT_EQ(no_name.code, 2);
  EXPECT_EQ(Motcua({"token", "create", "--data", data_, "--username", "khongco", "--name", "X"}).code, 3);
  EXPECT_EQ(Motcua({"token", "list", "--data", data_, "--username", "khongco"}).code, 3);
  EXPECT_EQ(Motcua({"token", "revoke", "--data", data_, "--key-id", "zzzzzzzzzz"}).code, 3);
  ASSERT_EQ(Motcua({"user", "disable", "--data", data_, "--username", "ketnoi.dvc"}).code, 0);
  RunResult disabled =
      Motcua({"token", "create", "--data", data_, "--username", "ketnoi.dvc", "--name", "X"});
  EXPECT_EQ(disabled.code, 4);
  EXPECT_THAT(disabled.err, HasSubstr("đang bị khóa"));
  RunResult none = Motcua({"token", "list", "--data", data_, "--username", "ketnoi.dvc"});
  EXPECT_EQ(none.code, 0);
  EXPECT_EQ(none.out, "");
}

// The real binary: with --password-stdin a piped password is used; without it, a non-terminal standard input
// is refused before anything is written.
TEST_F(AccountCommandsTest, BinaryReadsPipedPasswordAndRefusesANonTerminalPrompt) {
  RunResult piped = MotcuaBinary({"user", "add", "--data", data_, "--username", "vanthu_01", "--name",
                                  "Lê Thị C", "--unit", kCommune, "--role", "van_thu", "--password-stdin"},
                                 "Sổ công văn đến năm 2025\n");
  ASSERT_EQ(piped.code, 0) << piped.err;
  Result<User> user = store().GetUser("vanthu_01");
  ASSERT_TRUE(user.ok());
  Result<PasswordHasher> hasher = PasswordHasher::Create(Argon2Limits::FastForTests(), 1);
  ASSERT_TRUE(hasher.ok());
  EXPECT_TRUE(hasher->Verify(user->password_hash, "Sổ công văn đến năm 2025").ok());

  RunResult refused = MotcuaBinary({"user", "add", "--data", data_, "--username", "tranthib", "--name",
                                    "Trần Thị B", "--unit", kCommune, "--role", "tiep_nhan"},
                                   nullptr);
  EXPECT_EQ(refused.code, 2);
  EXPECT_THAT(refused.err, HasSubstr("--password-stdin"));
  EXPECT_EQ(store().GetUser("tranthib").status().code(), StatusCode::kNotFound);
  RunResult refused_passwd = MotcuaBinary({"user", "passwd", "--data", data_, "--username", "vanthu_01"},
                                          "Sổ công văn đến năm 2026\n");
  EXPECT_EQ(refused_passwd.code, 2);  // a pipe is not a terminal either
  EXPECT_EQ(store().GetUser("vanthu_01")->password_hash, user->password_hash);
}

// On a terminal the password is asked twice, without echo.
TEST_F(AccountCommandsTest, TerminalPromptAsksTwiceWithoutEcho) {
  const std::vector<std::string> args = {"user",   "add",      "--data", data_,    "--username", "vanthu_01",
                                         "--name", "Lê Thị C", "--unit", kCommune, "--role",     "van_thu"};
  const std::vector<std::string> prompts = {"Mật khẩu mới: ", "Nhập lại mật khẩu: "};
  RunResult mismatch =
      MotcuaOnTerminal(args, prompts, {"Sổ công văn đến năm 2025", "Sổ công văn đến năm 2026"});
  EXPECT_EQ(mismatch.code, 2) << mismatch.out;
  EXPECT_THAT(mismatch.out, HasSubstr("Hai lần nhập mật khẩu không khớp."));
  EXPECT_EQ(store().GetUser("vanthu_01").status().code(), StatusCode::kNotFound);

  RunResult ok = MotcuaOnTerminal(args, prompts, {"Sổ công văn đến năm 2025", "Sổ công văn đến năm 2025"});
  ASSERT_EQ(ok.code, 0) << ok.out;
  EXPECT_THAT(ok.out, HasSubstr("Đã tạo người dùng vanthu_01"));
  EXPECT_THAT(ok.out, Not(HasSubstr("Sổ công văn")));  // never echoed
  Result<User> user = store().GetUser("vanthu_01");
  ASSERT_TRUE(user.ok());
  Result<PasswordHasher> hasher = PasswordHasher::Create(Argon2Limits::FastForTests(), 1);
  ASSERT_TRUE(hasher.ok());
  EXPECT_TRUE(hasher->Verify(user->password_hash, "Sổ công văn đến năm 2025").ok());
}

}  // namespace
}  // namespace motcua::cli
