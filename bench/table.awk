# Markdown tables from scripts/benchmark's results.tsv:
#   kind config heroes scenario clients rate p50 p99 non2xx socket rounds steady
# kind is service, pgbench, high (the zero-error pass) or process (rate = peak RSS in MB,
# p50 = ms from process start to the first 200).

function commas(n,    s, out) {
	s = sprintf("%d", n + 0.5)
	out = ""
	while (length(s) > 3) {
		out = "," substr(s, length(s) - 2) out
		s = substr(s, 1, length(s) - 3)
	}
	return s out
}

function ms(x) { return x < 10 ? sprintf("%.2f", x) : x < 100 ? sprintf("%.1f", x) : sprintf("%d", x + 0.5) }

function heroes(n) { return n >= 1000000 && n % 1000000 == 0 ? (n / 1000000) "M" : n >= 1000 && n % 1000 == 0 ? (n / 1000) "k" : n }

function errors(key) { return non2xx[key] + socket[key] == 0 ? "0" : non2xx[key] " / " socket[key] }

# Requests (rows for the bulk create) per second, marked when the rounds never settled.
function rate(key, scenario) {
	return commas(scenario == "bulk" ? 1000 * value[key] : value[key]) (steady[key] == "no" ? " ~" : "")
}

function ratio(s, p) { return value[p] > 0 ? sprintf("%.1f %%", 100 * value[s] / value[p]) : "" }

function jvm(config) {
	split(config, part, "-")
	return "Java " part[1] " " part[2]
}

BEGIN {
	split("hero list filtered team cursor offset count-exact count-estimated stats create patch bulk", order, " ")
	label["hero"] = "`GET /heroes/{id}` (with its team)"
	label["list"] = "`GET /heroes?limit=100`"
	label["filtered"] = "`GET /heroes?name_contains=abc&age_gte=30`"
	label["team"] = "`GET /teams/1` (100 heroes)"
	label["cursor"] = "`GET /heroes?after=…` (10,000 rows deep)"
	label["offset"] = "`GET /heroes?offset=10000`"
	label["count-exact"] = "`GET /heroes`, `Prefer: count=exact`"
	label["count-estimated"] = "`GET /heroes`, `Prefer: count=estimated`"
	label["stats"] = "`GET /teams/stats`"
	label["create"] = "`POST /heroes`"
	label["patch"] = "`PATCH /heroes/{id}` with `If-Match`"
	label["bulk"] = "`POST /heroes/bulk`, 1000 heroes: rows/s"
	nsizes = split(sizes, size, " ")
	njvms = split(jvms, config, " ")
}

{
	key = $1 SUBSEP $2 SUBSEP $3 SUBSEP $4
	value[key] = $6; p50[key] = $7; p99[key] = $8; non2xx[key] = $9; socket[key] = $10; steady[key] = $12
	nclients[key] = $5
	if ($1 == "process" && !(($2 SUBSEP $3) in seen)) {
		seen[$2 SUBSEP $3] = 1
		ncolumns++
		column_config[ncolumns] = $2; column_size[ncolumns] = $3
	}
}

END {
	# 1. Every scenario on the first Java configuration, at each size.
	printf "Every scenario, %s, by number of heroes (req/s, ms; errors = non-2xx / socket errors; %% = of pgbench):\n\n", jvm(primary)
	line = "| scenario |"; rule = "| --- |"
	for (i = 1; i <= nsizes; i++) {
		h = heroes(size[i])
		line = line " " h " req/s | p50 | p99 | errors | pgbench/s | pgbench p50 | % |"
		rule = rule " ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	}
	print line; print rule
	for (o = 1; o <= 12; o++) {
		sc = order[o]
		line = "| " label[sc] " |"; any = 0
		for (i = 1; i <= nsizes; i++) {
			s = "service" SUBSEP primary SUBSEP size[i] SUBSEP sc
			p = "pgbench" SUBSEP "pgbench" SUBSEP size[i] SUBSEP sc
			if (s in value) {
				any = 1
				line = line " " rate(s, sc) " | " ms(p50[s]) " | " ms(p99[s]) " | " errors(s) " | " rate(p, sc) " | " ms(p50[p]) " | " ratio(s, p) " |"
			} else {
				line = line " | | | | | | |"
			}
		}
		if (any) print line
	}

	# 2. The Java configurations side by side, with their memory and start time.
	printf "\nJava 17 and 25, platform and virtual threads (req/s and %% of pgbench; p99 in ms):\n\n"
	line = "| |"; rule = "| --- |"
	for (c = 1; c <= ncolumns; c++) {
		line = line " " jvm(column_config[c]) ", " heroes(column_size[c]) " |"
		rule = rule " ---: |"
	}
	print line; print rule
	for (o = 1; o <= 12; o++) {
		sc = order[o]
		everywhere = 1
		for (c = 1; c <= ncolumns; c++)
			if (column_size[c] == smallest && !(("service" SUBSEP column_config[c] SUBSEP column_size[c] SUBSEP sc) in value))
				everywhere = 0
		if (!everywhere) continue
		line = "| " label[sc] " |"
		for (c = 1; c <= ncolumns; c++) {
			s = "service" SUBSEP column_config[c] SUBSEP column_size[c] SUBSEP sc
			p = "pgbench" SUBSEP "pgbench" SUBSEP column_size[c] SUBSEP sc
			line = line ((s in value) ? " " rate(s, sc) " = " ratio(s, p) ", p99 " ms(p99[s]) " |" : " |")
		}
		print line
	}
	line = "| peak RSS (VmHWM) |"
	for (c = 1; c <= ncolumns; c++) line = line " " value["process" SUBSEP column_config[c] SUBSEP column_size[c] SUBSEP "-"] " MB |"
	print line
	line = "| process start to first 200 |"
	for (c = 1; c <= ncolumns; c++) line = line " " sprintf("%.1f", p50["process" SUBSEP column_config[c] SUBSEP column_size[c] SUBSEP "-"] / 1000) " s |"
	print line

	# 3. The zero-error pass.
	for (k in value) {
		split(k, part, SUBSEP)
		if (part[1] == "high") { high_config = part[2]; high_size = part[3] }
	}
	if (high_config != "") {
		printf "\nThe zero-error pass: %s, %s heroes, one round per scenario at %s connections:\n\n", jvm(high_config), heroes(high_size), nclients["high" SUBSEP high_config SUBSEP high_size SUBSEP "hero"]
		print "| scenario | req/s | p50 | p99 | non-2xx | socket errors |"
		print "| --- | ---: | ---: | ---: | ---: | ---: |"
		for (o = 1; o <= 12; o++) {
			k = "high" SUBSEP high_config SUBSEP high_size SUBSEP order[o]
			if (k in value)
				print "| " label[order[o]] " | " commas(value[k]) " | " ms(p50[k]) " | " ms(p99[k]) " | " non2xx[k] " | " socket[k] " |"
		}
	}
	print ""
	print "`~`: the rounds did not settle within 5 % before the cap; the last round is shown."
}
