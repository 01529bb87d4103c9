"""Load test: N concurrent users drive a mixed workload against `sangathan serve` on loopback.

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_national \
        .venv/bin/python bench/load.py --users 50 --seconds 600 [--think 1,5] [--workers 4] [--port 8765] \
            [--out bench/results/load_postgresql.md]

Starts `sangathan serve` itself (127.0.0.1 only) unless --url names one already running on loopback.
Each user is a thread with its own keep-alive connection (stdlib http.client: no dependency) and
loops over a weighted mix: unit dashboards (national, state, district), unit pages, people searches,
activity saves (POST /api/activities) and API reads (units, people, dashboards), waiting a think time
between requests (uniform MIN..MAX seconds, as a person reads a page; `--think 0` makes every user a
closed loop with no pause, which measures how many requests the server serves flat out). Bounded in users
and seconds. Every write the server acknowledged (201 with an id) is counted and checked afterwards
in the database: an acknowledged write that is not there is "lost".

Writes p50/p95/p99 per endpoint and the error count as a markdown table. Not a test.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote, urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")

LOAD_USER = "loadtest"
SESSION_BACKEND = "sangathan.accounts.backends.UserBackend"  # the backend a password login records


def setup_identity() -> dict:
    """A superuser for the load (created through the actions, so audited), a session and a token,
    and the ids the workload visits."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from sangathan.accounts.actions import CreateUser
    from sangathan.accounts.models import ApiToken
    from sangathan.org.models import Unit
    from sangathan.people.models import Person

    User = get_user_model()
    user = User.objects.filter(username=LOAD_USER).first()
    if user is None:
        system = User.objects.filter(is_superuser=True).order_by("id").first()
        user = CreateUser(system, source="cli", username=LOAD_USER, password="load-pass-123456",
                          superuser=True).run() if system else User.objects.create_superuser(
            LOAD_USER, password="load-pass-123456")
    s = SessionStore()
    s[SESSION_KEY], s[BACKEND_SESSION_KEY] = str(user.pk), SESSION_BACKEND
    s[HASH_SESSION_KEY] = user.get_session_auth_hash()
    s.create()
    token = ApiToken.issue(user, name="load test")
    root = Unit.objects.filter(depth=0).order_by("pk").first()
    states = list(Unit.objects.filter(parent=root).values_list("pk", flat=True)[:40])
    districts = list(Unit.objects.filter(parent_id__in=states).values_list("pk", flat=True)[:200])
    deep = list(Unit.objects.filter(depth__gte=3).order_by("pk").values_list("pk", flat=True)[:2000])
    people = list(Person.objects.order_by("pk").values_list("pk", "name_hi")[:2000])
    # people searches run as the manager of one mandal (most) and of one district (wider: ~1 M people
    # on the national set; see bench/results/people_search_postgresql.md)
    mandal = (Unit.objects.filter(level__key="mandal").order_by("pk").last()
              or Unit.objects.filter(pk__in=districts).order_by("pk").last() or root)
    wide = Unit.objects.filter(pk__in=districts).order_by("pk").last() or mandal
    sessions = {}
    for key, unit in (("mandal", mandal), ("district", wide)):
        manager = User.objects.filter(username=f"{LOAD_USER}_d{unit.pk}").first()
        if manager is None:
            from sangathan.accounts.actions import GrantRole

            manager = CreateUser(user, source="cli", username=f"{LOAD_USER}_d{unit.pk}", password="load-pass-123456").run()
            GrantRole(user, source="cli", user=manager, role="manager", unit=unit).run()
        m = SessionStore()
        m[SESSION_KEY], m[BACKEND_SESSION_KEY] = str(manager.pk), SESSION_BACKEND
        m[HASH_SESSION_KEY] = manager.get_session_auth_hash()
        m.create()
        sessions[key] = m.session_key
    local = list(Person.objects.filter(home_unit__path__startswith=mandal.path).values_list("name_hi", flat=True)[:500])
    return {"session": s.session_key, "token": token, "root": root.pk, "states": states, "districts": districts,
            "units": deep or districts, "people": [p for p, _ in people], "search_session": sessions["mandal"],
            "wide_search_session": sessions["district"],
            "names": [n.split()[0] for n in local if n] or ["राम"], "session_cookie": settings.SESSION_COOKIE_NAME}


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.error_samples: list[str] = []
        self.acked: list[int] = []
        self.unacked = 0  # writes sent whose answer was an error or never came
        self.timeline: list[tuple[float, str, bool, int]] = []  # (when, endpoint, ok, HTTP status or 0)

    def add(self, name: str, ms: float, ok: bool, detail: str = "", status: int = 0) -> None:
        with self.lock:
            self.times[name].append(ms)
            self.timeline.append((time.time(), name, ok, status))
            if not ok:
                self.errors[name] += 1
                if len(self.error_samples) < 20:
                    self.error_samples.append(f"{name}: {detail}"[:200])


class User(threading.Thread):
    def __init__(self, n: int, host: str, port: int, ident: dict, stats: Stats, until: float,
                 think: tuple[float, float] = (0.0, 0.0)) -> None:
        super().__init__(daemon=True)
        self.rng = random.Random(n)
        self.think = think
        self.host, self.port, self.who, self.stats, self.until = host, port, ident, stats, until
        self.conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: bytes | None = None, api: bool = False, session: str = ""):
        headers = {"Accept-Language": "hi"}
        if api:
            headers["Authorization"] = f"Bearer {self.who['token']}"
            headers["Content-Type"] = "application/json"
        else:
            headers["Cookie"] = f"{self.who['session_cookie']}={session or self.who['session']}"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                r = self.conn.getresponse()
                data = r.read()
                if r.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return r.status, data
            except (ConnectionError, http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 2 or method != "GET":
                    raise
        raise RuntimeError("unreachable")

    def op(self, name: str, method: str, path: str, body: bytes | None = None, api: bool = False,
           ok_status=(200,), session: str = "") -> tuple[int, bytes]:
        t = time.perf_counter()
        try:
            status, data = self.request(method, path, body, api, session)
        except Exception as exc:  # noqa: BLE001 - every failure is counted
            self.stats.add(name, (time.perf_counter() - t) * 1000, False, repr(exc))
            return 0, b""
        self.stats.add(name, (time.perf_counter() - t) * 1000, status in ok_status, f"HTTP {status} {data[:120]!r}",
                       status)
        return status, data

    def run(self) -> None:
        i, r = self.who, self.rng
        mix = [("dashboard national", 2), ("dashboard state", 4), ("dashboard district", 6), ("unit page", 14),
               ("people search", 8), ("people search district", 2),
               ("activity save", 6), ("api unit", 20), ("api person", 20),
               ("api dashboard", 10), ("api activities", 8)]
        names, weights = zip(*mix)
        if self.think[1]:
            time.sleep(r.uniform(0, self.think[1]))  # users arrive spread out, not in one burst
        while time.time() < self.until:
            if self.think[1]:
                time.sleep(min(r.uniform(*self.think), max(0.0, self.until - time.time())))
                if time.time() >= self.until:
                    break
            what = r.choices(names, weights)[0]
            if what == "dashboard national":
                self.op(what, "GET", f"/dashboards/unit/{i['root']}/")
            elif what == "dashboard state":
                self.op(what, "GET", f"/dashboards/unit/{r.choice(i['states'])}/")
            elif what == "dashboard district":
                self.op(what, "GET", f"/dashboards/unit/{r.choice(i['districts'])}/")
            elif what == "unit page":
                self.op(what, "GET", f"/units/{r.choice(i['units'])}/")
            elif what == "people search":
                self.op(what, "GET", f"/people/?q={quote(r.choice(i['names']))}", session=i["search_session"])
            elif what == "people search district":
                self.op(what, "GET", f"/people/?q={quote(r.choice(i['names']))}", session=i["wide_search_session"])
            elif what == "activity save":
                body = json.dumps({"title": f"भार परीक्षण बैठक {r.randrange(10**9)}", "unit_id": r.choice(i["districts"]),
                                   "kind": "meeting", "starts_at": "2026-11-30T10:00:00+05:30",
                                   "description": "भार " * int(os.environ.get("LOAD_WRITE_PAD", "0"))}).encode()
                status, data = self.op(what, "POST", "/api/activities", body, api=True, ok_status=(201,))
                with self.stats.lock:
                    if status == 201:
                        self.stats.acked.append(json.loads(data)["id"])
                    else:
                        self.stats.unacked += 1
            elif what == "api unit":
                self.op(what, "GET", f"/api/units/{r.choice(i['units'])}", api=True)
            elif what == "api person":
                self.op(what, "GET", f"/api/people/{r.choice(i['people'])}", api=True)
            elif what == "api dashboard":
                self.op(what, "GET", f"/api/dashboards/units/{r.choice(i['districts'])}", api=True)
            elif what == "api activities":
                self.op(what, "GET", f"/api/activities?unit_id={r.choice(i['districts'])}&limit=20", api=True)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else 0.0


def start_server(port: int, env: dict | None = None, workers: int = 1) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(ROOT / "manage.py"), "serve", "--host", "127.0.0.1", "--port",
                             str(port), "--threads", os.environ.get("LOAD_THREADS", "16"), "--workers", str(workers)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    for _ in range(120):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/login/")
            c.getresponse().read()
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("the server did not come up")


def lost_writes(ids: list[int]) -> int:
    from sangathan.activities.models import Activity

    found = 0
    for k in range(0, len(ids), 5000):
        found += Activity.objects.filter(pk__in=ids[k:k + 5000]).count()
    return len(ids) - found


def report(stats: Stats, users: int, seconds: float, lost: int, title: str, how: str = "") -> str:
    total = sum(len(v) for v in stats.times.values())
    lines = [f"### {title}", ""] + ([how, ""] if how else []) + [
             f"{users} concurrent users for {seconds:.0f} s, {total:,} requests ({total / seconds:.0f}/s); "
             f"errors: {sum(stats.errors.values())}; activity saves acknowledged: {len(stats.acked)}, "
             f"lost (acknowledged but not in the database): {lost}; saves not acknowledged: {stats.unacked}", "",
             "| endpoint | requests | errors | p50 | p95 | p99 |", "|---|---:|---:|---:|---:|---:|"]
    for name in sorted(stats.times):
        xs = stats.times[name]
        lines.append(f"| {name} | {len(xs):,} | {stats.errors[name]} | {pct(xs, 50):.1f} ms | {pct(xs, 95):.1f} ms | "
                     f"{pct(xs, 99):.1f} ms |")
    api = [x for k, v in stats.times.items() if k.startswith("api ") for x in v]
    lines += ["", f"API reads together: p50 {pct(api, 50):.1f} ms, p95 {pct(api, 95):.1f} ms, "
                  f"p99 {pct(api, 99):.1f} ms (mean {statistics.fmean(api) if api else 0:.1f} ms)"]
    if stats.error_samples:
        lines += ["", "First errors:", ""] + [f"- `{e}`" for e in stats.error_samples[:10]]
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--url", default=None, help="a server already running on 127.0.0.1")
    ap.add_argument("--out", default=None)
    ap.add_argument("--title", default=None)
    ap.add_argument("--think", default="1,5", help="MIN,MAX seconds a user pauses between requests; 0 for none")
    ap.add_argument("--workers", type=int, default=1, help="server processes (`sangathan serve --workers`)")
    a = ap.parse_args(argv)
    think = tuple(float(x) for x in a.think.split(","))
    think = (think[0], think[-1]) if think[-1] > 0 else (0.0, 0.0)
    a.users, a.seconds = min(a.users, 200), min(a.seconds, 1800)  # bounded
    ident = setup_identity()
    proc = None
    if a.url:
        u = urlparse(a.url)
        if u.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("loopback only")
        host, port = "127.0.0.1", u.port or 80
    else:
        host, port = "127.0.0.1", a.port
        proc = start_server(port, workers=a.workers)
    stats = Stats()
    try:
        start = time.time()
        threads = [User(n, host, port, ident, stats, start + a.seconds, think) for n in range(a.users)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(a.seconds + 60)
        elapsed = time.time() - start
    finally:
        if proc:
            proc.terminate()
            proc.wait(30)
    from django.db import connection

    title = a.title or f"Load on {connection.vendor}: mixed workload"
    how = (f"Think time {think[0]:g}-{think[1]:g} s between a user's requests" if think[1] else
           "No think time (closed loop: each user sends its next request as soon as the last is answered)")
    server = a.url or f"`sangathan serve --workers {a.workers} --threads {os.environ.get('LOAD_THREADS', '16')}`"
    text = report(stats, a.users, elapsed, lost_writes(stats.acked), title, f"{how}; server: {server}.")
    print(text)
    if a.out:
        Path(a.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
