-- wrk script of bench/list_bench.sh: GET /api/v1/dossiers as one unit's desk officer (API token), with the
-- parameters of one scenario varied per request.
--   wrk -s bench/list.lua URL -- MODE SAMPLES_DIR TOKEN
-- MODE: default (first pages, newest first), status (a status filter), overdue, name / id / code (q= with a
-- fragment of an applicant's name, of a citizen ID, or a dossier code, from SAMPLES_DIR/unit-*.txt).
local statuses = {"in_progress", "received", "supplement_requested", "resolved", "returned",
                  "in_progress,approved,signed,numbered", "withdrawn"}

local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

function init(args)
  mode = args[1]
  token = args[3]
  if mode == "name" then samples = lines(args[2] .. "/unit-names.txt")
  elseif mode == "id" then samples = lines(args[2] .. "/unit-ids.txt")
  elseif mode == "code" then samples = lines(args[2] .. "/unit-codes.txt")
  end
  math.randomseed(20261128)
end

function request()
  local query
  if mode == "default" then
    query = "offset=" .. (50 * math.random(0, 4))
  elseif mode == "status" then
    query = "status=" .. statuses[math.random(#statuses)]
  elseif mode == "overdue" then
    query = "overdue=true"
  else
    query = "q=" .. samples[math.random(#samples)]
  end
  return wrk.format("GET", "/api/v1/dossiers?" .. query, {["Authorization"] = "Bearer " .. token})
end
