// HttpServer: an HTTP/1.1 server (keep-alive, pipelining, a pool of I/O threads) in front of a Router.
//
//   Router router;
//   AddHealthRoutes(router);
//   HttpServer server(options, router);          // options.listen = "127.0.0.1:8080"
//   MOTCUA_RETURN_IF_ERROR(server.Start());      // binds and starts the threads; port() is then known
//   server.Wait();                               // returns after Stop() or SIGTERM/SIGINT (handle_signals)
//
// Limits and deadlines are per connection (see docs/http.md): a slow client is cut off when it misses its
// deadline and never holds a thread, so it cannot starve the others. Handlers run on the I/O threads: keep
// them short (the procedure API is a lookup in memory).
// Stop() is graceful: it stops accepting, closes idle keep-alive connections, lets in-flight requests finish
// (answered with "Connection: close") for up to `shutdown_grace`, then closes what is left.
// Start, Stop, Wait and port are thread-safe; the router must not change and must outlive the server.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "base/status.h"
#include "web/router.h"

namespace motcua::web {

struct HttpServerOptions {
  // "host:port" or "[v6]:port"; port 0 picks a free port (see HttpServer::port()).
  std::string listen = "127.0.0.1:8080";
  int threads = 0;                        // I/O threads; 0 = the number of cores
  size_t header_limit_bytes = 16 * 1024;  // request line + header fields; over it: 431
  size_t body_limit_bytes = 1024 * 1024;  // over it: 413 (a declared Content-Length: before reading the body)
  // Deadlines. A new connection must deliver a complete header within header_timeout; on a kept-alive
  // connection the next request must start within idle_timeout and its header complete within
  // header_timeout of its first byte. The body must arrive within body_timeout of the header's end; the
  // response must be written within write_timeout. Missing one closes the connection.
  std::chrono::milliseconds header_timeout{10'000};
  std::chrono::milliseconds body_timeout{60'000};
  std::chrono::milliseconds idle_timeout{30'000};
  std::chrono::milliseconds write_timeout{30'000};
  std::chrono::milliseconds shutdown_grace{10'000};
  int max_keepalive_requests = 1000;  // after this many requests a connection is closed
  bool access_log = true;             // one spdlog info line per request
  bool handle_signals = false;        // stop gracefully on SIGTERM/SIGINT (motcua serve sets it)
};

class HttpServer {
 public:
  HttpServer(HttpServerOptions options, const Router& router);
  ~HttpServer();  // stops (without grace) and joins if still running
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds, listens and starts the I/O threads. Unavailable when the address cannot be bound.
  Status Start();
  // Begins a graceful stop; returns at once. Idempotent.
  void Stop();
  // Blocks until the server has stopped and its threads are joined.
  void Wait();
  // The bound port (useful with port 0), valid after a successful Start().
  uint16_t port() const;
  // Connections currently open (for tests and metrics).
  size_t open_connections() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace motcua::web
