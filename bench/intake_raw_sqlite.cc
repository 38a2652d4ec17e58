// intake_raw_sqlite: the floor for bench/intake_bench.sh. Does the durable work of one dossier intake
// straight on SQLite, as fast as it can, with none of MotCua's code in the loop: per transaction (BEGIN
// IMMEDIATE ... COMMIT) it checks the unit, takes the next number of (unit, day), upserts the sequence,
// inserts the dossier's current row and one journal event. The database has MotCua's own schema (the SQL
// migrations read from src/store/migrations/sqlite, so the same tables, indexes and triggers) and the store's
// connection settings (journal_mode=WAL, synchronous=FULL, foreign_keys=ON:
// store/internal/sqlite_connection.cc).
//
//   intake_raw_sqlite --db FILE --payload FILE [--seconds 10] [--units 16] [--threads 1]
//                     [--migrations DIR]
//
// A new FILE gets the schema and units 000.00.01.H31 .. 000.00.UU.H31; an existing one is reused (later
// rounds of the benchmark append to it). The payload file holds one journal event as MotCua writes it (a JSON
// line taken from the server's database); its code is replaced by each new code, so the event bodies have the
// same size as the server's. Transactions rotate over the units. Prints "raw_tx_per_s N", the CPU time per
// transaction (user + system, the schema creation included) and the totals; exits non-zero on any SQLite
// error.
#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Options {
  std::string db;
  std::string payload_file;
  std::string migrations = MOTCUA_SOURCE_DIR "/src/store/migrations/sqlite";
  double seconds = 10;
  int units = 16;
  int threads = 1;
};

[[noreturn]] void Die(sqlite3* db, const std::string& what) {
  std::fprintf(stderr, "intake_raw_sqlite: %s: %s\n", what.c_str(), db ? sqlite3_errmsg(db) : "");
  std::exit(1);
}

void Exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "";
    sqlite3_free(error);
    Die(db, "exec failed (" + message + ") for: " + sql.substr(0, 80));
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "intake_raw_sqlite: cannot read %s\n", path.c_str());
    std::exit(1);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Opens a connection the way the store does.
sqlite3* Open(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    Die(db, "open " + path);
  }
  sqlite3_busy_timeout(db, 5000);
  Exec(
      db,
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF;");
  return db;
}

void CreateSchema(sqlite3* db, const Options& options) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(options.migrations)) {
    if (entry.path().extension() == ".sql") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) Die(nullptr, "no migrations under " + options.migrations);
  Exec(db, "BEGIN IMMEDIATE");
  for (const auto& file : files) Exec(db, ReadFile(file.string()));
  Exec(db, "INSERT INTO units (code, name, effective_from) VALUES ('000.00.00.H31', 'Tỉnh', '2019-01-01')");
  for (int i = 1; i <= options.units; ++i) {
    char sql[256];
    std::snprintf(sql, sizeof sql,
                  "INSERT INTO units (code, name, parent_code, effective_from) VALUES ('000.00.%02d.H31', "
                  "'Xã %d', '000.00.00.H31', '2019-01-01')",
                  i, i);
    Exec(db, sql);
  }
  Exec(db, "COMMIT");
}

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement_, nullptr) != SQLITE_OK) {
      Die(db, std::string("prepare ") + sql);
    }
  }
  ~Statement() { sqlite3_finalize(statement_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Text(int index, const std::string& value) {
    sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Int(int index, int64_t value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
  }
  Statement& Null(int index) {
    sqlite3_bind_null(statement_, index);
    return *this;
  }
  // Runs to completion; returns the first column of the first row, or -1 when there is none.
  int64_t Run() {
    int64_t first = -1;
    int rc;
    while ((rc = sqlite3_step(statement_)) == SQLITE_ROW) {
      if (first == -1) first = sqlite3_column_int64(statement_, 0);
    }
    if (rc != SQLITE_DONE) Die(db_, "step");
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
    return first;
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

struct Totals {
  std::atomic<int64_t> transactions{0};
};

void Worker(const Options& options, const std::string& payload, const std::string& payload_code, int worker,
            std::chrono::steady_clock::time_point deadline, Totals& totals) {
  sqlite3* db = Open(options.db);
  {
    Statement begin(db, "BEGIN IMMEDIATE");
    Statement commit(db, "COMMIT");
    Statement unit_exists(db, "SELECT 1 FROM units WHERE code = ?1");
    Statement last_number(db, "SELECT last_number FROM dossier_sequences WHERE unit_code = ?1 AND day = ?2");
    Statement bump(db,
                   "INSERT INTO dossier_sequences (unit_code, day, last_number) VALUES (?1, ?2, ?3) "
                   "ON CONFLICT (unit_code, day) DO UPDATE SET last_number = excluded.last_number");
    Statement insert_dossier(
        db,
        "INSERT INTO dossiers (code, unit_code, procedure_code, field_code, case_index, rule_version, "
        "channel, "
        "state, status_code, applicant_name, applicant_id_number, search_key, assignee, external_code, "
        "submitted_at, received_at, legal_due, appointment, paused, apologised, resolution, resolved_at, "
        "returned_at, closure, closed_at, evaluation, event_count, last_event_at) VALUES (?1, ?2, ?3, ?4, "
        "?5, "
        "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
        "?26, "
        "?27, ?28) ON CONFLICT (code) DO NOTHING");
    Statement insert_event(
        db,
        "INSERT INTO dossier_events (dossier_code, seq, kind, at, actor, body, recorded_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    int64_t count = 0;
    while (std::chrono::steady_clock::now() < deadline) {
      const int unit_number = 1 + static_cast<int>((count * options.threads + worker) % options.units);
      char unit[32];
      std::snprintf(unit, sizeof unit, "000.00.%02d.H31", unit_number);
      const int64_t now = static_cast<int64_t>(std::time(nullptr));
      const std::time_t local_seconds = static_cast<std::time_t>(now + 7 * 3600);
      std::tm local{};
      gmtime_r(&local_seconds, &local);
      char day[16];
      std::strftime(day, sizeof day, "%Y-%m-%d", &local);
      char yymmdd[16];
      std::strftime(yymmdd, sizeof yymmdd, "%y%m%d", &local);

      begin.Run();
      if (unit_exists.Text(1, unit).Run() != 1) Die(db, "unit missing");
      const int64_t last = last_number.Text(1, unit).Text(2, day).Run();
      const int64_t next = (last < 0 ? 0 : last) + 1;
      if (next > 9999) Die(db, "the day's 9999 numbers are used: add units");
      bump.Text(1, unit).Text(2, day).Int(3, next).Run();
      char code[64];
      std::snprintf(code, sizeof code, "%s-%s-%04lld", unit, yymmdd, static_cast<long long>(next));
      const std::string name = "Nguyễn Văn Thử " + std::to_string(count);
      insert_dossier.Text(1, code)
          .Text(2, unit)
          .Text(3, "1.001193")
          .Text(4, "HT")
          .Int(5, 0)
          .Text(6, "2020-01-01")
          .Text(7, "direct")
          .Text(8, "received")
          .Int(9, 2)
          .Text(10, name)
          .Text(11, "033090001234")
          .Text(12, std::string(code) + " nguyen van thu " + std::to_string(count) + " 033090001234 ")
          .Text(13, "")
          .Text(14, "")
          .Null(15)
          .Int(16, now)
          .Int(17, now + 3 * 86400)
          .Int(18, now + 3 * 86400)
          .Int(19, 0)
          .Int(20, 0)
          .Text(21, "")
          .Null(22)
          .Null(23)
          .Text(24, "")
          .Null(25)
          .Text(26, "")
          .Int(27, 1)
          .Int(28, now)
          .Run();
      if (sqlite3_changes(db) != 1) Die(db, std::string("code taken: ") + code);
      insert_event.Text(1, code)
          .Int(2, 1)
          .Text(3, "received")
          .Int(4, now)
          .Text(5, "letan.1")
          .Text(6, Replace(payload, payload_code, code))
          .Int(7, now)
          .Run();
      commit.Run();
      ++count;
    }
    totals.transactions += count;
  }
  sqlite3_close_v2(db);
}

int Usage(const char* program) {
  std::fprintf(
      stderr,
      "usage: %s --db FILE --payload FILE [--seconds S] [--units N] [--threads N] [--migrations DIR]\n",
      program);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return Usage(argv[0]);
    const char* value = argv[++i];
    if (arg == "--db") {
      options.db = value;
    } else if (arg == "--payload") {
      options.payload_file = value;
    } else if (arg == "--migrations") {
      options.migrations = value;
    } else if (arg == "--seconds") {
      options.seconds = std::atof(value);
    } else if (arg == "--units") {
      options.units = std::atoi(value);
    } else if (arg == "--threads") {
      options.threads = std::atoi(value);
    } else {
      return Usage(argv[0]);
    }
  }
  if (options.db.empty() || options.payload_file.empty() || options.seconds <= 0 || options.units < 1 ||
      options.units > 99 || options.threads < 1) {
    return Usage(argv[0]);
  }
  std::string payload = ReadFile(options.payload_file);
  while (!payload.empty() && (payload.back() == '\n' || payload.back() == '\r')) payload.pop_back();
  // The payload's own code: "code":"<code>".
  const std::string key = "\"code\":\"";
  const size_t at = payload.find(key);
  if (at == std::string::npos) Die(nullptr, "the payload has no \"code\"");
  const size_t end = payload.find('"', at + key.size());
  const std::string payload_code = payload.substr(at + key.size(), end - at - key.size());

  const bool fresh = !std::filesystem::exists(options.db);
  {
    sqlite3* db = Open(options.db);
    if (fresh) CreateSchema(db, options);
    sqlite3_close_v2(db);
  }
  Totals totals;
  const auto start = std::chrono::steady_clock::now();
  const auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                    std::chrono::duration<double>(options.seconds));
  std::vector<std::thread> workers;
  for (int w = 0; w < options.threads; ++w) {
    workers.emplace_back(Worker, std::cref(options), std::cref(payload), std::cref(payload_code), w, deadline,
                         std::ref(totals));
  }
  for (auto& worker : workers) worker.join();
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double cpu_us = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 +
                        static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
  const auto transactions = static_cast<double>(totals.transactions.load());
  std::printf(
      "raw_transactions %lld\nraw_seconds %.3f\nraw_tx_per_s %.1f\nraw_cpu_us_per_tx %.1f\npayload_bytes "
      "%zu\n",
      static_cast<long long>(totals.transactions.load()), elapsed, transactions / elapsed,
      transactions > 0 ? cpu_us / transactions : 0.0, payload.size());
  return 0;
}
