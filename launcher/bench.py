#!/usr/bin/env python3
"""./photoshare bench: what a visitor and a user ask of the running local stack, under wrk.

Seeds a reproducible data set through /api when it is absent (20 users, 200 photos of 1600x1200 made
with ImageMagick, 600 votes, 200 comments), then runs wrk (2 threads, 32 connections) on every row: a
warm-up of every row first, then SECONDS of each, and prints one table: req/s, its share of the static asset's rate (the
ceiling of this server on this machine, measured in the same run), p50, p99, non-2xx answers, the goal
of issue 14 and the load average. After the write rows it checks that vote-war's counts match its vote
rows and that every acknowledged comment was stored.

Run by the launcher, which passes the stack's addresses in the environment (PHOTOSHARE_BENCH_*).
"""
import argparse
import concurrent.futures
import json
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

USERS = 20
PHOTOS = 200
VOTES = 600
COMMENTS = 200
PAGE = 10
PASSWORD = "benchmark password"

HERE = os.path.dirname(os.path.abspath(__file__))
GATEWAY = os.environ["PHOTOSHARE_BENCH_GATEWAY"]
HOME = os.environ["PHOTOSHARE_HOME"]


def call(method, path, body=None, token=None, content_type="application/json"):
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    request = urllib.request.Request(GATEWAY + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", content_type)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for attempt in range(5):
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                text = response.read()
                return response.status, json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            if error.code == 503 and attempt < 4:
                time.sleep(1 + attempt)
                continue
            return error.code, None


def user(n):
    """Signs in bench user n (registering it the first time); answers (id, token)."""
    name = "bench_u%02d" % n
    status, body = call("POST", "/api/auth/login", {"username": name, "password": PASSWORD})
    if status != 200:
        status, body = call("POST", "/api/users",
                            {"username": name, "email": name + "@bench.example", "password": PASSWORD})
        if status != 201:
            sys.exit("cannot sign in or register %s (HTTP %s)" % (name, status))
    return body["user"]["id"], body["token"]


def photos_of(user_id):
    """The user's photos, newest first, each as (id, title, commentCount)."""
    found, cursor = [], None
    while True:
        path = "/api/users/%s/photos?limit=100" % user_id + ("&cursor=" + cursor if cursor else "")
        status, page = call("GET", path)
        if status != 200:
            sys.exit("cannot list the photos of %s (HTTP %s)" % (user_id, status))
        found += [(p["id"], p["title"], p["commentCount"]) for p in page["items"]]
        cursor = page.get("nextCursor")
        if not cursor:
            return found


@functools.lru_cache(maxsize=None)
def imagemagick():
    """ImageMagick's convert itself: another `convert` may come first on the PATH."""
    for name in ("convert-im6.q16", "magick", "convert"):
        path = shutil.which(name)
        if path and b"ImageMagick" in subprocess.run([path, "-version"], capture_output=True).stdout:
            return path
    sys.exit("ImageMagick is missing (Debian: apt-get install imagemagick)")


def image(n, folder):
    """Photo n of the data set: one of ten soft plasma pictures (fixed seeds; about as compressible as a
    photo: a display variant of about 55 KB), its hue turned by n."""
    path = os.path.join(folder, "photo-%03d.jpg" % n)
    if not os.path.exists(path):
        base = os.path.join(folder, "base-%d.jpg" % (n % 10))
        if not os.path.exists(base):
            subprocess.run([imagemagick(), "-size", "1600x1200", "-seed", str(n % 10 + 1), "plasma:fractal",
                            "-blur", "0x40", "-quality", "90", base], check=True)
        subprocess.run([imagemagick(), base, "-modulate", "100,100,%d" % (n * 17 % 200), "-quality", "85", path],
                       check=True)
    return path


def upload(token, title, path):
    boundary = uuid.uuid4().hex
    with open(path, "rb") as f:
        content = f.read()
    body = b"".join([
        ("--%s\r\nContent-Disposition: form-data; name=\"title\"\r\n"
         "Content-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n" % (boundary, title)).encode(),
        ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
         "Content-Type: image/jpeg\r\n\r\n" % boundary).encode(),
        content, ("\r\n--%s--\r\n" % boundary).encode()])
    status, created = call("POST", "/api/photos", body, token, "multipart/form-data; boundary=" + boundary)
    if status != 201:
        sys.exit("upload of %s failed (HTTP %s)" % (title, status))
    return created["id"]


def seed(reseed):
    """The data set, completed where it is not there yet (made anew with reseed); answers (tokens, photo ids)."""
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        users = list(pool.map(user, range(1, USERS + 1)))
        owned = list(pool.map(lambda u: photos_of(u[0]), users))
    if reseed:
        print("deleting the data set's %d photos" % sum(len(o) for o in owned), flush=True)
        for (_, token), photos in zip(users, owned):
            for photo in photos:
                call("DELETE", "/api/photos/%d" % photo[0], token=token)
        owned = [[] for _ in users]
    per_user = PHOTOS // USERS
    missing = [(u, k) for u in range(USERS) for k in range(len(owned[u]), per_user)]
    if missing:
        print("seeding %d photos (1600x1200 JPEGs made with ImageMagick) ..." % len(missing), flush=True)
        folder = os.path.join(HOME, "bench", "images-v2")
        os.makedirs(folder, exist_ok=True)

        def add(item):
            u, k = item
            return upload(users[u][1], "bench photo %02d-%02d" % (u + 1, k + 1), image(u * per_user + k, folder))

        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            list(pool.map(add, missing))
        owned = [photos_of(u[0]) for u in users]
    ids = sorted(p[0] for photos in owned for p in photos[:per_user])

    # 600 votes: user u on 30 different photos, about three in four up; PUT sets, so it can run again.
    def votes_of(u):
        for j in range(VOTES // USERS):
            photo = ids[(u * 7 + j * 13) % len(ids)]
            status, _ = call("PUT", "/api/photos/%d/vote" % photo, {"value": -1 if (u + j) % 4 == 0 else 1},
                             users[u][1])
            if status != 200:
                sys.exit("vote failed (HTTP %s)" % status)

    comments = sum(p[2] for photos in owned for p in photos[:per_user])
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(votes_of, range(USERS)))
        if comments < COMMENTS:
            def comment(i):
                status, _ = call("POST", "/api/photos/%d/comments" % ids[i % len(ids)],
                                 {"text": "seed comment %d" % i}, users[i * 3 % USERS][1])
                if status != 201:
                    sys.exit("comment failed (HTTP %s)" % status)
            list(pool.map(comment, range(COMMENTS - comments)))
    return [t for _, t in users], ids


def write_lines(folder, name, lines):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write("\n".join(str(line) for line in lines) + "\n")
    return path


def wrk(args, seconds, connections):
    """Runs wrk on one row; answers its summary with the rate and the load average."""
    out = subprocess.run(["wrk", "--latency", "--timeout", "10s", "-t2", "-c%d" % connections, "-d%ds" % seconds,
                          "-s", os.path.join(HERE, "bench.lua"), GATEWAY, "--"] + args,
                         check=True, stdout=subprocess.PIPE, text=True).stdout
    result = json.loads([line for line in out.splitlines() if line.startswith("{")][-1])
    result["rate"] = result["requests"] / result["seconds"]
    result["load"] = open("/proc/loadavg").read().split()[0]
    return result


def sql(service, query):
    """One value from a service's own schema, as that service's database user (password by environment)."""
    env = dict(os.environ, MYSQL_PWD=open(os.path.join(HOME, "secrets", "db-" + service)).read().strip())
    out = subprocess.run(["mariadb", "--no-defaults", "-h127.0.0.1", "-P" + os.environ["PHOTOSHARE_BENCH_DB_PORT"],
                          "-u" + service, "-N", "-B", "photoshare_" + service, "-e", query],
                         env=env, check=True, stdout=subprocess.PIPE, text=True).stdout
    return int(out.strip())


def jvm_memory():
    """The resident memory (MB) of the six service JVMs, from their PID files."""
    total = 0
    for name in ["profile", "auth", "photo", "vote", "comment", "gateway"]:
        try:
            pid = open(os.path.join(HOME, "run", name + ".pid")).read().strip()
            for line in open("/proc/%s/status" % pid):
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) // 1024
        except OSError:
            pass
    return total


GOALS = {  # issue 14: share of the static rate, p99 (ms)
    "anonymous": (0.30, 50), "signed-in": (0.08, 100), "image": (0.50, 50), "home": (0.15, 100),
    "page": (0.08, None), "write": (None, None),
}


def main():
    parser = argparse.ArgumentParser(prog="./photoshare bench", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="measured seconds per row (default 10)")
    parser.add_argument("--warmup", type=int, default=5, help="warm-up seconds per row, all rows first (default 5)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    parser.add_argument("--reseed", action="store_true", help="delete the data set's photos and seed them again")
    options = parser.parse_args()

    tokens, ids = seed(options.reseed)
    folder = tempfile.mkdtemp(prefix="photoshare-bench-")
    token_file = write_lines(folder, "tokens", tokens)
    id_file = write_lines(folder, "ids", ids)
    rows = [("static asset /assets/app.js (ceiling)", None, ["paths", write_lines(folder, "static", ["/assets/app.js"])])]
    for timeline in ["newest", "hot", "trending"]:
        paths = write_lines(folder, timeline, ["/api/photos?timeline=%s&limit=%d" % (timeline, PAGE)])
        rows.append(("%s timeline, anonymous" % timeline, "anonymous", ["paths", paths]))
        rows.append(("%s timeline, signed in" % timeline, "signed-in", ["paths", paths, token_file]))
    for variant in ["thumb", "display"]:
        paths = write_lines(folder, variant, ["/api/photos/%d/image?variant=%s" % (i, variant) for i in ids])
        rows.append(("%s image" % variant, "image", ["paths", paths]))
    rows.append(("home page (HTML), anonymous", "home", ["paths", write_lines(folder, "home", ["/"])]))
    rows.append(("photo page (HTML), anonymous", "page",
                 ["paths", write_lines(folder, "page", ["/photo?id=%d" % i for i in ids])]))
    rows.append(("PUT vote", "write", ["vote", id_file, token_file]))
    rows.append(("POST comment", "write", ["comment", id_file, token_file]))

    bench_comments = "SELECT COUNT(*) FROM comment WHERE text LIKE 'benchmark comment %'"
    comments_before = [0]
    memory_at_rest = jvm_memory()
    peak_memory = memory_at_rest
    print("%d photos, %d users; wrk -t2 -c%d, %d s warm-up, %d s each; %s"
          % (len(ids), len(tokens), options.connections, options.warmup, options.seconds, GATEWAY), flush=True)
    # A JVM compiles a code path only once it runs hot: every row is warmed up before any is measured.
    if options.warmup:
        for label, kind, args in rows:
            wrk(args, options.warmup, options.connections)
    results = []
    for label, kind, args in rows:
        comments_before[0] = sql("comment", bench_comments)
        result = wrk(args, options.seconds, options.connections)
        results.append((label, kind, result))
        peak_memory = max(peak_memory, jvm_memory())
        print("  %-40s %8.0f req/s" % (label, result["rate"]), flush=True)

    static = results[0][2]["rate"]
    print()
    print("| what | req/s | of static | p50 | p99 | non-2xx | goal | load |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    writes = 0.0
    for label, kind, r in results:
        share, p99_goal = GOALS.get(kind, (None, None))
        goal = []
        if share:
            goal.append("≥ %d %%" % (share * 100))
        if p99_goal:
            goal.append("p99 ≤ %d ms" % p99_goal)
        if kind == "write":
            writes += r["rate"]
            goal.append("≥ 500/s together")
        errors = r["non2xx"] + r["socket_errors"]
        print("| %s | %.0f | %.1f %% | %.1f ms | %.1f ms | %d | %s | %s |"
              % (label, r["rate"], 100 * r["rate"] / static, r["p50_us"] / 1000, r["p99_us"] / 1000, errors,
                 ", ".join(goal) or "the ceiling", r["load"]))
    print()
    print("writes together: %.0f/s" % writes)

    mismatched = sql("vote", "SELECT COUNT(*) FROM photo p WHERE p.upvotes <> (SELECT COUNT(*) FROM vote v"
                             " WHERE v.photo_id = p.id AND v.value = 1) OR p.downvotes <> (SELECT COUNT(*)"
                             " FROM vote v WHERE v.photo_id = p.id AND v.value = -1)")
    comment = results[-1][2]
    acknowledged = comment["requests"] - comment["non2xx"]
    stored = sql("comment", bench_comments) - comments_before[0]
    print("vote counts that differ from their vote rows: %d" % mismatched)
    print("comments acknowledged %d, stored %d (up to %d more may have been in flight when wrk stopped)"
          % (acknowledged, stored, options.connections))
    print("service JVMs' resident memory: %d MB at rest, %d MB at most during the run" % (memory_at_rest, peak_memory))
    exact = mismatched == 0 and acknowledged <= stored <= acknowledged + options.connections
    if not exact:
        sys.exit("counts are not exact")


if __name__ == "__main__":
    main()
