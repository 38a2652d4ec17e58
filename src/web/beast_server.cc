// The only file that includes Beast and Asio: RequestReader (request_reader.h) and HttpServer (server.h).
// Keeping them here means one heavy translation unit and none of it in a header.
//
// Connection life: bytes are read into a per-connection buffer and fed to a RequestReader; a complete
// request is dispatched through the Router on the connection's strand and the answer is written with one
// gather write. Deadlines are an atomic per connection checked by one sweeper timer per server (no timer
// operation on the hot path); an expired connection is closed on its strand.

#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <charconv>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <ctime>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <unordered_map>
#include <vector>

#include "web/request_reader.h"
#include "web/server.h"

namespace motcua::web {

namespace net = boost::asio;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;
using boost::system::error_code;

// ---------------------------------------------------------------------------------------------------------
// RequestReader

namespace {

std::string_view TrimOws(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

constexpr const char* kBadRequestVi = "Yêu cầu HTTP không hợp lệ.";

// The last comma-separated element of a field value, trimmed.
std::string_view LastListElement(std::string_view value) {
  const size_t comma = value.rfind(',');
  return TrimOws(comma == std::string_view::npos ? value : value.substr(comma + 1));
}

// True when `header_bytes` (whole header lines as consumed by the parser) contain a line that starts with
// a space or tab after the request line: obs-fold.
bool HasObsFold(std::string_view header_bytes) {
  for (size_t i = header_bytes.find('\n'); i != std::string_view::npos; i = header_bytes.find('\n', i + 1)) {
    if (i + 1 < header_bytes.size() && (header_bytes[i + 1] == ' ' || header_bytes[i + 1] == '\t'))
      return true;
  }
  return false;
}

}  // namespace

struct RequestReader::Impl {
  std::optional<http::request_parser<http::string_body>> parser;
  size_t header_bytes = 0;  // bytes of the current request's header consumed so far
};

RequestReader::RequestReader(RequestLimits limits) : limits_(limits), impl_(std::make_unique<Impl>()) {}
RequestReader::~RequestReader() = default;

void RequestReader::SetError(const Status& status) {
  SetError(HttpStatusFor(status.code()), std::string(StatusCodeName(status.code())), status.user_message(),
           status.message());
}

void RequestReader::SetError(int http_status, std::string code, std::string user_message,
                             std::string log_message) {
  failed_ = true;
  error_.http_status = http_status;
  error_.code = std::move(code);
  error_.user_message = std::move(user_message);
  error_.log_message = std::move(log_message);
}

bool RequestReader::AtMessageBoundary() const { return !impl_->parser || !impl_->parser->got_some(); }

bool RequestReader::expects_continue() const {
  if (!impl_->parser || !impl_->parser->is_header_done()) return false;
  const auto& message = impl_->parser->get();
  if (message.version() != 11) return false;
  auto it = message.find(http::field::expect);
  return it != message.end() && EqualsIgnoreCase(TrimOws(it->value()), "100-continue");
}

bool RequestReader::ValidateHeader() {
  const auto& message = impl_->parser->get();
  const auto bad = [this](std::string log) {
    SetError(Status::InvalidArgument(std::move(log), kBadRequestVi));
    return false;
  };
  if (impl_->header_bytes > limits_.header_limit_bytes) {
    SetError(431, "HEADER_TOO_LARGE", "Phần đầu (header) của yêu cầu quá lớn.",
             "request header of " + std::to_string(impl_->header_bytes) + " bytes is over the limit");
    return false;
  }
  // Beast's request parser already accepts only HTTP/1.0 and HTTP/1.1; kept as a guard.
  if (message.version() != 10 && message.version() != 11) {
    return bad("HTTP version " + std::to_string(message.version()) + " is not supported");
  }

  int te_count = 0;
  int cl_count = 0;
  int host_count = 0;
  std::string_view te_value;
  for (const auto& field : message) {
    switch (field.name()) {
      case http::field::transfer_encoding:
        ++te_count;
        te_value = field.value();
        break;
      case http::field::content_length:
        ++cl_count;
        break;
      case http::field::host:
        ++host_count;
        break;
      default:
        break;
    }
  }
  if (te_count > 0) {
    if (message.version() == 10) return bad("Transfer-Encoding in an HTTP/1.0 request");
    if (cl_count > 0) return bad("both Content-Length and Transfer-Encoding");
    if (te_count > 1) return bad("more than one Transfer-Encoding field");
    if (!EqualsIgnoreCase(TrimOws(te_value), "chunked")) {
      if (!EqualsIgnoreCase(LastListElement(te_value), "chunked")) {
        return bad("Transfer-Encoding '" + std::string(te_value) + "' does not end with chunked");
      }
      SetError(501, "NOT_IMPLEMENTED", "Kiểu mã hoá truyền tải (Transfer-Encoding) không được hỗ trợ.",
               "unsupported Transfer-Encoding '" + std::string(te_value) + "'");
      return false;
    }
  }
  if (message.version() == 11 ? host_count != 1 : host_count > 1) {
    return bad("HTTP/1.1 request with " + std::to_string(host_count) + " Host fields");
  }

  const Status target = ParseRequestTarget(message.target(), &request_);
  if (!target.ok()) {
    SetError(target);
    return false;
  }
  keep_alive_ = impl_->parser->keep_alive();
  return true;
}

RequestReader::Event RequestReader::Parse(std::string_view data, size_t* consumed) {
  *consumed = 0;
  if (failed_) return Event::kError;
  auto& parser = impl_->parser;
  if (!parser) {
    parser.emplace();
    parser->header_limit(
        static_cast<std::uint32_t>(std::min<size_t>(limits_.header_limit_bytes, UINT32_MAX)));
    parser->body_limit(limits_.body_limit_bytes);
    impl_->header_bytes = 0;
  }
  size_t used = 0;
  while (true) {
    if (parser->is_header_done() && !header_reported_) {
      header_reported_ = true;
      if (!ValidateHeader()) {
        *consumed = used;
        return Event::kError;
      }
      if (!parser->is_done()) {
        *consumed = used;
        return Event::kHeaderDone;
      }
    }
    if (parser->is_done()) {
      *consumed = used;
      return Event::kComplete;
    }
    if (used == data.size()) {
      *consumed = used;
      return Event::kNeedMore;
    }
    error_code ec;
    const bool in_header = !parser->is_header_done();
    const size_t n = parser->put(net::const_buffer(data.data() + used, data.size() - used), ec);
    if (in_header && !ec && HasObsFold(data.substr(used, n))) {
      // Beast unfolds obs-fold (allowed by RFC 9112 5.2); we take the other allowed answer, 400, so that no
      // two readers of a header can disagree on its value.
      *consumed = used + n;
      SetError(Status::InvalidArgument("obsolete line folding in a header field", kBadRequestVi));
      return Event::kError;
    }
    used += n;
    if (in_header) impl_->header_bytes += n;
    if (ec == http::error::need_more) {
      *consumed = used;
      return Event::kNeedMore;
    }
    if (ec) {
      *consumed = used;
      if (ec == http::error::header_limit) {
        SetError(431, "HEADER_TOO_LARGE", "Phần đầu (header) của yêu cầu quá lớn.",
                 "request header over the limit of " + std::to_string(limits_.header_limit_bytes) + " bytes");
      } else if (ec == http::error::body_limit) {
        SetError(Status::TooLarge(
            "request body over the limit of " + std::to_string(limits_.body_limit_bytes) + " bytes",
            "Dữ liệu gửi lên vượt quá giới hạn cho phép."));
      } else {
        SetError(Status::InvalidArgument("malformed request: " + ec.message(), kBadRequestVi));
      }
      return Event::kError;
    }
  }
}

Request RequestReader::TakeRequest() {
  auto message = impl_->parser->release();
  impl_->parser.reset();
  header_reported_ = false;
  request_.method = std::string(message.method_string());
  request_.target = std::string(message.target());
  request_.version = static_cast<int>(message.version());
  for (const auto& field : message) {
    request_.headers.Add(std::string(field.name_string()), std::string(field.value()));
  }
  request_.body = std::move(message.body());
  Request out = std::move(request_);
  request_ = Request();
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// HttpServer

namespace {

constexpr int64_t kNoDeadline = INT64_MAX;
constexpr size_t kInitialBufferBytes = 8 * 1024;
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// "Tue, 15 Nov 1994 08:12:31 GMT", cached per thread for the current second.
std::string_view HttpDate() {
  thread_local std::time_t cached_second = -1;
  thread_local char buffer[40];
  thread_local size_t length = 0;
  const std::time_t now = std::time(nullptr);
  if (now != cached_second) {
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::tm tm{};
    gmtime_r(&now, &tm);
    const int n =
        std::snprintf(buffer, sizeof(buffer), "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday],
                      tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    length = n > 0 ? static_cast<size_t>(n) : 0;
    cached_second = now;
  }
  return std::string_view(buffer, length);
}

void AppendNumber(std::string& out, uint64_t value) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof(digits), value);
  out.append(digits, end);
}

bool IsSafeHeaderText(std::string_view text) {
  for (char c : text) {
    if (c == '\r' || c == '\n' || c == '\0') return false;
  }
  return true;
}

// Framing and connection headers are the server's; a handler setting them could corrupt the stream.
bool IsServerOwnedHeader(std::string_view name) {
  for (std::string_view owned : {"Content-Length", "Transfer-Encoding", "Connection", "Date", "X-Request-Id",
                                 "Content-Type", "Keep-Alive", "Upgrade", "Trailer"}) {
    if (EqualsIgnoreCase(name, owned)) return true;
  }
  return false;
}

// A client-supplied X-Request-Id is kept when short and made of safe characters (useful behind a proxy).
bool IsAcceptableRequestId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.' || c == ':';
    if (!ok) return false;
  }
  return true;
}

Result<tcp::endpoint> ParseListen(const std::string& listen) {
  const auto bad = [&listen](std::string why) {
    return Status::InvalidArgument("bad listen address '" + listen + "': " + why,
                                   "Địa chỉ lắng nghe không hợp lệ: '" + listen + "'.");
  };
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos) return bad("expected host:port");
  std::string host = listen.substr(0, colon);
  const std::string port_text = listen.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host == "localhost") host = "127.0.0.1";
  if (host.empty()) host = "0.0.0.0";
  unsigned port = 0;
  auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc() || end != port_text.data() + port_text.size() || port > 65535) return bad("bad port");
  error_code addr_ec;
  const auto address = net::ip::make_address(host, addr_ec);
  if (addr_ec) return bad("bad host");
  return tcp::endpoint(address, static_cast<unsigned short>(port));
}

}  // namespace

class Connection;

// The server's state; HttpServer::Impl is this type (Connection needs to name it, Impl is private).
class ServerCore {
 public:
  ServerCore(HttpServerOptions options, const Router& router);
  ~ServerCore();

  Status Start();
  void Stop();
  void Wait();
  uint16_t port() const { return port_.load(); }
  size_t open_connections() const {
    std::lock_guard lock(mu_);
    return connections_.size();
  }

  const HttpServerOptions& options() const { return options_; }
  const Router& router() const { return router_; }
  bool stopping() const { return stopping_.load(std::memory_order_relaxed); }
  std::string NextRequestId();
  void Register(const std::shared_ptr<Connection>& connection);
  void Unregister(Connection* connection);

 private:
  void Accept();
  void OnAccept(error_code ec, tcp::socket socket);
  void ScheduleSweep();
  void Sweep();
  void BeginStop();
  template <typename Fn>
  void ForEachConnection(Fn fn);

  const HttpServerOptions options_;
  const Router& router_;
  std::chrono::milliseconds sweep_interval_;
  std::string request_id_prefix_;
  std::atomic<uint64_t> next_request_id_{1};
  std::atomic<uint16_t> port_{0};
  std::atomic<bool> stopping_{false};
  std::atomic<bool> started_{false};
  std::atomic<bool> destroying_{false};  // set in the destructor: no more posts to strand_

  // Declared before the io_context: connections unregister here while the io_context destroys their
  // pending handlers.
  mutable std::mutex mu_;
  std::unordered_map<Connection*, std::weak_ptr<Connection>> connections_;

  net::io_context ioc_;
  // Acceptor, timers, signals and the stop state live on this strand (any I/O thread may run them).
  net::strand<net::io_context::executor_type> strand_;
  tcp::acceptor acceptor_;
  net::steady_timer sweep_timer_;
  net::steady_timer accept_retry_timer_;
  std::optional<net::signal_set> signals_;
  Clock::time_point stop_deadline_;
  bool force_closed_ = false;  // on the io_context, inside Sweep
  std::mutex threads_mu_;
  std::vector<std::thread> threads_;
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(ServerCore& server, tcp::socket socket)
      : server_(server),
        socket_(std::move(socket)),
        executor_(socket_.get_executor()),
        reader_(RequestLimits{server.options().header_limit_bytes, server.options().body_limit_bytes}),
        in_(kInitialBufferBytes),
        max_buffer_(
            std::max(kInitialBufferBytes, server.options().header_limit_bytes + kInitialBufferBytes)) {
    error_code ec;
    const auto endpoint = socket_.remote_endpoint(ec);
    if (!ec) {
      remote_ = endpoint.address().to_string();
      remote_ += ':';
      AppendNumber(remote_, endpoint.port());
    }
    socket_.set_option(tcp::no_delay(true), ec);
  }

  ~Connection() { server_.Unregister(this); }

  const net::any_io_executor& executor() const { return executor_; }
  bool Expired(int64_t now_ns) const { return deadline_ns_.load(std::memory_order_relaxed) <= now_ns; }

  void Start() {
    SetDeadline(server_.options().header_timeout);
    ParseBuffered();
  }

  // On the strand: closes the connection when its deadline has passed.
  void CheckDeadline() {
    if (phase_ == Phase::kClosed || !Expired(NowNs())) return;
    if (phase_ != Phase::kIdle && phase_ != Phase::kLinger) {
      spdlog::info("http: closing connection from {}: {} deadline exceeded", remote_, PhaseName());
    }
    Close();
  }

  // On the strand: the server is stopping. Idle connections close now; a request in progress finishes and
  // its answer carries "Connection: close".
  void BeginShutdown() {
    shutting_down_ = true;
    if (phase_ == Phase::kIdle && in_begin_ == in_end_) Close();
  }

  void ForceClose() { Close(); }

 private:
  enum class Phase { kIdle, kHeader, kBody, kHandling, kWriting, kLinger, kClosed };

  const char* PhaseName() const {
    switch (phase_) {
      case Phase::kIdle:
        return "idle";
      case Phase::kHeader:
        return "header";
      case Phase::kBody:
        return "body";
      case Phase::kHandling:
        return "handling";
      case Phase::kWriting:
        return "write";
      case Phase::kLinger:
        return "linger";
      case Phase::kClosed:
        return "closed";
    }
    return "?";
  }

  void SetDeadline(std::chrono::nanoseconds from_now) {
    deadline_ns_.store(NowNs() + from_now.count(), std::memory_order_relaxed);
  }
  void ClearDeadline() { deadline_ns_.store(kNoDeadline, std::memory_order_relaxed); }

  // Feeds buffered bytes to the reader and acts on what it finds; reads more when it needs more.
  void ParseBuffered() {
    while (true) {
      if (in_begin_ == in_end_) {
        in_begin_ = in_end_ = 0;
        if (phase_ == Phase::kIdle && shutting_down_) {
          Close();
          return;
        }
        Read();
        return;
      }
      if (phase_ == Phase::kIdle) {
        phase_ = Phase::kHeader;
        request_start_ = Clock::now();
        // The first request's header is due header_timeout after the connection opened (set in Start());
        // a later one's header_timeout after its first byte.
        if (requests_ > 0) SetDeadline(server_.options().header_timeout);
      }
      size_t consumed = 0;
      const auto event =
          reader_.Parse(std::string_view(in_.data() + in_begin_, in_end_ - in_begin_), &consumed);
      in_begin_ += consumed;
      switch (event) {
        case RequestReader::Event::kNeedMore:
          if (!MakeRoom()) return;
          Read();
          return;
        case RequestReader::Event::kHeaderDone:
          phase_ = Phase::kBody;
          SetDeadline(server_.options().body_timeout);
          if (reader_.expects_continue() && in_begin_ == in_end_) {
            WriteContinue();
            return;
          }
          continue;
        case RequestReader::Event::kComplete:
          HandleRequest();
          return;
        case RequestReader::Event::kError:
          AnswerProtocolError(reader_.error());
          return;
      }
    }
  }

  // Ensures free space at the end of the buffer; answers an error when the unconsumed part cannot grow.
  bool MakeRoom() {
    if (in_begin_ > 0 && in_.size() - in_end_ < in_.size() / 4) {
      std::memmove(in_.data(), in_.data() + in_begin_, in_end_ - in_begin_);
      in_end_ -= in_begin_;
      in_begin_ = 0;
    }
    if (in_end_ < in_.size()) return true;
    if (in_.size() >= max_buffer_) {
      RequestError error;
      if (phase_ == Phase::kHeader) {
        error = {431, "HEADER_TOO_LARGE", "Phần đầu (header) của yêu cầu quá lớn.",
                 "request header too large"};
      } else {
        const Status status = Status::InvalidArgument("chunk header too large", kBadRequestVi);
        error = {HttpStatusFor(status.code()), std::string(StatusCodeName(status.code())),
                 status.user_message(), status.message()};
      }
      AnswerProtocolError(error);
      return false;
    }
    in_.resize(std::min(in_.size() * 2, max_buffer_));
    return true;
  }

  void Read() {
    socket_.async_read_some(net::buffer(in_.data() + in_end_, in_.size() - in_end_),
                            [self = shared_from_this()](error_code ec, size_t n) { self->OnRead(ec, n); });
  }

  void OnRead(error_code ec, size_t n) {
    if (phase_ == Phase::kClosed) return;
    if (ec) {
      if (phase_ == Phase::kHeader || phase_ == Phase::kBody) {
        spdlog::debug("http: connection from {} ended mid-request: {}", remote_, ec.message());
      }
      Close();
      return;
    }
    in_end_ += n;
    ParseBuffered();
  }

  void HandleRequest() {
    phase_ = Phase::kHandling;
    ClearDeadline();  // the handler runs here; deadlines are for the client's I/O
    const bool keep_alive = reader_.keep_alive();
    Request request = reader_.TakeRequest();
    request.remote_address = remote_;
    const auto client_id = request.headers.Get("X-Request-Id");
    request.request_id =
        client_id && IsAcceptableRequestId(*client_id) ? std::string(*client_id) : server_.NextRequestId();
    ++requests_;
    Response response;
    try {
      response = server_.router().Dispatch(request);
    } catch (const std::exception& e) {  // Dispatch catches handler exceptions; this is for bad_alloc & co.
      spdlog::error("http: request {} failed outside its handler: {}", request.request_id, e.what());
      response = ErrorResponse(Status::Internal(e.what()));
    }
    const bool close = !keep_alive || shutting_down_ || server_.stopping() ||
                       requests_ >= server_.options().max_keepalive_requests;
    log_method_ = std::move(request.method);
    log_path_ = std::move(request.path);
    log_request_id_ = std::move(request.request_id);
    Write(std::move(response), close, log_method_ == "HEAD", request.version == 10 && !close);
  }

  void AnswerProtocolError(const RequestError& error) {
    spdlog::info("http: bad request from {}: {} ({})", remote_, error.log_message, error.http_status);
    log_method_ = "-";
    log_path_ = "-";
    log_request_id_ = server_.NextRequestId();
    if (request_start_ == Clock::time_point()) request_start_ = Clock::now();
    Write(error.ToResponse(), /*close=*/true, /*head_only=*/false, /*http10_keep_alive=*/false);
  }

  void Write(Response response, bool close, bool head_only, bool http10_keep_alive) {
    phase_ = Phase::kWriting;
    SetDeadline(server_.options().write_timeout);
    close_after_write_ = close;
    response_ = std::move(response);
    const std::string_view body = response_.BodyView();
    const bool no_body = head_only || response_.status == 204 || response_.status == 304;

    head_.clear();
    head_.append("HTTP/1.1 ");
    AppendNumber(head_, static_cast<uint64_t>(response_.status));
    head_.push_back(' ');
    head_.append(ReasonPhrase(response_.status));
    head_.append("\r\nDate: ");
    head_.append(HttpDate());
    if (response_.status != 204 && response_.status != 304) {
      head_.append("\r\nContent-Length: ");
      AppendNumber(head_, body.size());
    }
    if (!response_.content_type.empty() && IsSafeHeaderText(response_.content_type)) {
      head_.append("\r\nContent-Type: ");
      head_.append(response_.content_type);
    }
    if (close) {
      head_.append("\r\nConnection: close");
    } else if (http10_keep_alive) {
      head_.append("\r\nConnection: keep-alive");
    }
    head_.append("\r\nX-Request-Id: ");
    head_.append(log_request_id_);
    head_.append("\r\nX-Content-Type-Options: nosniff");
    for (const auto& [name, value] : response_.headers.fields()) {
      if (name.empty() || !IsSafeHeaderText(name) || !IsSafeHeaderText(value) ||
          name.find(':') != std::string::npos || IsServerOwnedHeader(name)) {
        spdlog::error("http: dropping response header '{}' set by the handler of request {}", name,
                      log_request_id_);
        continue;
      }
      head_.append("\r\n");
      head_.append(name);
      head_.append(": ");
      head_.append(value);
    }
    head_.append("\r\n\r\n");
    body_bytes_ = no_body ? 0 : body.size();

    const std::array<net::const_buffer, 2> buffers{net::buffer(head_), net::buffer(body.data(), body_bytes_)};
    net::async_write(socket_, buffers,
                     [self = shared_from_this()](error_code ec, size_t) { self->OnWrite(ec); });
  }

  void OnWrite(error_code ec) {
    if (phase_ == Phase::kClosed) return;
    if (server_.options().access_log && spdlog::should_log(spdlog::level::info)) {
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - request_start_).count();
      spdlog::info("http: {} {} {} {}B {:.3f}ms {} rid={}{}", log_method_, log_path_, response_.status,
                   body_bytes_, ms, remote_, log_request_id_, ec ? " (write failed)" : "");
    }
    response_ = Response();
    request_start_ = Clock::time_point();
    if (ec) {
      Close();
      return;
    }
    if (close_after_write_) {
      LingerClose();
      return;
    }
    phase_ = Phase::kIdle;
    SetDeadline(server_.options().idle_timeout);
    ParseBuffered();
  }

  void WriteContinue() {
    net::async_write(socket_, net::buffer(kContinue.data(), kContinue.size()),
                     [self = shared_from_this()](error_code ec, size_t) {
                       if (self->phase_ == Phase::kClosed) return;
                       if (ec) {
                         self->Close();
                         return;
                       }
                       self->ParseBuffered();
                     });
  }

  // Closes our side for sending, then drains what the client still sends for a short while so that the
  // kernel does not reset the connection (and drop our answer) because of unread bytes.
  void LingerClose() {
    phase_ = Phase::kLinger;
    error_code ec;
    socket_.shutdown(tcp::socket::shutdown_send, ec);
    if (ec) {
      Close();
      return;
    }
    SetDeadline(std::min<std::chrono::nanoseconds>(kLingerTime, server_.options().idle_timeout));
    in_begin_ = in_end_ = 0;
    Drain();
  }

  void Drain() {
    socket_.async_read_some(net::buffer(in_), [self = shared_from_this()](error_code ec, size_t) {
      if (self->phase_ == Phase::kClosed) return;
      if (ec) {
        self->Close();
        return;
      }
      self->Drain();
    });
  }

  void Close() {
    if (phase_ == Phase::kClosed) return;
    phase_ = Phase::kClosed;
    ClearDeadline();
    error_code ec;
    socket_.shutdown(tcp::socket::shutdown_both, ec);
    socket_.close(ec);
  }

  ServerCore& server_;
  tcp::socket socket_;
  net::any_io_executor executor_;
  std::string remote_;
  RequestReader reader_;
  std::vector<char> in_;
  size_t in_begin_ = 0;
  size_t in_end_ = 0;
  const size_t max_buffer_;
  Phase phase_ = Phase::kIdle;
  std::atomic<int64_t> deadline_ns_{kNoDeadline};
  int requests_ = 0;
  bool close_after_write_ = false;
  bool shutting_down_ = false;
  Clock::time_point request_start_;
  std::string head_;
  Response response_;
  size_t body_bytes_ = 0;
  std::string log_method_;
  std::string log_path_;
  std::string log_request_id_;
};

ServerCore::ServerCore(HttpServerOptions options, const Router& router)
    : options_(std::move(options)),
      router_(router),
      strand_(net::make_strand(ioc_)),
      acceptor_(strand_),
      sweep_timer_(strand_),
      accept_retry_timer_(strand_) {
  // The sweeper's period bounds how late a deadline is noticed: a quarter of the shortest one, within
  // [5 ms, 250 ms].
  auto shortest = std::min({options_.header_timeout, options_.body_timeout, options_.idle_timeout,
                            options_.write_timeout, std::chrono::milliseconds(1000)});
  sweep_interval_ = std::clamp(shortest / 4, std::chrono::milliseconds(5), std::chrono::milliseconds(250));
  std::random_device random;
  char prefix[16];
  std::snprintf(prefix, sizeof(prefix), "%06x", random() & 0xffffffu);
  request_id_prefix_ = prefix;
}

ServerCore::~ServerCore() {
  destroying_ = true;
  bool running = false;
  {
    std::lock_guard lock(threads_mu_);
    running = !threads_.empty();
  }
  if (running) {
    ioc_.stop();
    Wait();
  }
}

std::string ServerCore::NextRequestId() {
  // "<6 hex digits of the process>-<8+ hex digits of a counter>", formatted by hand: this runs per request.
  uint64_t n = next_request_id_.fetch_add(1, std::memory_order_relaxed);
  char digits[16];
  int len = 0;
  while (n != 0 || len < 8) {
    digits[len++] = "0123456789abcdef"[n & 0xf];
    n >>= 4;
  }
  std::string id;
  id.reserve(request_id_prefix_.size() + 1 + static_cast<size_t>(len));
  id.append(request_id_prefix_);
  id.push_back('-');
  while (len > 0) id.push_back(digits[--len]);
  return id;
}

void ServerCore::Register(const std::shared_ptr<Connection>& connection) {
  std::lock_guard lock(mu_);
  connections_.emplace(connection.get(), connection);
}

void ServerCore::Unregister(Connection* connection) {
  bool last = false;
  {
    std::lock_guard lock(mu_);
    connections_.erase(connection);
    last = connections_.empty();
  }
  // While stopping, finish as soon as the last connection is gone rather than at the next sweep.
  if (last && stopping() && !destroying_) net::post(strand_, [this] { Sweep(); });
}

template <typename Fn>
void ServerCore::ForEachConnection(Fn fn) {
  std::vector<std::shared_ptr<Connection>> live;
  {
    std::lock_guard lock(mu_);
    live.reserve(connections_.size());
    for (auto& [ptr, weak] : connections_) {
      if (auto connection = weak.lock()) live.push_back(std::move(connection));
    }
  }
  for (auto& connection : live) fn(connection);
}

Status ServerCore::Start() {
  if (started_.exchange(true)) return Status::FailedPrecondition("HttpServer::Start called twice");
  MOTCUA_ASSIGN_OR_RETURN(const tcp::endpoint endpoint, ParseListen(options_.listen));
  error_code ec;
  const auto fail = [&](const char* what) {
    return Status::Unavailable(std::string("cannot ") + what + " " + options_.listen + ": " + ec.message(),
                               "Không mở được cổng dịch vụ " + options_.listen + ".");
  };
  acceptor_.open(endpoint.protocol(), ec);
  if (ec) return fail("open a socket for");
  acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  acceptor_.bind(endpoint, ec);
  if (ec) return fail("bind");
  acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return fail("listen on");
  port_ = acceptor_.local_endpoint(ec).port();

  if (options_.handle_signals) {
    signals_.emplace(strand_, SIGINT, SIGTERM);
    signals_->async_wait([this](error_code wait_ec, int signal_number) {
      if (wait_ec) return;
      spdlog::info("http: received signal {}, stopping", signal_number);
      Stop();
    });
  }
  Accept();
  ScheduleSweep();

  const int threads = options_.threads > 0
                          ? options_.threads
                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  std::lock_guard lock(threads_mu_);
  for (int i = 0; i < threads; ++i) {
    threads_.emplace_back([this] {
      while (true) {
        try {
          ioc_.run();
          return;
        } catch (const std::exception& e) {
          spdlog::error("http: I/O thread caught an exception: {}", e.what());
        }
      }
    });
  }
  spdlog::info("http: listening on {}:{} with {} threads", endpoint.address().to_string(), port_.load(),
               threads);
  return Status::Ok();
}

void ServerCore::Accept() {
  // One strand per connection when several threads run handlers; with one thread the io_context is
  // already sequential.
  net::any_io_executor executor = options_.threads == 1 ? net::any_io_executor(ioc_.get_executor())
                                                        : net::any_io_executor(net::make_strand(ioc_));
  acceptor_.async_accept(executor,
                         [this](error_code ec, tcp::socket socket) { OnAccept(ec, std::move(socket)); });
}

void ServerCore::OnAccept(error_code ec, tcp::socket socket) {
  if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
  if (ec) {
    // Out of descriptors or similar: wait a little instead of spinning.
    spdlog::warn("http: accept failed: {}", ec.message());
    accept_retry_timer_.expires_after(std::chrono::milliseconds(100));
    accept_retry_timer_.async_wait([this](error_code wait_ec) {
      if (!wait_ec && !stopping()) Accept();
    });
    return;
  }
  if (stopping()) {
    error_code ignored;
    socket.close(ignored);
    return;
  }
  auto connection = std::make_shared<Connection>(*this, std::move(socket));
  Register(connection);
  net::dispatch(connection->executor(), [connection] { connection->Start(); });
  Accept();
}

void ServerCore::ScheduleSweep() {
  sweep_timer_.expires_after(sweep_interval_);
  sweep_timer_.async_wait([this](error_code ec) {
    if (ec) return;
    Sweep();
  });
}

void ServerCore::Sweep() {
  const int64_t now = NowNs();
  ForEachConnection([now](const std::shared_ptr<Connection>& connection) {
    if (connection->Expired(now))
      net::post(connection->executor(), [connection] { connection->CheckDeadline(); });
  });
  if (stopping()) {
    if (open_connections() == 0) {
      acceptor_.close();
      accept_retry_timer_.cancel();
      return;  // nothing re-arms: the io_context runs out of work and the threads return
    }
    if (!force_closed_ && Clock::now() >= stop_deadline_) {
      force_closed_ = true;
      spdlog::warn("http: grace period over, closing {} connections", open_connections());
      ForEachConnection([](const std::shared_ptr<Connection>& connection) {
        net::post(connection->executor(), [connection] { connection->ForceClose(); });
      });
    } else if (force_closed_ && Clock::now() >= stop_deadline_ + std::chrono::seconds(2)) {
      spdlog::error("http: connections still open 2 s after the grace period, stopping the I/O threads");
      ioc_.stop();
      return;
    }
  }
  ScheduleSweep();
}

void ServerCore::Stop() {
  if (!started_.load() || stopping_.exchange(true)) return;
  net::post(strand_, [this] { BeginStop(); });
}

void ServerCore::BeginStop() {
  spdlog::info("http: stopping; {} connections open, grace {} ms", open_connections(),
               options_.shutdown_grace.count());
  stop_deadline_ = Clock::now() + options_.shutdown_grace;
  error_code ec;
  acceptor_.close(ec);
  accept_retry_timer_.cancel();
  if (signals_) signals_->cancel(ec);
  ForEachConnection([](const std::shared_ptr<Connection>& connection) {
    net::post(connection->executor(), [connection] { connection->BeginShutdown(); });
  });
  // Check promptly rather than at the next tick.
  sweep_timer_.cancel();
  Sweep();
}

void ServerCore::Wait() {
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(threads_mu_);
    threads.swap(threads_);
  }
  for (auto& thread : threads) {
    if (thread.get_id() == std::this_thread::get_id()) {
      thread.detach();  // Wait() from a handler: cannot join ourselves
    } else {
      thread.join();
    }
  }
}

class HttpServer::Impl : public ServerCore {
 public:
  using ServerCore::ServerCore;
};

HttpServer::HttpServer(HttpServerOptions options, const Router& router)
    : impl_(std::make_unique<Impl>(std::move(options), router)) {}
HttpServer::~HttpServer() = default;
Status HttpServer::Start() { return impl_->Start(); }
void HttpServer::Stop() { impl_->Stop(); }
void HttpServer::Wait() { impl_->Wait(); }
uint16_t HttpServer::port() const { return impl_->port(); }
size_t HttpServer::open_connections() const { return impl_->open_connections(); }

}  // namespace motcua::web
