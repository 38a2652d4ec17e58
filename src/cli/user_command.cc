// `motcua user add|passwd|disable|enable|list|roles`: officer accounts in the store of --data DIR.
//
// Passwords are never taken as arguments (they would land in shell history and `ps`): with --password-stdin
// one line is read from standard input (for scripts); otherwise, on a terminal, the password is asked twice
// without echo. When standard input is not a terminal and --password-stdin is not given, the command refuses.
// The password must pass auth/password_policy.h and is stored as an Argon2id hash (auth/password.h,
// Argon2Limits::Interactive()).
//
// MOTCUA_TEST_FAST_ARGON2=1 selects Argon2Limits::FastForTests() instead, so the CLI tests do not spend half
// a second per hash. TEST-ONLY: such hashes offer no protection against offline guessing. The command
// prints a warning whenever it is in effect, and the server's rehash check replaces such hashes at the next
// login under production limits.
//
// `list` prints one user per line, tab-separated, never a password hash:
//   <username> TAB <unit> TAB <roles, comma-separated RoleName> TAB <fields or -> TAB <status> TAB <full
//   name>
// where status is hoat_dong (active), da_khoa (disabled) or chua_co_mat_khau (no password: cannot sign in).
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <ostream>
#include <set>

#include "auth/access.h"
#include "auth/password.h"
#include "auth/password_policy.h"
#include "auth/username.h"
#include "cli/command.h"
#include "cli/data_dir.h"

namespace motcua::cli {
namespace {

// ---- Passwords ----

// Reads one line from standard input; the line ending ("\n" or "\r\n") is not part of the password.
Result<std::string> ReadPasswordLine(std::istream& in) {
  std::string line;
  if (!std::getline(in, line) && line.empty()) {
    return Status::InvalidArgument("no password on standard input",
                                   "Không đọc được mật khẩu từ đầu vào chuẩn (cần một dòng).");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// The terminal settings to restore if a signal (Ctrl-C) ends the process while echo is off.
termios g_saved_terminal{};

void RestoreTerminalAndReraise(int signal_number) {
  ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_terminal);  // async-signal-safe
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

// Turns terminal echo off for its lifetime; Ctrl-C, SIGTERM or SIGHUP meanwhile restore it before the
// process ends. Used from the main thread of the CLI only.
class NoEcho {
 public:
  NoEcho() {
    if (::tcgetattr(STDIN_FILENO, &g_saved_terminal) != 0) return;
    struct sigaction restore {};
    restore.sa_handler = RestoreTerminalAndReraise;
    sigemptyset(&restore.sa_mask);
    for (size_t i = 0; i < kSignals.size(); ++i) ::sigaction(kSignals[i], &restore, &previous_[i]);
    termios quiet = g_saved_terminal;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    active_ = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
    handlers_installed_ = true;
  }
  ~NoEcho() {
    if (active_) ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_terminal);
    if (handlers_installed_) {
      for (size_t i = 0; i < kSignals.size(); ++i) ::sigaction(kSignals[i], &previous_[i], nullptr);
    }
  }
  NoEcho(const NoEcho&) = delete;
  NoEcho& operator=(const NoEcho&) = delete;

 private:
  static constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGHUP};
  std::array<struct sigaction, 3> previous_{};
  bool active_ = false;
  bool handlers_installed_ = false;
};

// Shows `prompt` and reads one line; call with echo off.
Result<std::string> PromptPassword(std::ostream& err, const char* prompt) {
  err << prompt << std::flush;
  Result<std::string> password = ReadPasswordLine(std::cin);
  err << "\n";  // the user's Enter was not echoed
  return password;
}

// The new password for `username`: from stdin or asked twice on the terminal, then checked by the policy.
Result<std::string> ReadNewPassword(const CommandContext& context, bool from_stdin,
                                    std::string_view username) {
  std::string password;
  if (from_stdin) {
    MOTCUA_ASSIGN_OR_RETURN(password, ReadPasswordLine(std::cin));
  } else {
    if (::isatty(STDIN_FILENO) == 0) {
      return Status::InvalidArgument(
          "standard input is not a terminal and --password-stdin was not given",
          "Đầu vào chuẩn không phải là terminal nên không thể hỏi mật khẩu. Hãy chạy lệnh trong terminal, "
          "hoặc thêm --password-stdin và đưa mật khẩu (một dòng) vào đầu vào chuẩn.");
    }
    // Echo goes off before the first prompt and stays off for both, so nothing typed ahead is shown.
    NoEcho no_echo;
    MOTCUA_ASSIGN_OR_RETURN(password, PromptPassword(*context.err, "Mật khẩu mới: "));
    MOTCUA_ASSIGN_OR_RETURN(const std::string again, PromptPassword(*context.err, "Nhập lại mật khẩu: "));
    if (again != password) {
      return Status::InvalidArgument("the two passwords differ", "Hai lần nhập mật khẩu không khớp.");
    }
  }
  MOTCUA_RETURN_IF_ERROR(CheckPasswordPolicy(password, username));
  return password;
}

Result<std::string> HashPassword(const CommandContext& context, std::string_view password) {
  Argon2Limits limits = Argon2Limits::Interactive();
  if (const char* fast = std::getenv("MOTCUA_TEST_FAST_ARGON2");
      fast != nullptr && std::string_view(fast) == "1") {
    limits = Argon2Limits::FastForTests();
    *context.err
        << "Cảnh báo: MOTCUA_TEST_FAST_ARGON2=1 chỉ dùng khi kiểm thử; mật khẩu được băm với tham số "
           "yếu.\n";
  }
  MOTCUA_ASSIGN_OR_RETURN(const PasswordHasher hasher, PasswordHasher::Create(limits, 1));
  return hasher.Hash(password);
}

// ---- Roles and fields ----

Result<std::vector<Role>> ParseRoles(const std::vector<std::string>& names) {
  std::vector<Role> roles;
  for (const std::string& name : names) {
    MOTCUA_ASSIGN_OR_RETURN(const Role role, ParseRole(name));
    roles.push_back(role);
  }
  if (roles.empty()) {
    return Status::InvalidArgument("no --role given", "Cần ít nhất một vai trò (--role).");
  }
  return roles;
}

// A specialist works in at least one field, and every field is in the store's catalogue.
Status CheckFields(Store& store, const std::vector<Role>& roles, const std::vector<std::string>& fields) {
  const bool specialist = std::find(roles.begin(), roles.end(), Role::kSpecialist) != roles.end();
  if (specialist && fields.empty()) {
    return Status::InvalidArgument(
        "a specialist needs at least one field",
        "Chuyên viên (chuyen_vien) phải được giao ít nhất một lĩnh vực (--field, ví dụ --field HT).");
  }
  if (fields.empty()) return Status::Ok();
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Field> known, store.ListFields());
  std::set<std::string> codes;
  for (const Field& field : known) codes.insert(field.code);
  for (const std::string& code : fields) {
    if (codes.count(code) == 0) {
      return Status::NotFound("unknown field code '" + code + "'",
                              "Không có lĩnh vực mã '" + code + "' trong danh mục.");
    }
  }
  return Status::Ok();
}

std::string JoinRoles(const std::vector<Role>& roles) {
  std::string out;
  for (Role role : roles) {
    if (!out.empty()) out += ',';
    out += RoleName(role);
  }
  return out;
}

std::string JoinFields(const std::vector<std::string>& fields) {
  if (fields.empty()) return "-";
  std::string out;
  for (const std::string& field : fields) {
    if (!out.empty()) out += ',';
    out += field;
  }
  return out;
}

std::string_view UserStatusName(const User& user) {
  if (user.disabled) return "da_khoa";
  if (user.password_hash.empty()) return "chua_co_mat_khau";
  return "hoat_dong";
}

// ---- Commands ----

struct UserOptions {
  std::string username;
  std::string name;
  std::string unit;
  std::vector<std::string> roles;
  std::vector<std::string> fields;
  bool password_stdin = false;
};

Status RunUserAdd(const CommandContext& context, const UserOptions& options) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string username, NormalizeUsername(options.username));
  MOTCUA_ASSIGN_OR_RETURN(const std::string display_name, NormalizeDisplayName(options.name));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Role> roles, ParseRoles(options.roles));
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  // Everything that can be checked is checked before the password is asked for.
  MOTCUA_RETURN_IF_ERROR(store->GetUnit(options.unit).status());
  if (store->GetUser(username).ok()) {
    return Status::AlreadyExists("username '" + username + "' is taken",
                                 "Tên đăng nhập '" + username + "' đã có người dùng.");
  }
  MOTCUA_RETURN_IF_ERROR(CheckFields(*store, roles, options.fields));
  MOTCUA_ASSIGN_OR_RETURN(const std::string password,
                          ReadNewPassword(context, options.password_stdin, username));
  User user;
  user.username = username;
  user.display_name = display_name;
  user.unit_code = options.unit;
  user.roles = roles;
  user.fields = options.fields;
  MOTCUA_ASSIGN_OR_RETURN(user.password_hash, HashPassword(context, password));
  user.created_at = Now();
  user.updated_at = user.created_at;
  MOTCUA_ASSIGN_OR_RETURN(const int64_t id, store->AddUser(user));
  MOTCUA_ASSIGN_OR_RETURN(const User stored, store->GetUserById(id));
  *context.out << "Đã tạo người dùng " << stored.username << " (" << stored.display_name << "), đơn vị "
               << stored.unit_code << ", vai trò " << JoinRoles(stored.roles) << ", lĩnh vực "
               << JoinFields(stored.fields) << "\n";
  return Status::Ok();
}

Status RunUserPasswd(const CommandContext& context, const UserOptions& options) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  MOTCUA_ASSIGN_OR_RETURN(const User user, store->GetUser(options.username));
  MOTCUA_ASSIGN_OR_RETURN(const std::string password,
                          ReadNewPassword(context, options.password_stdin, user.username));
  MOTCUA_ASSIGN_OR_RETURN(const std::string hash, HashPassword(context, password));
  MOTCUA_RETURN_IF_ERROR(store->SetUserPassword(user.username, hash, Now()));
  *context.out << "Đã đổi mật khẩu của " << user.username
               << "; các phiên đăng nhập của người dùng này đã kết thúc.\n";
  return Status::Ok();
}

Status RunUserSetDisabled(const CommandContext& context, const UserOptions& options, bool disabled) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  MOTCUA_ASSIGN_OR_RETURN(const User user, store->GetUser(options.username));
  MOTCUA_RETURN_IF_ERROR(store->SetUserDisabled(user.username, disabled, Now()));
  if (disabled) {
    *context.out << "Đã khóa tài khoản " << user.username
                 << "; các phiên đăng nhập đã kết thúc và các mã truy cập API đã bị thu hồi.\n";
  } else {
    *context.out << "Đã mở khóa tài khoản " << user.username << ".\n";
  }
  return Status::Ok();
}

Status RunUserList(const CommandContext& context, const std::string& unit) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  UserFilter filter;
  if (!unit.empty()) filter.unit_code = unit;
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<User> users, store->ListUsers(filter));
  std::ostream& out = *context.out;
  for (const User& user : users) {
    out << user.username << '\t' << user.unit_code << '\t' << JoinRoles(user.roles) << '\t'
        << JoinFields(user.fields) << '\t' << UserStatusName(user) << '\t' << user.display_name << '\n';
  }
  if (users.empty()) *context.err << "Không có người dùng nào.\n";
  return Status::Ok();
}

Status RunUserRoles(const CommandContext& context, const UserOptions& options) {
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Role> roles, ParseRoles(options.roles));
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  MOTCUA_ASSIGN_OR_RETURN(const User user, store->GetUser(options.username));
  MOTCUA_RETURN_IF_ERROR(CheckFields(*store, roles, options.fields));
  MOTCUA_RETURN_IF_ERROR(store->SetUserRoles(user.username, roles, options.fields, Now()));
  MOTCUA_ASSIGN_OR_RETURN(const User stored, store->GetUserById(user.id));
  *context.out << "Đã cập nhật " << stored.username << ": vai trò " << JoinRoles(stored.roles)
               << ", lĩnh vực " << JoinFields(stored.fields)
               << "; các phiên đăng nhập của người dùng này đã kết thúc.\n";
  return Status::Ok();
}

constexpr char kRoleHelp[] = "Vai trò (lặp lại được): tiep_nhan, chuyen_vien, lanh_dao, van_thu, quan_tri";
constexpr char kFieldHelp[] = "Mã lĩnh vực (lặp lại được), ví dụ HT; bắt buộc với chuyen_vien";
constexpr char kPasswordStdinHelp[] = "Đọc mật khẩu (một dòng) từ đầu vào chuẩn thay vì hỏi trên terminal";

void AddUsernameOption(CLI::App& command, UserOptions& options) {
  command.add_option("--username", options.username, "Tên đăng nhập")->required();
}

}  // namespace

void RegisterUserCommands(CLI::App& app, CommandContext& context) {
  CLI::App* family = app.add_subcommand("user", "Tài khoản cán bộ (user accounts)");
  family->require_subcommand(1);

  auto add_options = std::make_shared<UserOptions>();
  CLI::App* add = family->add_subcommand("add", "Tạo tài khoản");
  AddDataOption(*add, context);
  AddUsernameOption(*add, *add_options);
  add->add_option("--name", add_options->name, "Họ tên, ví dụ \"Nguyễn Văn A\"")->required();
  add->add_option("--unit", add_options->unit, "Mã đơn vị, ví dụ 000.00.20.H31")->required();
  add->add_option("--role", add_options->roles, kRoleHelp)->required();
  add->add_option("--field", add_options->fields, kFieldHelp);
  add->add_flag("--password-stdin", add_options->password_stdin, kPasswordStdinHelp);
  add->callback([&context, add_options] {
    context.action = [&context, add_options] { return RunUserAdd(context, *add_options); };
  });

  auto passwd_options = std::make_shared<UserOptions>();
  CLI::App* passwd = family->add_subcommand("passwd", "Đặt mật khẩu mới (kết thúc mọi phiên đăng nhập)");
  AddDataOption(*passwd, context);
  AddUsernameOption(*passwd, *passwd_options);
  passwd->add_flag("--password-stdin", passwd_options->password_stdin, kPasswordStdinHelp);
  passwd->callback([&context, passwd_options] {
    context.action = [&context, passwd_options] { return RunUserPasswd(context, *passwd_options); };
  });

  auto disable_options = std::make_shared<UserOptions>();
  CLI::App* disable =
      family->add_subcommand("disable", "Khóa tài khoản (kết thúc mọi phiên, thu hồi mọi mã truy cập API)");
  AddDataOption(*disable, context);
  AddUsernameOption(*disable, *disable_options);
  disable->callback([&context, disable_options] {
    context.action = [&context, disable_options] {
      return RunUserSetDisabled(context, *disable_options, true);
    };
  });

  auto enable_options = std::make_shared<UserOptions>();
  CLI::App* enable = family->add_subcommand("enable", "Mở khóa tài khoản");
  AddDataOption(*enable, context);
  AddUsernameOption(*enable, *enable_options);
  enable->callback([&context, enable_options] {
    context.action = [&context, enable_options] {
      return RunUserSetDisabled(context, *enable_options, false);
    };
  });

  auto list_unit = std::make_shared<std::string>();
  CLI::App* list = family->add_subcommand(
      "list", "Liệt kê tài khoản: tên đăng nhập, đơn vị, vai trò, lĩnh vực, trạng thái, họ tên (tab)");
  AddDataOption(*list, context);
  list->add_option("--unit", *list_unit, "Chỉ người dùng của đơn vị này");
  list->callback([&context, list_unit] {
    context.action = [&context, list_unit] { return RunUserList(context, *list_unit); };
  });

  auto roles_options = std::make_shared<UserOptions>();
  CLI::App* roles =
      family->add_subcommand("roles", "Thay vai trò và lĩnh vực (kết thúc mọi phiên đăng nhập của người đó)");
  AddDataOption(*roles, context);
  AddUsernameOption(*roles, *roles_options);
  roles->add_option("--role", roles_options->roles, kRoleHelp)->required();
  roles->add_option("--field", roles_options->fields, kFieldHelp);
  roles->callback([&context, roles_options] {
    context.action = [&context, roles_options] { return RunUserRoles(context, *roles_options); };
  });
}

}  // namespace motcua::cli
