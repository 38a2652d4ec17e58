// motcua serve --data DIR --listen HOST:PORT: the HTTP server over the store of DIR. Stops gracefully on
// SIGTERM or SIGINT.
#include <spdlog/spdlog.h>

#include <ostream>

#include "cli/command.h"
#include "cli/data_dir.h"
#include "web/health_api.h"
#include "web/procedure_api.h"
#include "web/procedure_snapshot.h"
#include "web/router.h"
#include "web/server.h"

namespace motcua::cli {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string database;
  int threads = 0;
};

Status RunServe(const CommandContext& context, const ServeOptions& options) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store,
                          OpenInitializedStore(context.data_dir, options.database));
  MOTCUA_ASSIGN_OR_RETURN(std::vector<Procedure> procedures, LoadAllProcedures(*store));
  const size_t procedure_count = procedures.size();
  auto snapshot = std::make_shared<web::ProcedureSnapshotHolder>(std::move(procedures));

  web::Router router;
  web::AddHealthRoutes(router);
  web::AddProcedureRoutes(router, snapshot);

  web::HttpServerOptions server_options;
  server_options.listen = options.listen;
  server_options.threads = options.threads;
  server_options.handle_signals = true;
  web::HttpServer server(server_options, router);
  MOTCUA_RETURN_IF_ERROR(server.Start());
  spdlog::info("motcua serving {} procedure versions from {} on {} (port {})", procedure_count,
               store->backend_name(), options.listen, server.port());
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
  serve->callback(
      [&context, options] { context.action = [&context, options] { return RunServe(context, *options); }; });
}

}  // namespace motcua::cli
