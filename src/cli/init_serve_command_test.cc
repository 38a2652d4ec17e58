// End-to-end tests of `motcua init` and `motcua serve`: the real binary (MOTCUA_BINARY, set by CMake) on a
// temporary data directory, HTTP over loopback, a graceful stop by SIGTERM.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/command.h"
#include "store/store.h"

namespace motcua::cli {
namespace {

namespace fs = std::filesystem;

int RunCli(std::vector<std::string> args, std::string* out, std::string* err) {
  std::vector<char*> argv;
  args.insert(args.begin(), "motcua");
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream o, e;
  const int code = RunMotcua(static_cast<int>(argv.size()), argv.data(), o, e);
  *out = o.str();
  *err = e.str();
  return code;
}

class InitServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/motcua-cli-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    data_ = dir_ + "/data";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string dir_;
  std::string data_;
};

TEST_F(InitServeTest, InitCreatesTheStoreWithTheCatalogueAndDemoUnits) {
  std::string out, err;
  ASSERT_EQ(RunCli({"init", "--data", data_, "--demo"}, &out, &err), 0) << err;
  EXPECT_NE(out.find("Danh mục:"), std::string::npos) << out;
  auto store = OpenStore("sqlite:" + data_ + "/motcua.db");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto count = (*store)->CountProcedures(ProcedureFilter{});
  ASSERT_TRUE(count.ok());
  EXPECT_GE(*count, 60);
  auto birth = (*store)->GetProcedure("1.001193", CivilDate{2026, 1, 5});
  ASSERT_TRUE(birth.ok()) << birth.status().ToString();
  EXPECT_EQ(birth->field_code, "HT");
  auto commune = (*store)->GetUnit("000.00.20.H31");
  ASSERT_TRUE(commune.ok());
  EXPECT_EQ(commune->name, "UBND xã Đồng Tiến");
  // Running it again is harmless.
  ASSERT_EQ(RunCli({"init", "--data", data_, "--demo"}, &out, &err), 0) << err;
  EXPECT_EQ(*(*store)->CountProcedures(ProcedureFilter{}), *count);
}

TEST_F(InitServeTest, CatalogCommandsReadTheStoreOnceInitialised) {
  std::string out, err;
  ASSERT_EQ(RunCli({"init", "--data", data_}, &out, &err), 0) << err;
  {
    auto store = OpenStore("sqlite:" + data_ + "/motcua.db");
    ASSERT_TRUE(store.ok());
    auto fields = (*store)->ListFields();
    auto birth = (*store)->GetProcedure("1.001193", CivilDate{2026, 1, 5});
    ASSERT_TRUE(fields.ok() && birth.ok());
    // A province that trimmed its catalogue to one procedure: list/show must follow the store.
    ASSERT_TRUE((*store)->ReplaceCatalog(*fields, {*birth}).ok());
  }
  ASSERT_EQ(RunCli({"catalog", "list", "--data", data_, "--on", "2026-01-05"}, &out, &err), 0) << err;
  EXPECT_EQ(out.rfind("1.001193\t", 0), 0u) << out;
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
  EXPECT_EQ(RunCli({"catalog", "show", "2.000908", "--data", data_}, &out, &err), 3) << out;
}

TEST_F(InitServeTest, InitRejectsADataPathThatIsAFile) {
  std::string out, err;
  const std::string file = dir_ + "/plain-file";
  std::ofstream(file) << "x";
  EXPECT_NE(RunCli({"init", "--data", file}, &out, &err), 0);
  EXPECT_NE(err.find("không phải là thư mục"), std::string::npos) << err;
}

TEST_F(InitServeTest, ServeRefusesAnUninitialisedDirectory) {
  std::string out, err;
  EXPECT_EQ(RunCli({"serve", "--data", data_, "--listen", "127.0.0.1:0"}, &out, &err), 4);
  EXPECT_NE(err.find("motcua init"), std::string::npos) << err;
}

// Sends one HTTP/1.1 request to 127.0.0.1:port and returns the whole response ("" when it cannot connect).
std::string HttpGet(int port, const std::string& path) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return "";
  }
  const std::string request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
  (void)!::write(fd, request.data(), request.size());
  std::string response;
  char buf[4096];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) response.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return response;
}

int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

TEST_F(InitServeTest, ServeAnswersTheCatalogueAndStopsOnSigterm) {
  const char* binary = std::getenv("MOTCUA_BINARY");
  ASSERT_NE(binary, nullptr) << "MOTCUA_BINARY is set by CMake for this test";
  std::string out, err;
  ASSERT_EQ(RunCli({"init", "--data", data_}, &out, &err), 0) << err;
  const int port = FreePort();
  const std::string listen = "127.0.0.1:" + std::to_string(port);
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::execl(binary, binary, "serve", "--data", data_.c_str(), "--listen", listen.c_str(), "--threads", "2",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  std::string health;
  for (int i = 0; i < 100 && health.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    health = HttpGet(port, "/healthz");
  }
  EXPECT_NE(health.find("200 OK"), std::string::npos) << health;
  const std::string birth = HttpGet(port, "/api/v1/procedures/1.001193?on=2026-01-05");
  EXPECT_NE(birth.find("200 OK"), std::string::npos) << birth;
  EXPECT_NE(birth.find("\"code\":\"1.001193\""), std::string::npos) << birth;
  const std::string missing = HttpGet(port, "/api/v1/procedures/9.999999");
  EXPECT_NE(missing.find("404"), std::string::npos) << missing;
  ASSERT_EQ(::kill(pid, SIGTERM), 0);
  int wstatus = 0;
  ASSERT_EQ(::waitpid(pid, &wstatus, 0), pid);
  EXPECT_TRUE(WIFEXITED(wstatus)) << "killed by a signal instead of stopping gracefully";
  EXPECT_EQ(WEXITSTATUS(wstatus), 0);
}

}  // namespace
}  // namespace motcua::cli
