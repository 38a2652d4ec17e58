// web_bench_server: the procedure API and /healthz over a generated catalogue, for bench/http_bench.sh.
//   web_bench_server [--listen 127.0.0.1:0] [--threads 1] [--count 200] [--access-log]
// Prints "listening on HOST:PORT" once ready and stops on SIGTERM/SIGINT. The catalogue is synthetic but
// shaped like the real one (Vietnamese names, cases, fees, components, steps) so responses have a
// realistic size; procedure codes are 1.000001, 1.000002, ...
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "web/health_api.h"
#include "web/procedure_api.h"
#include "web/server.h"

namespace {

using motcua::Procedure;

std::vector<Procedure> GenerateCatalogue(int count) {
  static const char* kNames[] = {"Đăng ký khai sinh",
                                 "Đăng ký kết hôn",
                                 "Đăng ký khai tử",
                                 "Chứng thực bản sao từ bản chính",
                                 "Xác nhận tình trạng hôn nhân",
                                 "Đăng ký thường trú",
                                 "Cấp bản sao trích lục hộ tịch"};
  static const char* kFields[] = {"HT", "CT", "CT", "CT", "HT", "CA", "HT"};
  std::vector<Procedure> procedures;
  procedures.reserve(static_cast<size_t>(count));
  for (int i = 1; i <= count; ++i) {
    Procedure p;
    char code[16];
    std::snprintf(code, sizeof(code), "1.%06d", i);
    p.code = code;
    const size_t kind = static_cast<size_t>(i) % (sizeof(kNames) / sizeof(kNames[0]));
    p.name = std::string("Thủ tục ") + kNames[kind] + " (mẫu " + std::to_string(i) + ")";
    p.field_code = kFields[kind];
    p.cases.push_back({"Trường hợp thông thường", {3, motcua::DurationUnit::kWorkingDays}, std::nullopt});
    p.cases.push_back({"Trường hợp cần xác minh", {5, motcua::DurationUnit::kWorkingDays}, std::nullopt});
    p.fees.push_back({"Lệ phí theo quy định của Hội đồng nhân dân cấp tỉnh", std::nullopt});
    p.fees.push_back({"Miễn lệ phí đối với người thuộc gia đình có công với cách mạng", 0});
    p.components.push_back({"Tờ khai theo mẫu quy định", 1, 0, true});
    p.components.push_back(
        {"Giấy tờ tùy thân của người yêu cầu (Căn cước công dân hoặc Hộ chiếu)", 0, 1, false});
    p.components.push_back({"Giấy tờ chứng minh nơi cư trú trong trường hợp cần thiết", 0, 1, false});
    p.result = "Giấy chứng nhận / trích lục theo quy định";
    p.online_level = motcua::OnlineLevel::kPartial;
    p.steps = {{"Tiếp nhận, kiểm tra hồ sơ", motcua::ProcessRole::kDesk, 10},
               {"Thẩm định, trình ký", motcua::ProcessRole::kSpecialist, 60},
               {"Ký duyệt", motcua::ProcessRole::kLeader, 20},
               {"Vào sổ, đóng dấu, trả kết quả", motcua::ProcessRole::kClerk, 10}};
    p.legal_basis = "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP";
    p.decision = "163/QĐ-BTP";
    p.effective_from = {2020, 1, 1};
    p.sources = {"Cơ sở dữ liệu quốc gia về thủ tục hành chính (synthetic benchmark record)"};
    p.confidence = "partial";
    procedures.push_back(std::move(p));
  }
  return procedures;
}

}  // namespace

int main(int argc, char** argv) {
  motcua::web::HttpServerOptions options;
  options.listen = "127.0.0.1:0";
  options.threads = 1;
  options.access_log = false;
  options.handle_signals = true;
  int count = 200;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--listen" && has_value) {
      options.listen = argv[++i];
    } else if (arg == "--threads" && has_value) {
      options.threads = std::atoi(argv[++i]);
    } else if (arg == "--count" && has_value) {
      count = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--access-log") {
      options.access_log = true;
    } else {
      std::fprintf(stderr, "usage: %s [--listen HOST:PORT] [--threads N] [--count N] [--access-log]\n",
                   argv[0]);
      return 2;
    }
  }

  motcua::web::Router router;
  motcua::web::AddHealthRoutes(router);
  auto procedures = std::make_shared<motcua::web::ProcedureSnapshotHolder>(GenerateCatalogue(count));
  motcua::web::AddProcedureRoutes(router, procedures);

  motcua::web::HttpServer server(options, router);
  const motcua::Status started = server.Start();
  if (!started.ok()) {
    std::fprintf(stderr, "%s\n", started.ToString().c_str());
    return 1;
  }
  const std::string host = options.listen.substr(0, options.listen.rfind(':'));
  std::printf("listening on %s:%u\n", host.c_str(), static_cast<unsigned>(server.port()));
  std::fflush(stdout);
  server.Wait();
  return 0;
}
