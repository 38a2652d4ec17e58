// motcua serve --data DIR --listen HOST:PORT: the HTTP server over the store of DIR (the procedure API,
// sign-in and the dossier API). Stops gracefully on SIGTERM or SIGINT.
#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>
#include <ostream>

#include "auth/clock.h"
#include "auth/csrf.h"
#include "auth/password.h"
#include "cli/command.h"
#include "cli/data_dir.h"
#include "cli/engine.h"
#include "report/decision766.h"
#include "report/indicator_service.h"
#include "service/feedback_service.h"
#include "service/file_service.h"
#include "web/auth_context.h"
#include "web/dossier_api.h"
#include "web/feedback_api.h"
#include "web/file_api.h"
#include "web/health_api.h"
#include "web/pages/pages.h"
#include "web/procedure_api.h"
#include "web/procedure_snapshot.h"
#include "web/report_api.h"
#include "web/router.h"
#include "web/server.h"
#include "web/session_api.h"

namespace motcua::cli {
namespace {

// The server's CSRF key lives in the store's settings, so every process of one deployment shares it and a
// restart does not invalidate open forms.
constexpr char kCsrfKeySetting[] = "auth.csrf_key";

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string database;
  int threads = 0;
  bool secure_cookie = false;
  std::vector<std::string> trusted_proxies;
};

// The stored CSRF key, created on first use.
Result<CsrfKey> LoadCsrfKey(Store& store) {
  auto stored = store.GetSetting(kCsrfKeySetting);
  if (stored.ok()) {
    auto key = CsrfKey::FromBase64(*stored);
    if (!key.ok()) {
      return key.status().WithContext("setting auth.csrf_key: ",
                                      "Khóa CSRF lưu trong cơ sở dữ liệu bị hỏng: ");
    }
    return key;
  }
  if (stored.status().code() != StatusCode::kNotFound) return stored.status();
  CsrfKey key = CsrfKey::Generate();
  MOTCUA_RETURN_IF_ERROR(store.SetSetting(kCsrfKeySetting, key.ToBase64()));
  spdlog::info("created the CSRF key (setting {})", kCsrfKeySetting);
  return key;
}

Status RunServe(const CommandContext& context, const ServeOptions& options) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Engine> opened, OpenEngine(context.data_dir, options.database));
  std::shared_ptr<Engine> engine = std::move(opened);
  const size_t procedure_count = engine->catalog->procedures().size();
  auto snapshot = std::make_shared<web::ProcedureSnapshotHolder>(engine->catalog->procedures());
  MOTCUA_ASSIGN_OR_RETURN(CsrfKey csrf_key, LoadCsrfKey(*engine->store));
  MOTCUA_ASSIGN_OR_RETURN(PasswordHasher hasher, PasswordHasher::Create());

  web::AuthOptions auth_options;
  auth_options.secure_cookie = options.secure_cookie;
  auth_options.trusted_proxies = options.trusted_proxies;
  auto auth = std::make_shared<const web::AuthContext>(*engine->store, std::move(csrf_key),
                                                       SystemClock::Instance(), auth_options);
  // The routes share the engine's lifetime (aliasing pointer: the engine owns the service).
  std::shared_ptr<DossierService> dossiers(engine, engine->dossiers.get());

  web::Router router;
  web::AddHealthRoutes(router);
  web::AddProcedureRoutes(router, snapshot);
  web::AddSessionRoutes(router, auth, std::make_shared<const PasswordHasher>(std::move(hasher)));
  web::AddDossierRoutes(router, auth, dossiers);
  web::AddOpenApiRoute(router);
  // Uploaded files live in DIR/files, content-addressed (attachment/file_vault.h).
  MOTCUA_ASSIGN_OR_RETURN(FileVault vault,
                          FileVault::Open(std::filesystem::path(context.data_dir) / "files"));
  if (Status cleaned = vault.RemoveStaleTemporaryFiles(std::chrono::hours(1)); !cleaned.ok()) {
    spdlog::warn("could not remove stale upload files: {}", cleaned.ToString());
  }
  const FileLimits file_limits;
  auto files = std::make_shared<FileService>(*engine->store, *engine->dossiers, vault, file_limits);
  web::AddFileRoutes(router, auth, files);
  auto feedback = std::make_shared<FeedbackService>(*engine->store, *engine->calendars);
  web::AddFeedbackRoutes(router, auth, feedback);
  // The 766 points formula: DIR/decision766.json when a province gives its own, else the embedded one.
  MOTCUA_ASSIGN_OR_RETURN(
      Decision766Formula formula,
      LoadDecision766Formula((std::filesystem::path(context.data_dir) / "decision766.json").string()));
  web::AddReportRoutes(
      router, auth, std::make_shared<IndicatorService>(*engine->store, engine->catalog, *engine->calendars),
      std::make_shared<const Decision766Formula>(std::move(formula)));
  // The pages (docs/pages.md); their sign-in and PAKN forms go through the session and feedback routes above.
  MOTCUA_RETURN_IF_ERROR(web::pages::AddPageRoutes(
      router, {auth, dossiers, files, std::shared_ptr<UnitCalendars>(engine, engine->calendars.get())}));

  web::HttpServerOptions server_options;
  server_options.listen = options.listen;
  server_options.threads = options.threads;
  server_options.handle_signals = true;
  // Room for the largest upload; JSON endpoints refuse bodies over 64 KiB themselves (web/json_body.h).
  server_options.body_limit_bytes = static_cast<size_t>(file_limits.max_bytes) + 64 * 1024;
  web::HttpServer server(server_options, router);
  MOTCUA_RETURN_IF_ERROR(server.Start());
  spdlog::info("motcua serving {} procedure versions from {} on {} (port {})", procedure_count,
               engine->store->backend_name(), options.listen, server.port());
  *context.out << "MotCua đang phục vụ tại http://" << options.listen << "/ (Ctrl+C để dừng)" << std::endl;
  server.Wait();
  spdlog::info("motcua stopped");
  return Status::Ok();
}

}  // namespace

void RegisterServeCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* serve = app.add_subcommand("serve", "Chạy máy chủ HTTP (run the HTTP server)");
  AddDataOption(*serve, context);
  serve->add_option("--listen", options->listen, "Địa chỉ lắng nghe HOST:PORT")
      ->default_val("127.0.0.1:8080");
  serve->add_option("--database", options->database, "URL cơ sở dữ liệu (mặc định: như motcua init)");
  serve->add_option("--threads", options->threads, "Số luồng I/O (0 = số nhân CPU)")
      ->check(CLI::Range(0, 256));
  serve->add_flag("--secure-cookie", options->secure_cookie,
                  "Trang được phục vụ qua HTTPS: cookie phiên có Secure và tiền tố __Host-");
  serve->add_option("--trusted-proxy", options->trusted_proxies,
                    "Địa chỉ IP của reverse proxy được tin cậy tiêu đề X-Forwarded-For (có thể lặp lại)");
  serve->callback(
      [&context, options] { context.action = [&context, options] { return RunServe(context, *options); }; });
}

}  // namespace motcua::cli
