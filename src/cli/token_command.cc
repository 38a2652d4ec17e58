// `motcua token create|list|revoke`: API tokens for machine clients (the DVCQG connector, a provincial
// dashboard) in the store of --data DIR; a token acts as its user (docs/security.md section 7).
//
// `create` prints the new token on standard output, alone on one line, and nothing else there, so a script
// can capture it (TOKEN=$(motcua token create ...)); the explanation goes to standard error. The token is
// shown this once: the store keeps only its hash. `--expires YYYY-MM-DD` keeps it valid through that day
// (it expires at 00:00 UTC+7 of the next day).
//
// `list` prints one token per line, tab-separated, without any secret:
//   <mc_<key id>_…> TAB <key id> TAB <created> TAB <expires or -> TAB <status> TAB <purpose>
// with instants in ISO 8601 at UTC+7 and status hieu_luc (valid), het_han (expired) or da_thu_hoi (revoked).
#include <memory>
#include <ostream>

#include "auth/token.h"
#include "cli/command.h"
#include "cli/data_dir.h"

namespace motcua::cli {
namespace {

struct TokenCreateOptions {
  std::string username;
  std::string name;
  std::string expires;  // YYYY-MM-DD; empty = never
};

Status RunTokenCreate(const CommandContext& context, const TokenCreateOptions& options) {
  const Instant now = Now();
  std::optional<Instant> expires_at;
  if (!options.expires.empty()) {
    MOTCUA_ASSIGN_OR_RETURN(const CivilDate last_day, ParseIsoDate(options.expires));
    expires_at = FromLocal(AddDays(last_day, 1), 0);
    if (*expires_at <= now) {
      return Status::InvalidArgument("--expires " + options.expires + " is in the past",
                                     "Ngày hết hạn " + FormatVnDate(last_day) + " đã qua.");
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  MOTCUA_ASSIGN_OR_RETURN(const User user, store->GetUser(options.username));
  if (user.disabled) {
    return Status::FailedPrecondition(
        "user " + user.username + " is disabled",
        "Tài khoản " + user.username + " đang bị khóa; hãy mở khóa (motcua user enable) trước khi cấp mã.");
  }
  const IssuedApiToken issued = IssueApiToken();
  ApiTokenRow row;
  row.key_id = issued.key_id;
  row.token_hash = issued.hash;
  row.user_id = user.id;
  row.name = options.name;
  row.created_at = now;
  row.expires_at = expires_at;
  MOTCUA_RETURN_IF_ERROR(store->AddApiToken(row));
  *context.out << issued.token << "\n";
  *context.err << "Đã cấp mã truy cập API " << ApiTokenDisplayName(issued.key_id) << " cho " << user.username
               << (expires_at ? ", hiệu lực đến hết ngày " + FormatVnDate(AddDays(LocalDate(*expires_at), -1))
                              : std::string(", không thời hạn"))
               << ".\nMã chỉ hiển thị một lần này: hãy lưu ngay vào nơi an toàn.\n";
  return Status::Ok();
}

std::string_view TokenStatusName(const ApiTokenRow& token, Instant now) {
  if (token.revoked_at) return "da_thu_hoi";
  if (token.expires_at && *token.expires_at <= now) return "het_han";
  return "hieu_luc";
}

Status RunTokenList(const CommandContext& context, const std::string& username) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  MOTCUA_ASSIGN_OR_RETURN(const User user, store->GetUser(username));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<ApiTokenRow> tokens, store->ListApiTokens(user.id));
  const Instant now = Now();
  std::ostream& out = *context.out;
  for (const ApiTokenRow& token : tokens) {
    out << ApiTokenDisplayName(token.key_id) << '\t' << token.key_id << '\t'
        << FormatIsoInstant(token.created_at) << '\t'
        << (token.expires_at ? FormatIsoInstant(*token.expires_at) : std::string("-")) << '\t'
        << TokenStatusName(token, now) << '\t' << token.name << '\n';
  }
  if (tokens.empty()) *context.err << "Người dùng " << user.username << " chưa có mã truy cập API nào.\n";
  return Status::Ok();
}

Status RunTokenRevoke(const CommandContext& context, const std::string& key_id) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(context.data_dir, ""));
  MOTCUA_ASSIGN_OR_RETURN(const ApiTokenRow before, store->GetApiToken(key_id));
  if (before.revoked_at) {
    *context.out << "Mã truy cập " << ApiTokenDisplayName(key_id) << " đã bị thu hồi từ trước ("
                 << FormatVnDateTime(*before.revoked_at) << ").\n";
    return Status::Ok();
  }
  MOTCUA_RETURN_IF_ERROR(store->RevokeApiToken(key_id, Now()));
  *context.out << "Đã thu hồi mã truy cập " << ApiTokenDisplayName(key_id) << ".\n";
  return Status::Ok();
}

}  // namespace

void RegisterTokenCommands(CLI::App& app, CommandContext& context) {
  CLI::App* family = app.add_subcommand("token", "Mã truy cập API cho hệ thống kết nối (API tokens)");
  family->require_subcommand(1);

  auto create_options = std::make_shared<TokenCreateOptions>();
  CLI::App* create = family->add_subcommand("create", "Cấp mã truy cập mới; mã chỉ hiển thị một lần");
  AddDataOption(*create, context);
  create->add_option("--username", create_options->username, "Người dùng mà mã truy cập đại diện")
      ->required();
  create->add_option("--name", create_options->name, "Mục đích, ví dụ \"Cổng DVC tỉnh\"")->required();
  create->add_option("--expires", create_options->expires,
                     "Hiệu lực đến hết ngày YYYY-MM-DD (mặc định: không hạn)");
  create->callback([&context, create_options] {
    context.action = [&context, create_options] { return RunTokenCreate(context, *create_options); };
  });

  auto list_username = std::make_shared<std::string>();
  CLI::App* list =
      family->add_subcommand("list", "Liệt kê mã truy cập của một người dùng (không có phần bí mật)");
  AddDataOption(*list, context);
  list->add_option("--username", *list_username, "Tên đăng nhập")->required();
  list->callback([&context, list_username] {
    context.action = [&context, list_username] { return RunTokenList(context, *list_username); };
  });

  auto revoke_key = std::make_shared<std::string>();
  CLI::App* revoke = family->add_subcommand("revoke", "Thu hồi một mã truy cập");
  AddDataOption(*revoke, context);
  revoke->add_option("--key-id", *revoke_key, "Mã nhận diện (10 ký tự, cột thứ hai của token list)")
      ->required();
  revoke->callback([&context, revoke_key] {
    context.action = [&context, revoke_key] { return RunTokenRevoke(context, *revoke_key); };
  });
}

}  // namespace motcua::cli
