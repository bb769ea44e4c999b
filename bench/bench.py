#!/usr/bin/env python3
"""The benchmark's data and bookkeeping, called by bench/run (standard library only).

  bench.py load    --api URL [--count N --seed S --workers W --stats FILE]
      generate N advice items (fixed seed: the same items every time) and load them through
      the staff API (sign in as the demo publisher, create, publish); items already there
      are skipped, so a second load costs seconds.
  bench.py capture --api URL --portal URL --out DIR [--count N --seed S]
      decide each scenario's URLs, fetch our own answers and keep their exact bytes in
      DIR/www (named by URL, for nginx) and the URL lists in DIR/urls/<scenario>.txt.
  bench.py report  --dir DIR --out FILE.md
      read the wrk outputs and RSS samples in DIR, print the table and write it as Markdown.
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PUBLISHER = ("publisher", "demo-password")  # README "Exploring the application": demo mode only
TOPIC_COUNT = 8  # the data set: 8 topics, all five areas
DETAIL_SLUGS = 200
# topics whose generated text reads naturally (the sensitive ones are left to real editors)
PREFERRED_TOPICS = ["burglary", "vehicle-crime", "fraud-and-scams", "cyber-crime",
                    "anti-social-behaviour", "rural-crime", "road-safety", "property-marking"]
TOPIC_PHRASES = {"road-safety": "road danger", "property-marking": "property theft"}
SEARCH_WORDS = ["padlock", "doorstep", "neighbours", "window", "marking",
                "lighting", "password", "bank", "vehicle", "report"]

# ---------------------------------------------------------------- HTTP

def http(method, url, body=None, token=None, timeout=60):
    """(status, headers, bytes); never raises for an HTTP status."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get_json(url):
    status, _, raw = http("GET", url)
    if status != 200:
        sys.exit(f"bench: GET {url} answered {status}: {raw[:300]!r}")
    return json.loads(raw)


def listing(api, collection):
    """Every item of a small public collection (topics, areas: one unpaged answer)."""
    return get_json(f"{api}/{collection}")["items"]


def taxonomy(api):
    all_topics, all_areas = listing(api, "topics"), listing(api, "areas")
    topics, areas = [t["slug"] for t in all_topics], [a["slug"] for a in all_areas]
    names = {t["slug"]: t["name"] for t in all_topics + all_areas}
    # the preferred topics first (burglary is the list scenario), then the API's order
    topics.sort(key=lambda s: PREFERRED_TOPICS.index(s) if s in PREFERRED_TOPICS else len(PREFERRED_TOPICS))
    for slug, phrase in TOPIC_PHRASES.items():
        if slug in names:
            names[slug + "/phrase"] = phrase
    return topics[:TOPIC_COUNT], areas, names

# ---------------------------------------------------------------- generated content

TITLES = [
    "How to {verb} {topic_l} in {area}",
    "{topic} advice for {people}",
    "{topic}: what {people} can do",
    "Five ways to {verb} {topic_l}",
    "{topic} in {area}: a guide for {people}",
    "Staying safe from {topic_l} this {season}",
    "{topic}: spotting the warning signs",
    "What to do after {topic_l}",
    "{topic} and your {thing}",
    "Protect your {thing} from {topic_l}",
]
VERBS = ["prevent", "reduce", "avoid", "report", "stop", "protect against"]
PEOPLE = ["residents", "older people", "families", "students", "landlords", "small businesses",
          "farmers", "commuters", "carers", "new tenants"]
SEASONS = ["winter", "summer", "spring", "autumn", "holiday season", "festival season"]
THINGS = ["home", "car", "shed", "bike", "phone", "garden", "business", "van", "savings",
          "caravan", "farm machinery", "online accounts"]
SENTENCES = [
    "Most {topic_l} is opportunist: a few simple habits make your {thing} a much harder target.",
    "Officers in {area} see the same patterns every {season}, and most of them can be prevented.",
    "Fit a good padlock to gates, sheds and outbuildings, and keep the keys out of sight.",
    "Talk to your neighbours: a street that looks out for itself puts off people looking for an easy chance.",
    "Good outdoor lighting, on a sensor or timer, removes the cover that offenders rely on.",
    "Close and lock every window when you go out, even for a few minutes, including upstairs.",
    "Property marking with a postcode or a forensic marking kit makes stolen items hard to sell and easy to return.",
    "Never give your bank details, a PIN or a password to someone who calls you, however official they sound.",
    "Your bank will never ask you to move money to a safe account; hang up and call the number on your card.",
    "If a caller at the doorstep pressures you to decide today, close the door and ask someone you trust.",
    "Keep your vehicle locked, with nothing on show, and park in a well-lit place where you can.",
    "Register your {thing} on a recognised property database so it can be traced if it is stolen.",
    "Use a different strong password for each account and turn on two-step verification.",
    "Report anything suspicious: every report helps the neighbourhood team in {area} to plan patrols.",
    "If a crime is happening now or someone is in danger, call 999; otherwise call 101 or report online.",
    "Keep a record of serial numbers and photographs of valuable items, stored away from the items themselves.",
    "{people_c} can ask the neighbourhood team for a free crime prevention visit.",
    "Consider joining or starting a watch scheme in your street or village.",
    "Trust your instincts: if something feels wrong, it usually is, and it is fine to say no.",
    "Check who you are dealing with before you pay: look for reviews, a landline and a real address.",
    "Lock tools and ladders away, because they are often used to break into the house next door.",
    "Timer switches on lamps and radios make an empty house look lived in after dark.",
    "Prevention works best when residents, partners and the police work on the same problem together.",
    "Victims are never to blame, and support is available whether or not you report to the police.",
    "Share this advice with {people} you know, especially anyone who lives alone.",
    "A visible deterrent, such as a steering lock, an alarm sticker or a camera, makes offenders move on.",
    "Criminals often return to the same places, so fix weak points as soon as you notice them.",
    "Look out for unfamiliar vehicles or people paying close attention to properties in your road.",
]
HEADINGS = [
    "Why it matters", "Simple steps that work", "At home", "When you are out",
    "Online and on the phone", "If it happens to you", "Getting help and support",
    "Working with your neighbours", "Spotting the signs", "What the police are doing in {area}",
    "Protecting your {thing}", "Reporting it",
]


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def generate(count, seed, topics, areas, names):
    """The benchmark's items: the same list for the same seed, taxonomy and count."""
    rnd = random.Random(seed)
    items = []
    for i in range(count):
        item_topics = rnd.sample(topics, 1 if rnd.random() < 0.7 else 2)
        item_areas = [] if rnd.random() < 0.15 else rnd.sample(areas, rnd.choice([1, 1, 1, 2]))
        words = {
            "topic": names[item_topics[0]],
            "topic_l": names.get(item_topics[0] + "/phrase", names[item_topics[0]].lower()),
            "area": names[item_areas[0]] if item_areas else "West Mercia",
            "people": rnd.choice(PEOPLE),
            "season": rnd.choice(SEASONS),
            "thing": rnd.choice(THINGS),
            "verb": rnd.choice(VERBS),
        }
        words["people_c"] = words["people"].capitalize()
        fill = lambda text: text.format(**words)
        title = next(t for t in (fill(rnd.choice(TITLES)) for _ in range(20)) if len(t) <= 65)
        title = title[0].upper() + title[1:]
        summary = fill(rnd.choice(SENTENCES))
        if len(summary) > 160:
            summary = summary[:157].rsplit(" ", 1)[0] + "..."
        target = rnd.randint(3000, 5000)
        body = "<p>" + " ".join(fill(s) for s in rnd.sample(SENTENCES, 3)) + "</p>"
        for heading in rnd.sample(HEADINGS, len(HEADINGS)):
            section = "<h2>" + fill(heading) + "</h2>"
            section += "<p>" + " ".join(fill(s) for s in rnd.sample(SENTENCES, rnd.randint(2, 4))) + "</p>"
            if rnd.random() < 0.5:
                section += "<ul>" + "".join(
                    "<li>" + fill(s) + "</li>" for s in rnd.sample(SENTENCES, rnd.randint(3, 5))) + "</ul>"
            if len(body) + len(section) > 5000:
                continue  # too long to fit: try the next, shorter section
            body += section
            if len(body) >= target:
                break
        items.append({
            "slug": f"{slugify(title)[:80]}-{i:04d}",
            "title": title,
            "summary": summary,
            "body": body,
            "topics": item_topics,
            "areas": item_areas,
        })
    return items


def items_for(api, count, seed):
    topics, areas, names = taxonomy(api)
    return generate(count, seed, topics, areas, names), topics, areas

# ---------------------------------------------------------------- load

def sign_in(api):
    status, _, raw = http("POST", f"{api}/auth/token",
                          {"username": PUBLISHER[0], "password": PUBLISHER[1]})
    if status != 200:
        sys.exit(f"bench: signing in as the demo publisher answered {status}: {raw[:300]!r}\n"
                 "       (demo accounts exist only in the run command's demo mode)")
    return json.loads(raw)["token"]


def cmd_load(args):
    items, _, _ = items_for(args.api, args.count, args.seed)
    if all(http("GET", f"{args.api}/advice/{items[i]['slug']}")[0] == 200 for i in (0, -1)):
        print(f"bench: the {len(items)} benchmark items are already published, loading skipped")
        return
    token = sign_in(args.api)
    counts, lock = {"created": 0, "existed": 0}, threading.Lock()

    def load_one(item):
        status, _, raw = http("POST", f"{args.api}/admin/advice", item, token)
        if status == 201:
            key = "created"
        elif status == 409:
            key = "existed"  # a previous, interrupted load got this far
        else:
            raise RuntimeError(f"create {item['slug']}: {status} {raw[:300]!r}")
        status, _, raw = http("POST", f"{args.api}/admin/advice/{item['slug']}/publish", None, token)
        if status not in (200, 409):  # 409: already published
            raise RuntimeError(f"publish {item['slug']}: {status} {raw[:300]!r}")
        with lock:
            counts[key] += 1
            done = counts["created"] + counts["existed"]
            if done % 250 == 0:
                print(f"bench:   {done}/{len(items)} loaded", flush=True)

    print(f"bench: loading {len(items)} advice items with {args.workers} clients...", flush=True)
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
        for future in [pool.submit(load_one, item) for item in items]:
            future.result()
    seconds = time.monotonic() - start
    stats = {"items": len(items), "created": counts["created"], "existed": counts["existed"],
             "seconds": round(seconds, 1), "items_per_second": round(len(items) / seconds, 1),
             "workers": args.workers, "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    print(f"bench: loaded {len(items)} items (create + publish each) in {seconds:.1f} s: "
          f"{stats['items_per_second']} items/s with {args.workers} clients")
    if args.stats:
        with open(args.stats, "w") as f:
            json.dump(stats, f)

# ---------------------------------------------------------------- capture

def scenarios(api, portal, count, seed):
    """(name, base URL, connections, paths): the URLs each scenario rotates through."""
    items, topics, areas = items_for(api, count, seed)
    step = max(1, len(items) // DETAIL_SLUGS)
    slugs = [item["slug"] for item in items[::step][:DETAIL_SLUGS]]
    api_path = urllib.parse.urlsplit(api).path
    q = lambda word: urllib.parse.quote(word)
    return [
        ("API advice list by topic", api, 32, [f"{api_path}/advice?topic={topics[0]}&sort=-published&size=20"]),
        ("API advice list by area", api, 32, [f"{api_path}/advice?area={areas[0]}&sort=-published&size=20"]),
        ("API advice detail (200 slugs)", api, 32, [f"{api_path}/advice/{s}" for s in slugs]),
        ("API text search (10 words)", api, 32,
         [f"{api_path}/advice?q={q(w)}&sort=-published&size=20" for w in SEARCH_WORDS]),
        ("API site search (10 words)", api, 32, [f"{api_path}/search?q={q(w)}&size=20" for w in SEARCH_WORDS]),
        ("Portal article page (200 slugs)", portal, 16, [f"/advice/{s}" for s in slugs]),
        ("Portal advice index", portal, 16, ["/advice"]),
        ("Portal advice index by topic", portal, 16, [f"/advice?topic={topics[0]}"]),
    ]


def cmd_capture(args):
    www, urls = os.path.join(args.out, "www"), os.path.join(args.out, "urls")
    os.makedirs(urls, exist_ok=True)
    meta = []
    for n, (name, base, connections, paths) in enumerate(scenarios(args.api, args.portal, args.count, args.seed)):
        origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(base))
        sizes, types = [], set()
        for path in paths:
            status, headers, raw = http("GET", origin + path)
            if status != 200:
                sys.exit(f"bench: GET {path} answered {status}: {raw[:300]!r}")
            # nginx finds it by try_files $uri$is_args$args.body (see run): the same URL, same bytes
            parsed = urllib.parse.urlsplit(path)
            file = www + urllib.parse.unquote(parsed.path) + ("?" + parsed.query if parsed.query else "") + ".body"
            os.makedirs(os.path.dirname(file), exist_ok=True)
            with open(file, "wb") as f:
                f.write(raw)
            sizes.append(len(raw))
            types.add(headers.get("Content-Type"))
        with open(os.path.join(urls, f"{n}.txt"), "w") as f:
            f.write("\n".join(paths) + "\n")
        meta.append({"id": n, "name": name, "connections": connections, "urls": len(paths),
                     "bytes": round(sum(sizes) / len(sizes)), "content_type": sorted(types),
                     "portal": base == args.portal})
        print(f"bench:   {name}: {len(paths)} URL(s), {sum(sizes) / len(sizes) / 1024:.1f} KB average")
    with open(os.path.join(args.out, "scenarios.json"), "w") as f:
        json.dump(meta, f, indent=1)
    # one Content-Type per side, as the API and portal send it
    for portal in (False, True):
        kinds = {t for m in meta if m["portal"] == portal for t in m["content_type"]}
        if len(kinds) != 1:
            sys.exit(f"bench: expected one Content-Type for {'portal' if portal else 'API'} answers, got {kinds}")
        with open(os.path.join(args.out, "portal.type" if portal else "api.type"), "w") as f:
            f.write(kinds.pop())

# ---------------------------------------------------------------- cold reads

def cmd_cold(args):
    """The first reads after a publication change (the API's read cache just emptied), timed one
    by one: a list, a detail and a search, each right after its own unpublish + publish."""
    items, topics, _ = items_for(args.api, args.count, args.seed)
    token = sign_in(args.api)
    moved = items[-1]["slug"]  # the one the change is made to
    reads = {
        "list by topic": f"{args.api}/advice?topic={topics[0]}&sort=-published&size=20",
        "detail": f"{args.api}/advice/{items[len(items) // 2]['slug']}",
        "text search": f"{args.api}/advice?q={urllib.parse.quote(SEARCH_WORDS[0])}&sort=-published&size=20",
    }
    timings = {name: [] for name in reads}
    for _ in range(args.rounds):
        for name, url in reads.items():
            for move in ("unpublish", "publish"):
                status, _, raw = http("POST", f"{args.api}/admin/advice/{moved}/{move}", None, token)
                if status != 200:
                    sys.exit(f"bench: {move} {moved} answered {status}: {raw[:300]!r}")
            start = time.perf_counter()
            status, _, _ = http("GET", url)
            timings[name].append((time.perf_counter() - start) * 1000)
            if status != 200:
                sys.exit(f"bench: GET {url} answered {status}")
            time.sleep(0.05)
    result = {name: {"p50": statistics.median(t), "max": max(t), "rounds": len(t)} for name, t in timings.items()}
    for name, r in result.items():
        print(f"bench:   first {name} after a publish: p50 {r['p50']:.1f} ms, max {r['max']:.1f} ms ({r['rounds']} rounds)")
    with open(args.out, "w") as f:
        json.dump(result, f)

# ---------------------------------------------------------------- report

def parse_wrk(path):
    if not os.path.exists(path):
        return None
    text = open(path).read()
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}

    def percentile(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
        return float(m.group(1)) * unit[m.group(2)] if m else None

    p95 = re.search(r"^Latency p95: ([\d.]+)ms$", text, re.M)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return {"rps": float(rps.group(1)) if rps else None, "p50": percentile(50),
            "p95": float(p95.group(1)) if p95 else None, "p99": percentile(99),
            "errors": (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0)}


def max_rss_mb(path):
    if not os.path.exists(path):
        return None
    values = [int(v) for v in open(path).read().split() if v.isdigit()]
    return round(max(values) / 1024) if values else None


def cpu_percent(path):
    """Payara's and MariaDB's CPU during the measured run, in % of one core (None: unknown)."""
    if not os.path.exists(path):
        return None, None
    p0, m0, p1, m1, t0, t1, hz = open(path).read().split()
    seconds = float(t1) - float(t0)
    share = lambda a, b: None if "-" in (a, b) else 100 * (int(b) - int(a)) / int(hz) / seconds
    return share(p0, p1), share(m0, m1)


def cmd_report(args):
    d = args.dir
    meta = json.load(open(os.path.join(d, "scenarios.json")))
    env = json.load(open(os.path.join(d, "env.json")))
    fmt = lambda v, spec: "n/a" if v is None else format(v, spec)
    rows = []
    for m in meta:
        ours, limit = parse_wrk(os.path.join(d, f"wrk-ours-{m['id']}.txt")), parse_wrk(os.path.join(d, f"wrk-nginx-{m['id']}.txt"))
        if ours is None or limit is None:
            continue
        ratio = 100 * ours["rps"] / limit["rps"] if ours["rps"] and limit["rps"] else None
        errors = "" if not (ours["errors"] or limit["errors"]) else f" (errors: ours {ours['errors']}, nginx {limit['errors']})"
        payara_cpu, mariadb_cpu = cpu_percent(os.path.join(d, f"cpu-{m['id']}.txt"))
        rows.append("| {} | {} | {} | {:.1f} | {} | {} | {} | {} / {} / {} | {} / {} / {} | {} | {} / {} |".format(
            m["name"] + errors, m["connections"], m["urls"], m["bytes"] / 1024,
            fmt(ours["rps"], ",.0f"), fmt(limit["rps"], ",.0f"), fmt(ratio, ".2f"),
            fmt(ours["p50"], ".1f"), fmt(ours["p95"], ".1f"), fmt(ours["p99"], ".1f"),
            fmt(limit["p50"], ".2f"), fmt(limit["p95"], ".2f"), fmt(limit["p99"], ".2f"),
            fmt(max_rss_mb(os.path.join(d, f"rss-ours-{m['id']}.txt")), "d"),
            fmt(payara_cpu, ".0f"), fmt(mariadb_cpu, ".0f")))
    cold_file = os.path.join(d, "cold.json")
    cold = json.load(open(cold_file)) if os.path.exists(cold_file) else {}
    cold_lines = [f"- first {name} after a publish (cache cold, one request at a time, {r['rounds']} rounds): "
                  f"p50 {r['p50']:.1f} ms, max {r['max']:.1f} ms" for name, r in cold.items()]
    load = env.get("load")
    loading = ("not measured in this run (items already present)" if not load else
               f"{load['items']} items (create + publish each) in {load['seconds']} s = "
               f"**{load['items_per_second']} items/s** with {load['workers']} clients")
    if not load and env.get("last_load"):
        last = env["last_load"]
        loading += f"; last measured {last['when']}: {last['items']} items in {last['seconds']} s = {last['items_per_second']} items/s"
    lines = [
        f"# Benchmark {env['date']}",
        "",
        f"- commit `{env['commit']}`{' (with uncommitted changes)' if env.get('dirty') else ''}, target {env['target']}",
        f"- machine: {env['nproc']} cores, {env['cpu']}, {env['memory']} memory; "
        f"load average {env['load_before']} before, {env.get('load_after', 'n/a')} after",
        f"- wrk -t1, after {env.get('jit_warmup', 0)} s of load over every API URL and as long over every portal URL "
        f"(JIT warm-up), {env['warmup']} s warm-up then {env['duration']} s per side and scenario; "
        "nginx serves the exact bytes our API and portal answered, on the same URLs, in the same run",
        f"- data: {env['count']} generated advice items (seed {env['seed']}) plus the demo content; loading: {loading}",
        "",
        "| scenario | conns | URLs | body KB | ours req/s | nginx req/s | ours/nginx % | ours p50 / p95 / p99 ms | nginx p50 / p95 / p99 ms | Payara RSS MB | CPU % Payara / MariaDB |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"Payara RSS (max sampled, MB): {fmt(max_rss_mb(os.path.join(d, 'rss-ours-all.txt')), 'd')} during the run, "
        f"{env.get('rss_after', 'n/a')} after it; nginx (master and workers): "
        f"{fmt(max_rss_mb(os.path.join(d, 'rss-nginx-all.txt')), 'd')}. "
        "CPU is % of one core during our measurement (the machine has "
        f"{env['nproc']}); MariaDB's only when this run started the portal.",
        "",
        *cold_lines,
        *([""] if cold_lines else []),
    ]
    text = "\n".join(lines)
    print(text)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(text)
    print(f"bench: table written to {args.out}")

# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("load", "capture"):
        p = sub.add_parser(name)
        p.add_argument("--api", required=True, help="content API base, e.g. http://localhost:18080/api/v1")
        p.add_argument("--count", type=int, default=2000)
        p.add_argument("--seed", type=int, default=8)
        if name == "load":
            p.add_argument("--workers", type=int, default=4)
            p.add_argument("--stats", help="write the loading figures here as JSON")
        else:
            p.add_argument("--portal", required=True, help="portal base, e.g. http://localhost:18080")
            p.add_argument("--out", required=True)
    p = sub.add_parser("cold")
    p.add_argument("--api", required=True)
    p.add_argument("--count", type=int, default=2000)
    p.add_argument("--seed", type=int, default=8)
    p.add_argument("--rounds", type=int, default=20)
    p.add_argument("--out", required=True)
    p = sub.add_parser("report")
    p.add_argument("--dir", required=True)
    p.add_argument("--out", required=True)
    args = parser.parse_args()
    if getattr(args, "api", None):
        args.api = args.api.rstrip("/")
    {"load": cmd_load, "capture": cmd_capture, "cold": cmd_cold, "report": cmd_report}[args.command](args)


if __name__ == "__main__":
    main()
