// RequestReader on plain buffers: the parse + validation step the server runs, without a socket.
#include "web/request_reader.h"

#include <gtest/gtest.h>

namespace motcua::web {
namespace {

using Event = RequestReader::Event;

struct Outcome {
  std::vector<Event> events;  // kHeaderDone / kComplete / kError, in order (kNeedMore omitted)
  std::vector<Request> requests;
  RequestError error;
  size_t left_over = 0;  // bytes never consumed
};

// Feeds `bytes` in pieces of `piece` bytes (0: all at once), like reads from a socket.
Outcome Feed(std::string_view bytes, size_t piece = 0, RequestLimits limits = {}) {
  RequestReader reader(limits);
  Outcome outcome;
  std::string buffer;
  size_t sent = 0;
  while (true) {
    size_t consumed = 0;
    const Event event = reader.Parse(buffer, &consumed);
    buffer.erase(0, consumed);
    if (event == Event::kNeedMore) {
      if (sent == bytes.size()) break;
      const size_t n = piece == 0 ? bytes.size() - sent : std::min(piece, bytes.size() - sent);
      buffer.append(bytes.substr(sent, n));
      sent += n;
      continue;
    }
    outcome.events.push_back(event);
    if (event == Event::kComplete) outcome.requests.push_back(reader.TakeRequest());
    if (event == Event::kError) {
      outcome.error = reader.error();
      break;
    }
  }
  outcome.left_over = buffer.size() + (bytes.size() - sent);
  return outcome;
}

TEST(RequestReaderTest, ParsesARequestDeliveredOneByteAtATime) {
  const std::string bytes =
      "POST /api/v1/x?q=kh%C3%A1nh+h%C3%B2a&n=2 HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\n"
      "Content-Length: 5\r\n\r\nhello";
  for (size_t piece : {size_t{0}, size_t{1}, size_t{7}}) {
    const Outcome outcome = Feed(bytes, piece);
    ASSERT_EQ(outcome.requests.size(), 1u) << piece;
    EXPECT_EQ(outcome.events, (std::vector<Event>{Event::kHeaderDone, Event::kComplete}));
    const Request& request = outcome.requests[0];
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.target, "/api/v1/x?q=kh%C3%A1nh+h%C3%B2a&n=2");
    EXPECT_EQ(request.path, "/api/v1/x");
    EXPECT_EQ(request.QueryParam("q"), "khánh hòa");
    EXPECT_EQ(request.QueryParam("n"), "2");
    EXPECT_EQ(request.headers.Get("content-type"), "text/plain");
    EXPECT_EQ(request.body, "hello");
    EXPECT_EQ(request.version, 11);
  }
}

TEST(RequestReaderTest, ParsesPipelinedRequests) {
  const Outcome outcome = Feed(
      "GET /a HTTP/1.1\r\nHost: t\r\n\r\nGET /b HTTP/1.1\r\nHost: t\r\n\r\n"
      "POST /c HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
  ASSERT_EQ(outcome.requests.size(), 3u);
  EXPECT_EQ(outcome.requests[0].path, "/a");
  EXPECT_EQ(outcome.requests[1].path, "/b");
  EXPECT_EQ(outcome.requests[2].body, "abc");
  EXPECT_EQ(outcome.left_over, 0u);
}

TEST(RequestReaderTest, RejectsTransferEncodingsOtherThanChunked) {
  struct Case {
    const char* te;
    int status;
  } cases[] = {{"gzip", 400},          {"chunked, identity", 400}, {"identity", 400}, {"chunked,gzip", 400},
               {"gzip, chunked", 501}, {"deflate,chunked", 501},   {"x", 400}};
  for (const Case& c : cases) {
    const Outcome outcome = Feed(std::string("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: ") + c.te +
                                 "\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
    ASSERT_EQ(outcome.events.back(), Event::kError) << c.te;
    EXPECT_EQ(outcome.error.http_status, c.status) << c.te;
    EXPECT_TRUE(outcome.requests.empty()) << c.te;
  }
  // Case and surrounding spaces do not matter for "chunked".
  const Outcome ok =
      Feed("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding:  Chunked \r\n\r\n3\r\nabc\r\n0\r\n\r\n");
  ASSERT_EQ(ok.requests.size(), 1u);
  EXPECT_EQ(ok.requests[0].body, "abc");
}

TEST(RequestReaderTest, RejectsContentLengthWithTransferEncoding) {
  for (const char* fields : {"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n",
                             "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n",
                             "Transfer-Encoding: gzip\r\nContent-Length: 3\r\n"}) {
    const Outcome outcome = Feed(std::string("POST / HTTP/1.1\r\nHost: t\r\n") + fields + "\r\nabc");
    ASSERT_EQ(outcome.events.back(), Event::kError) << fields;
    EXPECT_EQ(outcome.error.http_status, 400) << fields;
  }
}

TEST(RequestReaderTest, DeclaredLengthOverTheLimitFailsAtTheHeader) {
  RequestLimits limits;
  limits.body_limit_bytes = 10;
  const Outcome outcome = Feed("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n", 0, limits);
  ASSERT_EQ(outcome.events, std::vector<Event>{Event::kError});
  EXPECT_EQ(outcome.error.http_status, 413);
  EXPECT_EQ(outcome.error.code, "TOO_LARGE");
  // Exactly at the limit is fine.
  const Outcome at_limit =
      Feed("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n0123456789", 0, limits);
  ASSERT_EQ(at_limit.requests.size(), 1u);
}

TEST(RequestReaderTest, ChunkedBodyOverTheLimitFails) {
  RequestLimits limits;
  limits.body_limit_bytes = 10;
  const Outcome outcome = Feed(
      "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: "
      "chunked\r\n\r\n6\r\nabcdef\r\n6\r\nghijkl\r\n0\r\n\r\n",
      3, limits);
  ASSERT_EQ(outcome.events.back(), Event::kError);
  EXPECT_EQ(outcome.error.http_status, 413);
}

TEST(RequestReaderTest, HeaderLimitCountsTheWholeHeader) {
  RequestLimits limits;
  limits.header_limit_bytes = 200;
  std::string request =
      "GET /" + std::string(150, 'a') + " HTTP/1.1\r\nHost: t\r\nX: " + std::string(100, 'b') + "\r\n\r\n";
  for (size_t piece : {size_t{0}, size_t{1}, size_t{64}}) {
    const Outcome outcome = Feed(request, piece, limits);
    ASSERT_EQ(outcome.events.back(), Event::kError) << piece;
    EXPECT_EQ(outcome.error.http_status, 431) << piece;
  }
  const Outcome small = Feed("GET / HTTP/1.1\r\nHost: t\r\n\r\n", 0, limits);
  EXPECT_EQ(small.requests.size(), 1u);
}

TEST(RequestReaderTest, MalformedInputIs400) {
  for (const char* bytes :
       {"GET\r\n\r\n", "GET / HTTP/1.1\r\nHost t\r\n\r\n", "GET / HTTP/1.1\nHost: t\n\n",
        "GET / XTTP/1.1\r\nHost: t\r\n\r\n", "GET /%zz HTTP/1.1\r\nHost: t\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        // Smuggling shapes: space before the colon, a folded line, a leading space,
        // a signed length.
        "GET / HTTP/1.1\r\nHost : t\r\n\r\n", "GET / HTTP/1.1\r\nHost: t\r\nX-A: a\r\n b\r\n\r\n",
        "GET / HTTP/1.1\r\n Host: t\r\n\r\n", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: +3\r\n\r\nabc",
        "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n"}) {
    const Outcome outcome = Feed(bytes);
    ASSERT_FALSE(outcome.events.empty()) << bytes;
    EXPECT_EQ(outcome.events.back(), Event::kError) << bytes;
    EXPECT_EQ(outcome.error.http_status, 400) << bytes;
    EXPECT_EQ(outcome.error.code, "INVALID_ARGUMENT") << bytes;
  }
}

TEST(RequestReaderTest, ReportsKeepAliveAndExpect) {
  RequestReader reader(RequestLimits{});
  size_t consumed = 0;
  std::string bytes = "POST / HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
  ASSERT_EQ(reader.Parse(bytes, &consumed), Event::kHeaderDone);
  EXPECT_TRUE(reader.expects_continue());
  EXPECT_FALSE(reader.AtMessageBoundary());
  bytes.erase(0, consumed);
  bytes += "ok";
  ASSERT_EQ(reader.Parse(bytes, &consumed), Event::kComplete);
  EXPECT_TRUE(reader.keep_alive());
  EXPECT_EQ(reader.TakeRequest().body, "ok");
  EXPECT_TRUE(reader.AtMessageBoundary());

  std::string close = "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";
  ASSERT_EQ(reader.Parse(close, &consumed), Event::kComplete);
  EXPECT_FALSE(reader.keep_alive());
}

}  // namespace
}  // namespace motcua::web
