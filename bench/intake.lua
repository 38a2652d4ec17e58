-- wrk script of bench/intake_bench.sh: POST /api/v1/dossiers with valid, varied intake bodies (procedure,
-- applicant name, citizen ID, address, phone), each request signed with the next desk officer's API token in
-- turn (one unit per token, so no unit reaches the 9999-a-day limit).
--   wrk -s bench/intake.lua URL -- TOKENS_FILE LOCATIONS_FILE
-- Writes the Location of every 201 to LOCATIONS_FILE and prints "created N" and "other N" when done.

local procedures = {"2.000815", "2.000884", "1.001193", "1.004873", "2.000635", "1.000656", "1.000894"}
local families = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"}
local middles = {"Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang", "Thanh", "Xuân"}
local givens = {"Đức", "Lan", "Hùng", "Hương", "Dũng", "Mai", "Tuấn", "Hoa", "Nam", "Thảo", "Long", "Yến",
                "Sơn", "Hằng", "Bình", "Trang", "Khánh", "Phúc", "Huyền", "Giang"}

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(args[1]) do
    if line ~= "" then tokens[#tokens + 1] = line end
  end
  out = io.open(args[2] .. "." .. id, "w")
  out:setvbuf("line")
  counter = 0
  created = 0
  other = 0
  math.randomseed(20261128 + id)
end

local function pick(list)
  return list[math.random(#list)]
end

function request()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  local year = math.random(50, 99)
  local body = string.format(
      '{"procedure":"%s","applicant":{"name":"%s %s %s","id_number":"033%d%02d%06d",' ..
      '"address":"Thôn %d, xã Thử Nghiệm, tỉnh Hưng Yên"},"contact":{"phone":"09%08d"},' ..
      '"components":[{"name":"Tờ khai theo mẫu quy định","originals":1},' ..
      '{"name":"Bản sao giấy tờ tùy thân","copies":1}]}',
      pick(procedures), pick(families), pick(middles), pick(givens), math.random(0, 1), year,
      math.random(0, 999999), math.random(1, 12), math.random(0, 99999999))
  return wrk.format("POST", "/api/v1/dossiers",
                    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    out:write((headers["Location"] or headers["location"] or "?"), "\n")
  else
    other = other + 1
    if other <= 3 then io.stderr:write("intake.lua: HTTP ", status, ": ", body, "\n") end
  end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    o = o + thread:get("other")
  end
  io.write(string.format("created %d\nother %d\n", c, o))
end
