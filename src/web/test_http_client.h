// Test-only raw HTTP/1.1 client over POSIX sockets on 127.0.0.1, so tests control every byte sent (partial
// requests, pipelining, slow clients). Reads responses with Content-Length framing. Not thread-safe; one
// client per thread. Used by the *_test.cc files of web/ only.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::web::testing {

struct RawResponse {
  int status = 0;
  std::string status_line;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;

  std::string Header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
  }
};

class TestClient {
 public:
  explicit TestClient(uint16_t port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
    if (fd_ >= 0) {
      int one = 1;
      ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    }
  }
  ~TestClient() {
    if (fd_ >= 0) ::close(fd_);
  }
  TestClient(const TestClient&) = delete;
  TestClient& operator=(const TestClient&) = delete;

  bool connected() const { return fd_ >= 0; }

  bool Send(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }

  // Reads one response. `head` is true for an answer to HEAD (no body whatever Content-Length says).
  // Interim 1xx answers are returned like any other. nullopt on timeout or when the connection ends first.
  std::optional<RawResponse> ReadResponse(std::chrono::milliseconds timeout = std::chrono::seconds(5),
                                          bool head = false) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    size_t header_end;
    while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill(deadline)) return std::nullopt;
    }
    RawResponse response;
    const std::string head_text = buffer_.substr(0, header_end);
    size_t line_end = head_text.find("\r\n");
    response.status_line = head_text.substr(0, line_end);
    if (response.status_line.size() < 12) return std::nullopt;
    response.status = std::stoi(response.status_line.substr(9, 3));
    while (line_end != std::string::npos) {
      const size_t start = line_end + 2;
      const size_t next = head_text.find("\r\n", start);
      const std::string line =
          head_text.substr(start, next == std::string::npos ? std::string::npos : next - start);
      const size_t colon = line.find(':');
      if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        size_t value_start = colon + 1;
        while (value_start < line.size() && line[value_start] == ' ') ++value_start;
        response.headers[name] = line.substr(value_start);
      }
      line_end = next;
    }
    buffer_.erase(0, header_end + 4);
    size_t length = 0;
    if (!head && response.status >= 200 && response.headers.count("content-length")) {
      length = std::stoul(response.headers["content-length"]);
    }
    while (buffer_.size() < length) {
      if (!Fill(deadline)) return std::nullopt;
    }
    response.body = buffer_.substr(0, length);
    buffer_.erase(0, length);
    return response;
  }

  // True when the server closes the connection (EOF or reset) within `timeout`; bytes read meanwhile are
  // appended to *received when given.
  bool WaitClosed(std::chrono::milliseconds timeout = std::chrono::seconds(5),
                  std::string* received = nullptr) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
      const size_t before = buffer_.size();
      const int result = FillRaw(deadline);
      if (received != nullptr) received->append(buffer_, before, std::string::npos);
      if (result == 0) return true;  // closed
      if (result < 0) return false;  // timed out
    }
  }

  // True when the connection is still open and silent for `wait` (nothing arrives, no EOF).
  bool StaysOpenFor(std::chrono::milliseconds wait) {
    pollfd pfd{fd_, POLLIN, 0};
    return ::poll(&pfd, 1, static_cast<int>(wait.count())) == 0;
  }

 private:
  // Reads once. 1: got bytes; 0: EOF or error; -1: timed out.
  int FillRaw(std::chrono::steady_clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return -1;
    pollfd pfd{fd_, POLLIN, 0};
    const int ready = ::poll(&pfd, 1, static_cast<int>(left.count()));
    if (ready == 0) return -1;
    if (ready < 0) return errno == EINTR ? FillRaw(deadline) : 0;
    char chunk[16384];
    const ssize_t n = ::recv(fd_, chunk, sizeof(chunk), 0);
    if (n <= 0) return 0;
    buffer_.append(chunk, static_cast<size_t>(n));
    return 1;
  }
  bool Fill(std::chrono::steady_clock::time_point deadline) { return FillRaw(deadline) == 1; }

  int fd_ = -1;
  std::string buffer_;
};

}  // namespace motcua::web::testing
