-- PATCH /heroes/{id} with If-Match naming the hero's current version.
-- wrk ... -s bench/patch.lua URL -- FIRST_ID
-- Every thread starts on seeded heroes it alone uses (FIRST_ID + 500 * thread, version 0:
-- scripts/benchmark gives each run ids no run has patched), and takes the version of
-- the next request on a hero from the answer to the last one, so a hero is never patched
-- by two requests at once and If-Match always names its current version.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
   seed()
   fresh = tonumber(args[1]) + 500 * tid
   ready = {}
end

function request()
   local id, version
   if #ready > 0 then
      local hero = table.remove(ready)
      id, version = hero[1], hero[2]
   else
      id, version = fresh, 0
      fresh = fresh + 1
   end
   return wrk.format("PATCH", "/heroes/" .. id,
      { ["Content-Type"] = "application/json", ["If-Match"] = '"' .. version .. '"' },
      '{"age": ' .. math.random(0, 100) .. '}')
end

function response(status, headers, body)
   if status == 200 then
      local id = body:match('^{"id":(%d+)')
      local version = body:match('"version":(%d+)')
      if id and version then
         table.insert(ready, { id, version })
      end
   end
end
