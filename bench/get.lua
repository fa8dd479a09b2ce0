-- GET a path; "{id}" in it becomes a random hero id in 1..heroes.
-- wrk ... -s bench/get.lua URL -- PATH HEROES [PREFER]
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
   seed()
   path, heroes = args[1], tonumber(args[2])
   headers = {}
   if args[3] and args[3] ~= "" then
      headers["Prefer"] = args[3]
   end
   if not path:find("{id}", 1, true) then
      fixed = wrk.format("GET", path, headers)
   end
end

function request()
   if fixed then
      return fixed
   end
   return wrk.format("GET", path:gsub("{id}", tostring(math.random(1, heroes))), headers)
end
