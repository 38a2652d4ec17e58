-- wrk script of bench/lookup_bench.sh: GET /api/v1/public/dossiers/{code} for codes picked at random from a
-- file of existing codes (one a line).
--   wrk -s bench/lookup.lua URL -- CODES_FILE
function init(args)
  codes = {}
  for line in io.lines(args[1]) do
    if line ~= "" then codes[#codes + 1] = line end
  end
  math.randomseed(20261128)
end

function request()
  return wrk.format("GET", "/api/v1/public/dossiers/" .. codes[math.random(#codes)])
end
