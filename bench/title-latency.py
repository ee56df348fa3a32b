#!/usr/bin/env python3
# Time from rewriting a guide's title to its section page (a listing) carrying the new title, for any dev server.
# Usage: title-latency.py BASE_URL CORPUS_INPUT RUNS URL_FORMAT   (URL_FORMAT e.g. "/en/guides/{sec}/"; Hugo: "/guides/{sec}/")

# A title edit changes links and listings site-wide: the page polled is not the edited one. Each run picks the guide
# reload-latency.py would, puts its original text back afterwards and waits for that rebuild before the next run.
import glob, os, re, statistics, sys, time, urllib.request
base, root, runs, fmt = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
guides = sorted(p for p in glob.glob(os.path.join(root, "guides", "*", "*.md")) if p.count(".") == 1)
orig = {}; times = []; timeouts = 0; gave_up = False
GIVE_UP = 3
try:
    for run in range(runs):
        g = guides[(run * 97 + 13) % len(guides)]
        orig.setdefault(g, open(g, "rb").read())
        url = base + fmt.format(sec=os.path.basename(os.path.dirname(g)))
        marker = "TitleMarker%d%d" % (run, int(time.time()))
        time.sleep(1.0)
        edited = re.sub(r"^title: .*$", 'title: "%s"' % marker, orig[g].decode("utf-8"), count=1, flags=re.M)
        t0 = time.perf_counter()
        with open(g, "w", encoding="utf-8") as f: f.write(edited)
        while True:
            try:
                body = urllib.request.urlopen(url, timeout=10).read().decode("utf-8", "replace")
                if marker in body: break
            except Exception: pass
            if time.perf_counter() - t0 > 30: print("timeout", url); timeouts += 1; break
            time.sleep(0.005)
        times.append((time.perf_counter() - t0) * 1000)
        print("run %d: %.0f ms" % (run + 1, times[-1]))
        open(g, "wb").write(orig[g])
        time.sleep(1.5)
        # A server that never showed the title in the first runs has no figure; 30 s more per run would not give one.
        gave_up = timeouts == len(times) == GIVE_UP
        if gave_up: break
finally:
    for g, t in orig.items(): open(g, "wb").write(t)
print("median: none (the first %d runs timed out)" % GIVE_UP if gave_up else "median: %.0f ms" % statistics.median(times))
