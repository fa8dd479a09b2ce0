-- POST /heroes/bulk with 1000 heroes per request.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
   local items = {}
   for i = 1, 1000 do
      items[i] = string.format('{"name": "Bulk %d", "secret_name": "Bulk secret", "age": %d}', i, i % 100)
   end
   body = wrk.format("POST", "/heroes/bulk", { ["Content-Type"] = "application/json" },
      "[" .. table.concat(items, ",") .. "]")
end

function request()
   return body
end
