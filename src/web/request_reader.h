// RequestReader: the server's request parsing and validation step, usable on a plain buffer without a socket
// (the server and the fuzzer call the same code). It wraps Beast's strict parser and adds MotCua's rules:
//   - header block over the limit -> 431; body over the limit -> 413, and a declared Content-Length over the
//     limit is rejected as soon as the header is complete, before any body byte is read;
//   - Transfer-Encoding: only exactly "chunked" (one field, case-insensitive) on HTTP/1.1. Any other value is
//     rejected: 400 when chunked is not the final coding (RFC 9112 6.3: the length cannot be determined), 501
//     when chunked is final but preceded by a coding we do not implement ("gzip, chunked"; RFC 9112 6.1);
//     Transfer-Encoding on HTTP/1.0 -> 400;
//   - Content-Length together with Transfer-Encoding -> 400; HTTP/1.1 without exactly one Host -> 400;
//   - obs-fold (a header line starting with a space or tab) -> 400 rather than Beast's unfolding;
//   - any other syntax error (request line, field syntax, chunk syntax) -> 400.
// Every error ends the connection. Implemented in beast_server.cc so Beast is compiled once.
// Not thread-safe: one reader per connection.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "web/http.h"

namespace motcua::web {

struct RequestLimits {
  size_t header_limit_bytes = 16 * 1024;
  size_t body_limit_bytes = 1024 * 1024;
};

// A protocol error: what to answer before closing the connection.
struct RequestError {
  int http_status = 400;
  std::string code;          // envelope code, e.g. "BAD_REQUEST"
  std::string user_message;  // Vietnamese
  std::string log_message;   // English

  Response ToResponse() const { return ProtocolErrorResponse(http_status, code, user_message); }
};

class RequestReader {
 public:
  enum class Event {
    kNeedMore,    // give more bytes (keep the unconsumed ones)
    kHeaderDone,  // header complete and valid; a body follows (returned once per request)
    kComplete,    // a whole request is ready: TakeRequest()
    kError,       // error(); the connection must be closed after answering it
  };

  explicit RequestReader(RequestLimits limits);
  ~RequestReader();
  RequestReader(const RequestReader&) = delete;
  RequestReader& operator=(const RequestReader&) = delete;

  // Parses from `data` (the bytes received and not yet consumed). Sets *consumed to the number of bytes
  // used; the caller drops them and calls again with the rest plus any new bytes. On kNeedMore with
  // *consumed == 0 the parser needs a longer contiguous buffer (the header is parsed in one piece).
  Event Parse(std::string_view data, size_t* consumed);
  // The end of the stream: true when it fell between requests (a clean close), false mid-request.
  bool AtMessageBoundary() const;

  // After kHeaderDone or kComplete: whether the client asked for "Expect: 100-continue".
  bool expects_continue() const;
  // After kComplete: whether the client allows the connection to stay open (HTTP/1.1 default, or
  // HTTP/1.0 with "Connection: keep-alive").
  bool keep_alive() const { return keep_alive_; }
  // After kComplete: the request, with method, target, decoded path and query, headers and body. Resets
  // the reader for the next request on the connection.
  Request TakeRequest();
  const RequestError& error() const { return error_; }

 private:
  struct Impl;
  void SetError(const Status& status);  // HTTP status from HttpStatusFor
  void SetError(int http_status, std::string code, std::string user_message, std::string log_message);
  bool ValidateHeader();

  RequestLimits limits_;
  std::unique_ptr<Impl> impl_;
  RequestError error_;
  Request request_;
  bool header_reported_ = false;
  bool keep_alive_ = true;
  bool failed_ = false;
};

}  // namespace motcua::web
