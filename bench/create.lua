-- POST /heroes: one new hero per request.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
   seed()
end

function request()
   return wrk.format("POST", "/heroes", { ["Content-Type"] = "application/json" },
      '{"name": "Bench", "secret_name": "Bench secret", "age": ' .. math.random(0, 100) .. '}')
end
