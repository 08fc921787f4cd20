#!/usr/bin/env python3
"""Issue 14's cases, measured against whichever feedtool is on PYTHONPATH: the before/after table.

Usage (from outside the worktree, so that PYTHONPATH decides which feedtool runs):
    cd /tmp && PYTHONPATH=/path/to/old/tree   /path/to/.venv/bin/python /path/to/bench/issue14_probe.py
    cd /tmp && PYTHONPATH=/path/to/this/tree  /path/to/.venv/bin/python /path/to/bench/issue14_probe.py
    ... issue14_probe.py drip diff attrs symlink shadow fifo digits maxsize new serve   (a selection)

Prints one JSON line per case: exit code (or "still running" at the probe's own time limit),
seconds, and a note. The SSRF case needs a network namespace: see tests/test_download.py.
"""
import json, os, re, shutil, socket, socketserver, struct, subprocess, sys, tempfile, threading, time
from pathlib import Path
PY = sys.executable
REPO = Path(__file__).resolve().parent.parent
ENV = dict(os.environ)
FEED = (REPO / "tests/fixtures/validate/core/valid-rss.xml").read_bytes()
STORE_FIX = REPO / "tests/fixtures/store"
tmp = Path(tempfile.mkdtemp())

def run(args, timeout, **kw):
    start = time.monotonic()
    try:
        p = subprocess.run([PY, "-m", "feedtool", *args], capture_output=True, text=True, timeout=timeout, env=ENV, **kw)
        return {"rc": p.returncode, "s": round(time.monotonic() - start, 2), "out": (p.stdout + p.stderr)}
    except subprocess.TimeoutExpired as e:
        return {"rc": "still running", "s": timeout, "out": ""}

def out(case, r, extra=""):
    print(json.dumps({"case": case, "rc": r["rc"], "seconds": r["s"], "note": extra}), flush=True)

class Drip(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.recv(65536); start = time.monotonic()
        try:
            if self.server.kind == "headers":
                self.request.sendall(b"HTTP/1.1 200 OK\r\n")
                for n in range(90):
                    if time.monotonic() - start > 60: return
                    self.request.sendall(b"X-S-%d: 1\r\n" % n); time.sleep(0.5)
                return
            self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 9999999\r\n\r\n")
            while time.monotonic() - start < 60:
                self.request.sendall(b"  "); time.sleep(1)
        except OSError: return
servers = {}
for kind in ("body", "headers"):
    s = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Drip); s.daemon_threads = True; s.kind = kind
    threading.Thread(target=s.serve_forever, daemon=True).start(); servers[kind] = f"http://127.0.0.1:{s.server_address[1]}/f.xml"

which = sys.argv[1:] or ["drip", "diff", "attrs", "symlink", "shadow", "fifo", "digits", "maxsize", "new", "serve"]
if "drip" in which:
    out("validate --timeout 5, body 2 bytes/s", run(["validate", "--timeout", "5", servers["body"]], 30))
    out("validate --timeout 5, a header every 0.5 s", run(["validate", "--timeout", "5", servers["headers"]], 60))
if "diff" in which:
    f = tmp / "f.xml"; f.write_bytes(FEED)
    out("diff URL (dripping body) file", run(["diff", servers["body"], str(f)], 40))
if "attrs" in which:
    attrs = " ".join(f'a{i}="v"' for i in range(50_000))
    w = tmp / "wide.xml"; w.write_bytes(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://e.org/</link><description>d</description><item {attrs}><title>x</title></item></channel></rss>'.encode())
    out(f"validate one element with 50,000 attributes ({w.stat().st_size//1000} kB)", run(["validate", str(w)], 90))
def store(name):
    d = tmp / name; d.mkdir(); shutil.copy(STORE_FIX / "_feed.yaml", d / "_feed.yaml"); shutil.copy(STORE_FIX / "base-entry.yaml", d / "base-entry.yaml"); return d
if "symlink" in which:
    d = store("s1"); el = tmp / "elders.yaml"; el.write_text("title: Van elders\npublished: 2012-12-20T10:00:00+01:00\nsummary: geheim elders\n"); os.symlink(el, d / "link.yaml")
    r = run(["build", "--store", str(d), "--out", str(tmp / "o1")], 30)
    pub = (tmp / "o1" / "atom.xml").exists() and "Van elders" in (tmp / "o1" / "atom.xml").read_text()
    out("entry symlinked to a file outside the store", r, f"published the outside file: {pub}; message names target: {str(el) in r['out']}")
if "shadow" in which:
    d = store("s2"); sh = tmp / "shadow"; sh.write_text("".join(f"user{n}: $6$geheim{n}$abcdef\n" for n in range(40))); os.symlink(sh, d / "shadow.yaml")
    r = run(["build", "--store", str(d), "--out", str(tmp / "o2")], 30)
    out("entry symlinked to a shadow-like file", r, f"lines of it printed: {r['out'].count('user')}; hash text printed: {'$6$' in r['out']}")
if "fifo" in which:
    d = tmp / "feeds"; d.mkdir(); (d / "a.xml").write_bytes(FEED); os.mkfifo(d / "pijp.xml")
    out("validate a directory holding a FIFO", run(["validate", str(d)], 20))
if "digits" in which:
    d = store("s3"); (d / "_feed.yaml").write_text((STORE_FIX / "_feed.yaml").read_text() + "limit: " + "9" * 5000 + "\n")
    out("limit: with 5,000 digits", run(["build", "--store", str(d), "--out", str(tmp / "o3")], 30))
if "maxsize" in which:
    out("--max-size 9999999999999G", run(["validate", "--max-size", "9999999999999G", str(REPO / "tests/fixtures/validate/core/valid-rss.xml")], 30))
if "new" in which:
    d = store("s4"); r = run(["new", "Nieuw bericht", "--store", str(d)], 30)
    text = (d / "nieuw-bericht.yaml").read_text()
    b = run(["build", "--store", str(d), "--out", str(tmp / "o4")], 30)
    pubd = "Nieuw bericht" in (tmp / "o4" / "atom.xml").read_text() if (tmp / "o4" / "atom.xml").exists() else False
    out("feedtool new, then build", b, f"draft line written: {bool(re.search(r'^draft: true', text, re.M))}; placeholder published: {pubd}")

if "serve" in which:
    site = tmp / "site"; site.mkdir(); (site / "rss.xml").write_bytes(FEED)
    (site / "big.xml").write_bytes(b"<rss>" + b" " * (8 << 20) + b"</rss>")
    proc = subprocess.Popen([PY, "-m", "feedtool", "serve", "--out", str(site), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    port = int(re.search(r":(\d+)/", proc.stdout.readline()).group(1))

    def status(key):
        return next(int(l.split()[1]) for l in open(f"/proc/{proc.pid}/status") if l.startswith(key + ":"))

    def ex(raw, wait=3.0):
        s = socket.create_connection(("127.0.0.1", port), timeout=wait); s.sendall(raw); b = b""
        try:
            while (c := s.recv(65536)):
                b += c
        except TimeoutError:
            pass
        s.close(); return b

    GET = b"GET /rss.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    ex(GET)
    rss0, threads0 = status("VmRSS"), status("Threads")
    slow = []
    for _ in range(500):
        s = socket.create_connection(("127.0.0.1", port), timeout=5); s.sendall(b"GET /rss.xml HTTP/1.1\r\nX-Slow: "); slow.append(s)
    time.sleep(1)
    t = time.monotonic(); answer = ex(GET, 30); secs = round(time.monotonic() - t, 3)
    note = f"{answer[:12]!r} in {secs} s; memory +{(status('VmRSS') - rss0) / 1024:.1f} MB; threads {threads0} -> {status('Threads')}"
    print(json.dumps({"case": "serve: a normal request beside 500 slowloris clients", "rc": "-", "seconds": secs, "note": note}), flush=True)
    for s in slow:
        s.close()
    time.sleep(1)
    host = ex(b"GET /rss.xml HTTP/1.1\r\nHost: rebound.attacker.example\r\nConnection: close\r\n\r\n")[:30]
    print(json.dumps({"case": "serve: Host rebound.attacker.example", "rc": "-", "seconds": 0, "note": host.decode("latin-1")}), flush=True)
    smuggled = GET
    answer = ex(b"POST /rss.xml HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n\r\n" % len(smuggled) + smuggled)
    print(json.dumps({"case": "serve: POST whose body is a request", "rc": "-", "seconds": 0, "note": f"responses: {answer.count(b'HTTP/1.1 ')}"}), flush=True)
    for _ in range(20):
        s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"GET /big.xml HTTP/1.1\r\nHost: localhost\r\n\r\n")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)); s.close()
    time.sleep(2)
    ex(b"GET /\x1b]0;pwned\x07 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    time.sleep(0.5); proc.terminate(); _, err = proc.communicate(timeout=20)
    print(json.dumps({"case": "serve: 20 clients hanging up, one path with escapes", "rc": "-", "seconds": 0,
                      "note": f"tracebacks on stderr: {err.count('Traceback')}; stderr lines: {len(err.splitlines())}; raw ESC on the console: {chr(27) + ']0;pwned' in err}"}), flush=True)
