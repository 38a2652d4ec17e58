// HttpServer over real sockets on 127.0.0.1 (port 0), with short deadlines so slow-client cases run fast.
#include "web/server.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "web/test_http_client.h"

namespace motcua::web {
namespace {

using namespace std::chrono_literals;
using testing::RawResponse;
using testing::TestClient;

constexpr std::string_view kGetHello = "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n";

nlohmann::json ParseJson(const std::string& body) { return nlohmann::json::parse(body); }

// The envelope's code, or "" when the body is not the error envelope.
std::string EnvelopeCode(const RawResponse& response) {
  const auto json = nlohmann::json::parse(response.body, nullptr, false);
  if (json.is_discarded() || !json.contains("error")) return "";
  if (!json["error"]["message"].is_string() || json["error"]["message"].get<std::string>().empty()) return "";
  return json["error"]["code"].get<std::string>();
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.Get("/hello", [](const Request&) -> Result<Response> {
      return SerializedJsonResponse(200, R"({"hello":"world"})");
    });
    router_.Get("/echo-query", [](const Request& request) -> Result<Response> {
      nlohmann::json out = nlohmann::json::object();
      for (const auto& [key, value] : request.query) out[key] = value;
      return JsonResponse(200, out);
    });
    router_.Post("/echo", [](const Request& request) -> Result<Response> {
      return JsonResponse(200, nlohmann::json{{"body", request.body}, {"method", request.method}});
    });
    router_.Get("/slow", [this](const Request&) -> Result<Response> {
      slow_entered_ = true;
      std::this_thread::sleep_for(300ms);
      return SerializedJsonResponse(200, R"({"slow":true})");
    });
    router_.Get("/throw", [](const Request&) -> Result<Response> { throw std::runtime_error("boom"); });
    router_.Get("/fail", [](const Request&) -> Result<Response> {
      return Status::NotFound("no such thing", "Không có hồ sơ này.");
    });
    router_.Get("/whoami", [](const Request& request) -> Result<Response> {
      return JsonResponse(200,
                          nlohmann::json{{"remote", request.remote_address}, {"id", request.request_id}});
    });
    router_.Get("/headers", [](const Request&) -> Result<Response> {
      Response response = SerializedJsonResponse(200, "{}");
      response.headers.Set("Cache-Control", "no-store");
      response.headers.Set("content-length", "0");             // the server's: dropped
      response.headers.Set("Connection", "close");             // the server's: dropped
      response.headers.Set("X-Evil", "a\r\nSet-Cookie: x=1");  // CR LF: dropped
      return response;
    });
    options_.listen = "127.0.0.1:0";
    options_.threads = 2;
    options_.header_limit_bytes = 1024;
    options_.body_limit_bytes = 1024;
    options_.header_timeout = 400ms;
    options_.body_timeout = 400ms;
    options_.idle_timeout = 600ms;
    options_.write_timeout = 1s;
    options_.shutdown_grace = 3s;
    options_.access_log = false;
  }

  void TearDown() override {
    if (server_) {
      server_->Stop();
      server_->Wait();
    }
  }

  void StartServer() {
    server_ = std::make_unique<HttpServer>(options_, router_);
    ASSERT_TRUE(server_->Start().ok());
    ASSERT_NE(server_->port(), 0);
  }

  uint16_t port() const { return server_->port(); }

  // Sends `bytes` on a new connection and returns the first answer.
  std::optional<RawResponse> RoundTrip(std::string_view bytes) {
    TestClient client(port());
    EXPECT_TRUE(client.connected());
    EXPECT_TRUE(client.Send(bytes));
    return client.ReadResponse();
  }

  // Expects `bytes` to be answered with `status` and the envelope `code`, and the connection closed.
  void ExpectRejected(std::string_view bytes, int status, const std::string& code) {
    TestClient client(port());
    ASSERT_TRUE(client.Send(bytes));
    auto response = client.ReadResponse();
    ASSERT_TRUE(response.has_value()) << bytes;
    EXPECT_EQ(response->status, status) << bytes;
    EXPECT_EQ(EnvelopeCode(*response), code) << response->body;
    EXPECT_EQ(response->Header("connection"), "close");
    EXPECT_TRUE(client.WaitClosed());
  }

  Router router_;
  HttpServerOptions options_;
  std::unique_ptr<HttpServer> server_;
  std::atomic<bool> slow_entered_{false};
};

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  StartServer();
  TestClient client(port());
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(client.Send(kGetHello));
    auto response = client.ReadResponse();
    ASSERT_TRUE(response.has_value()) << i;
    EXPECT_EQ(response->status, 200);
    EXPECT_EQ(response->body, R"({"hello":"world"})");
    EXPECT_EQ(response->Header("content-type"), "application/json; charset=utf-8");
    EXPECT_EQ(response->Header("connection"), "");
    EXPECT_FALSE(response->Header("date").empty());
  }
  EXPECT_EQ(server_->open_connections(), 1u);
}

TEST_F(ServerTest, PipelinedRequestsAreAnsweredInOrder) {
  StartServer();
  TestClient client(port());
  ASSERT_TRUE(
      client.Send("GET /echo-query?n=1 HTTP/1.1\r\nHost: t\r\n\r\n"
                  "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc"
                  "GET /echo-query?n=3 HTTP/1.1\r\nHost: t\r\n\r\n"));
  auto first = client.ReadResponse();
  auto second = client.ReadResponse();
  auto third = client.ReadResponse();
  ASSERT_TRUE(first && second && third);
  EXPECT_EQ(ParseJson(first->body)["n"], "1");
  EXPECT_EQ(ParseJson(second->body)["body"], "abc");
  EXPECT_EQ(ParseJson(third->body)["n"], "3");
}

TEST_F(ServerTest, UnknownPathIs404Envelope) {
  StartServer();
  auto response = RoundTrip("GET /nope HTTP/1.1\r\nHost: t\r\n\r\n");
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 404);
  EXPECT_EQ(EnvelopeCode(*response), "NOT_FOUND");
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  StartServer();
  auto response = RoundTrip("DELETE /hello HTTP/1.1\r\nHost: t\r\n\r\n");
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 405);
  EXPECT_EQ(response->Header("allow"), "GET, HEAD");
  EXPECT_EQ(EnvelopeCode(*response), "METHOD_NOT_ALLOWED");
}

TEST_F(ServerTest, DecodesPercentEncodedVietnameseQuery) {
  StartServer();
  // "đăng ký khai sinh" with %20 and '+' as spaces; "Hà Nội" in NFC.
  auto response = RoundTrip(
      "GET /echo-query?q=%C4%91%C4%83ng%20k%C3%BD+khai+sinh&place=H%C3%A0%20N%E1%BB%99i&empty= HTTP/1.1\r\n"
      "Host: t\r\n\r\n");
  ASSERT_TRUE(response.has_value());
  ASSERT_EQ(response->status, 200);
  const auto json = ParseJson(response->body);
  EXPECT_EQ(json["q"], "đăng ký khai sinh");
  EXPECT_EQ(json["place"], "Hà Nội");
  EXPECT_EQ(json["empty"], "");
}

TEST_F(ServerTest, QueryThatIsNotUtf8Is400) {
  StartServer();
  auto response = RoundTrip("GET /echo-query?q=%FF%FE HTTP/1.1\r\nHost: t\r\n\r\n");
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 400);
  EXPECT_EQ(EnvelopeCode(*response), "INVALID_ARGUMENT");
}

TEST_F(ServerTest, HeaderOverLimitIs431) {
  StartServer();
  const std::string request =
      "GET /hello HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(2000, 'a') + "\r\n\r\n";
  ExpectRejected(request, 431, "HEADER_TOO_LARGE");
}

TEST_F(ServerTest, ManySmallHeadersOverLimitIs431) {
  StartServer();
  std::string request = "GET /hello HTTP/1.1\r\nHost: t\r\n";
  for (int i = 0; i < 100; ++i) request += "X-H" + std::to_string(i) + ": 0123456789\r\n";
  request += "\r\n";
  ExpectRejected(request, 431, "HEADER_TOO_LARGE");
}

TEST_F(ServerTest, DeclaredContentLengthOverLimitIs413BeforeTheBody) {
  StartServer();
  TestClient client(port());
  // The body is never sent: the answer must come from the header alone (a server waiting for the body would
  // instead close the connection, without an answer, at the body deadline).
  ASSERT_TRUE(client.Send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100000\r\n\r\n"));
  auto response = client.ReadResponse();
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 413);
  EXPECT_EQ(EnvelopeCode(*response), "TOO_LARGE");
  EXPECT_EQ(response->Header("connection"), "close");
  EXPECT_TRUE(client.WaitClosed());
}

TEST_F(ServerTest, ExpectContinueOverLimitIs413WithoutContinue) {
  StartServer();
  TestClient client(port());
  ASSERT_TRUE(
      client.Send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n"));
  auto response = client.ReadResponse();
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 413);
}

TEST_F(ServerTest, ExpectContinueGetsInterimAnswer) {
  StartServer();
  TestClient client(port());
  ASSERT_TRUE(
      client.Send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"));
  auto interim = client.ReadResponse();
  ASSERT_TRUE(interim.has_value());
  EXPECT_EQ(interim->status, 100);
  ASSERT_TRUE(client.Send("body"));
  auto response = client.ReadResponse();
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(ParseJson(response->body)["body"], "body");
}

TEST_F(ServerTest, ChunkedBodyIsDecoded) {
  StartServer();
  auto response = RoundTrip(
      "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n "
      "world\r\n0\r\n\r\n");
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(ParseJson(response->body)["body"], "hello world");
}

TEST_F(ServerTest, ChunkedBodyOverLimitIs413) {
  StartServer();
  std::string request = "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 6; ++i) request += "100\r\n" + std::string(256, 'x') + "\r\n";  // 1536 bytes > 1024
  request += "0\r\n\r\n";
  ExpectRejected(request, 413, "TOO_LARGE");
}

TEST_F(ServerTest, ContentLengthBodyOverLimitIs413) {
  StartServer();
  const std::string request =
      "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1025\r\n\r\n" + std::string(1025, 'x');
  ExpectRejected(request, 413, "TOO_LARGE");
}

TEST_F(ServerTest, TransferEncodingOtherThanChunkedIsRejected) {
  StartServer();
  const std::string head = "POST /echo HTTP/1.1\r\nHost: t\r\n";
  // chunked not last: the length cannot be determined (RFC 9112 6.3) -> 400.
  ExpectRejected(head + "Transfer-Encoding: gzip\r\n\r\nabc", 400, "INVALID_ARGUMENT");
  ExpectRejected(head + "Transfer-Encoding: chunked, identity\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 400,
                 "INVALID_ARGUMENT");
  ExpectRejected(head + "Transfer-Encoding: identity\r\nContent-Length: 3\r\n\r\nabc", 400,
                 "INVALID_ARGUMENT");
  // chunked last after a coding we do not implement -> 501.
  ExpectRejected(head + "Transfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 501,
                 "NOT_IMPLEMENTED");
  // Two fields, even both chunked.
  ExpectRejected(head + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400,
                 "INVALID_ARGUMENT");
  // HTTP/1.0 has no transfer codings.
  ExpectRejected("POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400,
                 "INVALID_ARGUMENT");
}

TEST_F(ServerTest, ContentLengthWithTransferEncodingIsRejected) {
  StartServer();
  const std::string head = "POST /echo HTTP/1.1\r\nHost: t\r\n";
  ExpectRejected(head + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400,
                 "INVALID_ARGUMENT");
  ExpectRejected(head + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400,
                 "INVALID_ARGUMENT");
  ExpectRejected(head + "Transfer-Encoding: gzip\r\nContent-Length: 5\r\n\r\nhello", 400, "INVALID_ARGUMENT");
}

TEST_F(ServerTest, MalformedRequestsAre400) {
  StartServer();
  ExpectRejected("GARBAGE\r\n\r\n", 400, "INVALID_ARGUMENT");
  ExpectRejected("GET /hello\r\nHost: t\r\n\r\n", 400, "INVALID_ARGUMENT");
  ExpectRejected("GET /hello HTTP/1.1 extra\r\nHost: t\r\n\r\n", 400, "INVALID_ARGUMENT");
  ExpectRejected("GET hello HTTP/1.1\r\nHost: t\r\n\r\n", 400, "INVALID_ARGUMENT");
  ExpectRejected("GET /hello HTTP/1.1\r\nHost: t\r\nBad Header: x\r\n\r\n", 400, "INVALID_ARGUMENT");
  ExpectRejected("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: abc\r\n\r\n", 400, "INVALID_ARGUMENT");
  ExpectRejected("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400,
                 "INVALID_ARGUMENT");
  ExpectRejected("GET /hello HTTP/1.1\r\n\r\n", 400, "INVALID_ARGUMENT");  // no Host
  ExpectRejected("GET /hello HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "INVALID_ARGUMENT");
  // Only HTTP/1.0 and HTTP/1.1 are spoken.
  for (const char* version : {"HTTP/2.0", "HTTP/0.9", "HTTP/1.2", "HTTP/1.10"}) {
    ExpectRejected(std::string("GET /hello ") + version + "\r\nHost: t\r\n\r\n", 400, "INVALID_ARGUMENT");
  }
}

TEST_F(ServerTest, AbsoluteFormTargetIsRouted) {
  StartServer();
  auto response = RoundTrip("GET http://example.test/hello HTTP/1.1\r\nHost: example.test\r\n\r\n");
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 200);
}

TEST_F(ServerTest, SlowlorisIsCutOffWhileOthersAreServed) {
  StartServer();
  TestClient slow(port());
  ASSERT_TRUE(slow.Send("GET /hello HTTP/1.1\r\nHo"));
  // Another client is served while the slow one is still connected and trickling bytes.
  {
    TestClient other(port());
    ASSERT_TRUE(other.Send(kGetHello));
    auto response = other.ReadResponse();
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->status, 200);
  }
  // One byte every 50 ms never completes the header: the header deadline (400 ms) closes the connection.
  bool closed = false;
  std::string received;
  for (int i = 0; i < 100 && !closed; ++i) {
    slow.Send("x");
    closed = slow.WaitClosed(50ms, &received);
  }
  EXPECT_TRUE(closed);
  EXPECT_EQ(received, "");  // cut off without an answer
}

TEST_F(ServerTest, SlowBodyIsCutOff) {
  StartServer();
  TestClient slow(port());
  ASSERT_TRUE(slow.Send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n0123456789"));
  TestClient other(port());
  ASSERT_TRUE(other.Send(kGetHello));
  ASSERT_TRUE(other.ReadResponse().has_value());
  std::string received;
  EXPECT_TRUE(slow.WaitClosed(5s, &received));
  EXPECT_EQ(received, "");
}

TEST_F(ServerTest, SilentConnectionIsClosedAtTheHeaderDeadline) {
  StartServer();
  TestClient silent(port());
  EXPECT_TRUE(silent.WaitClosed(5s));
}

TEST_F(ServerTest, IdleKeepAliveConnectionIsClosed) {
  StartServer();
  TestClient client(port());
  ASSERT_TRUE(client.Send(kGetHello));
  ASSERT_TRUE(client.ReadResponse().has_value());
  EXPECT_TRUE(client.WaitClosed(5s));
}

TEST_F(ServerTest, HandlerExceptionIs500AndTheConnectionSurvives) {
  StartServer();
  TestClient client(port());
  ASSERT_TRUE(client.Send("GET /throw HTTP/1.1\r\nHost: t\r\n\r\n"));
  auto response = client.ReadResponse();
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 500);
  EXPECT_EQ(EnvelopeCode(*response), "INTERNAL");
  EXPECT_EQ(response->body.find("boom"), std::string::npos);  // internals stay in the log
  ASSERT_TRUE(client.Send(kGetHello));
  auto next = client.ReadResponse();
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->status, 200);
}

TEST_F(ServerTest, HandlerStatusIsMappedToTheEnvelope) {
  StartServer();
  auto response = RoundTrip("GET /fail HTTP/1.1\r\nHost: t\r\n\r\n");
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 404);
  const auto json = ParseJson(response->body);
  EXPECT_EQ(json["error"]["code"], "NOT_FOUND");
  EXPECT_EQ(json["error"]["message"], "Không có hồ sơ này.");
}

TEST_F(ServerTest, HeadHasLengthButNoBody) {
  StartServer();
  TestClient client(port());
  ASSERT_TRUE(client.Send("HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n"));
  auto response = client.ReadResponse(5s, /*head=*/true);
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->Header("content-length"), "17");
  ASSERT_TRUE(client.Send(kGetHello));  // no stray body bytes before the next answer
  auto next = client.ReadResponse();
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->body, R"({"hello":"world"})");
}

TEST_F(ServerTest, HandlersCannotSetFramingHeaders) {
  StartServer();
  TestClient client(port());
  ASSERT_TRUE(client.Send("GET /headers HTTP/1.1\r\nHost: t\r\n\r\n"));
  auto response = client.ReadResponse();
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->Header("cache-control"), "no-store");
  EXPECT_EQ(response->Header("content-length"), "2");
  EXPECT_EQ(response->Header("connection"), "");
  EXPECT_EQ(response->Header("x-evil"), "");
  EXPECT_EQ(response->Header("set-cookie"), "");
  EXPECT_EQ(response->body, "{}");
  ASSERT_TRUE(client.Send(kGetHello));  // still in sync
  EXPECT_TRUE(client.ReadResponse().has_value());
}

TEST_F(ServerTest, MaxKeepAliveRequestsClosesTheConnection) {
  options_.max_keepalive_requests = 3;
  StartServer();
  TestClient client(port());
  for (int i = 1; i <= 3; ++i) {
    ASSERT_TRUE(client.Send(kGetHello));
    auto response = client.ReadResponse();
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->Header("connection"), i == 3 ? "close" : "");
  }
  EXPECT_TRUE(client.WaitClosed());
}

TEST_F(ServerTest, Http10ClosesUnlessKeepAliveAsked) {
  StartServer();
  {
    TestClient client(port());
    ASSERT_TRUE(client.Send("GET /hello HTTP/1.0\r\n\r\n"));
    auto response = client.ReadResponse();
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->Header("connection"), "close");
    EXPECT_TRUE(client.WaitClosed());
  }
  TestClient client(port());
  ASSERT_TRUE(client.Send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
  auto response = client.ReadResponse();
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->Header("connection"), "keep-alive");
  ASSERT_TRUE(client.Send("GET /hello HTTP/1.0\r\n\r\n"));
  EXPECT_TRUE(client.ReadResponse().has_value());
}

TEST_F(ServerTest, RequestIdsAreGeneratedOrKept) {
  StartServer();
  auto generated = RoundTrip("GET /whoami HTTP/1.1\r\nHost: t\r\n\r\n");
  ASSERT_TRUE(generated.has_value());
  EXPECT_FALSE(generated->Header("x-request-id").empty());
  EXPECT_EQ(ParseJson(generated->body)["id"], generated->Header("x-request-id"));
  EXPECT_EQ(ParseJson(generated->body)["remote"].get<std::string>().rfind("127.0.0.1:", 0), 0u);
  auto kept = RoundTrip("GET /whoami HTTP/1.1\r\nHost: t\r\nX-Request-Id: abc-123\r\n\r\n");
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(kept->Header("x-request-id"), "abc-123");
  auto replaced = RoundTrip("GET /whoami HTTP/1.1\r\nHost: t\r\nX-Request-Id: bad id<>\r\n\r\n");
  ASSERT_TRUE(replaced.has_value());
  EXPECT_NE(replaced->Header("x-request-id"), "bad id<>");
}

TEST_F(ServerTest, AccessLogHasOneLinePerRequest) {
  options_.access_log = true;
  std::ostringstream log;
  auto logger =
      std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(logger);
  StartServer();
  {
    TestClient client(port());
    ASSERT_TRUE(client.Send(kGetHello));
    ASSERT_TRUE(client.ReadResponse().has_value());
    ASSERT_TRUE(client.Send("GET /nope?secret=1 HTTP/1.1\r\nHost: t\r\n\r\n"));
    ASSERT_TRUE(client.ReadResponse().has_value());
  }
  server_->Stop();
  server_->Wait();
  server_.reset();
  spdlog::set_default_logger(previous);
  const std::string text = log.str();
  EXPECT_NE(text.find("GET /hello 200 17B "), std::string::npos) << text;
  EXPECT_NE(text.find("GET /nope 404 "), std::string::npos) << text;
  EXPECT_EQ(text.find("secret"), std::string::npos) << "the query is not logged";
  EXPECT_NE(text.find(" 127.0.0.1:"), std::string::npos) << text;
}

TEST_F(ServerTest, GracefulStopFinishesTheRequestInFlight) {
  StartServer();
  TestClient idle(port());
  ASSERT_TRUE(idle.Send(kGetHello));
  ASSERT_TRUE(idle.ReadResponse().has_value());

  TestClient busy(port());
  ASSERT_TRUE(busy.Send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n"));
  while (!slow_entered_) std::this_thread::sleep_for(1ms);
  server_->Stop();

  auto response = busy.ReadResponse();
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, R"({"slow":true})");
  EXPECT_EQ(response->Header("connection"), "close");
  EXPECT_TRUE(busy.WaitClosed());
  EXPECT_TRUE(idle.WaitClosed());  // idle keep-alive connections are closed at once
  server_->Wait();
  EXPECT_EQ(server_->open_connections(), 0u);
  TestClient late(port());
  EXPECT_FALSE(late.connected() && late.Send(kGetHello) && late.ReadResponse().has_value());
}

TEST_F(ServerTest, GraceExpiryClosesStragglers) {
  options_.shutdown_grace = 100ms;
  options_.header_timeout = 10s;  // the straggler would otherwise be cut by its own deadline
  StartServer();
  TestClient straggler(port());
  ASSERT_TRUE(straggler.Send("GET /hello HTTP/1.1\r\nHo"));
  ASSERT_TRUE(straggler.StaysOpenFor(50ms));
  server_->Stop();
  EXPECT_TRUE(straggler.WaitClosed(5s));
  server_->Wait();
}

TEST_F(ServerTest, SigtermStopsTheServer) {
  options_.handle_signals = true;
  StartServer();
  auto response = RoundTrip(kGetHello);
  ASSERT_TRUE(response.has_value());
  std::raise(SIGTERM);
  server_->Wait();  // returns: the signal started a graceful stop
  EXPECT_EQ(server_->open_connections(), 0u);
}

TEST_F(ServerTest, BadListenAddressFailsToStart) {
  options_.listen = "not an address";
  HttpServer server(options_, router_);
  EXPECT_FALSE(server.Start().ok());
  server.Wait();  // harmless
}

TEST_F(ServerTest, PortInUseFailsToStart) {
  StartServer();
  options_.listen = "127.0.0.1:" + std::to_string(port());
  HttpServer second(options_, router_);
  const Status status = second.Start();
  EXPECT_EQ(status.code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace motcua::web
