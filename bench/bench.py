#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mailfix benchmark driver (run it through bench/run.sh, which starts the servers).

    bench.py --servers DIR/servers.json --cli PATH --wizard PATH [--runs N] [--rtt MS] [--out FILE]

Starts the latency proxies itself (bench/latency_proxy.py), runs every scenario N times
round-robin after one unrecorded warm-up, and prints a Markdown report (also written to
--out). Python 3 standard library only.
"""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Round trips the protocols need at best (TLS 1.3, TCP connect counted as one RTT).
FLOOR = {
    "smtp_starttls": (7, "connect, greeting, EHLO, STARTTLS, TLS 1.3, EHLO, AUTH PLAIN+MAIL+RCPT+RSET+QUIT pipelined"),
    "imap_starttls": (5, "connect, greeting, STARTTLS, TLS 1.3, CAPABILITY+LOGIN+LOGOUT pipelined"),
    "imap_implicit": (4, "connect, TLS 1.3, greeting (with CAPABILITY), AUTHENTICATE PLAIN (SASL-IR)+LOGOUT pipelined"),
}


# ---------------------------------------------------------------- helpers

def stats(values):
    v = sorted(x for x in values if x is not None)
    if not v:
        return None
    out = {"n": len(v), "median": statistics.median(v), "min": v[0], "max": v[-1]}
    if len(v) >= 4:
        q = statistics.quantiles(v, n=4, method="inclusive")
        out["q1"], out["q3"] = q[0], q[2]
    return out


def fmt_ms(s, unit="ms"):
    if s is None:
        return "n/a"
    txt = f"{s['median']:.0f} {unit} ({s['min']:.0f}–{s['max']:.0f}"
    if "q1" in s:
        txt += f"; IQR {s['q1']:.0f}–{s['q3']:.0f}"
    return txt + ")"


def run_timed(argv, env=None, stdin_bytes=None, timeout=60):
    """Runs argv; returns (wall seconds, exit code, stdout, stderr, peak RSS KB via wait4)."""
    t0 = time.monotonic()
    p = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE if stdin_bytes is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate(stdin_bytes, timeout=timeout)
    wall = time.monotonic() - t0
    return wall, p.returncode, out, err


def run_wait4(argv, env=None):
    """Runs argv with output to pipes read after exit; returns (wall s, rc, stdout, maxrss KB) from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        p = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return wall, p.returncode, out.read(), err.read(), ru.ru_maxrss


# ---------------------------------------------------------------- proxies

class Proxy:
    def __init__(self, upstream_host, ports, one_way_ms, tmpdir, name):
        self.ready = os.path.join(tmpdir, f"proxy-{name}.json")
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "latency_proxy.py"),
                                      "--upstream-host", upstream_host, "--ports", ",".join(ports),
                                      "--one-way-ms", str(one_way_ms), "--ready-file", self.ready],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while not os.path.exists(self.ready):
            if self.proc.poll() is not None:
                raise RuntimeError(f"proxy {name} failed: {self.proc.stderr.read().decode(errors='replace')}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"proxy {name} did not start")
            time.sleep(0.02)
        with open(self.ready) as f:
            self.info = json.load(f)

    def port(self, upstream_port):
        return int(self.info["ports"][str(upstream_port)].rsplit(":", 1)[1])

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# ---------------------------------------------------------------- transcript analysis

def flights(transcript, side):
    """Splits one side's transcript into waits: (label, start ms, end ms).

    A wait starts when the client acts (connects, sends a group of commands, starts
    TLS) and ends at the first thing that comes back (a server line or the end of the
    TLS handshake). Consecutive client lines are one flight (pipelined)."""
    out = []
    pending = None  # (label, t)
    for e in transcript:
        if e.get("server") != side:
            continue
        t, d, text = e["t_ms"], e["dir"], e["text"]
        if d == "*":
            if text.startswith("connecting to"):
                pending = ("connect" + (" + TLS" if "TLS from the first byte" in text else "") + " + greeting", t)
            elif text.startswith("no greeting yet"):
                if pending:
                    out.append((pending[0].replace(" + greeting", "") + " then silence until the TLS sniff",
                                pending[1], t))
                pending = ("sniff: 2nd connect + TLS + greeting", t)
            elif text.startswith("starting TLS"):
                pending = ("TLS handshake", t)
            elif re.match(r"TLS 1\.\d", text) and pending and ("TLS" in pending[0]):
                lbl = pending[0]
                if "greeting" in lbl:  # implicit TLS: handshake done, the greeting is a separate wait
                    out.append((lbl.replace(" + greeting", ""), pending[1], t))
                    pending = ("greeting", t)
                else:
                    out.append((lbl, pending[1], t))
                    pending = None
            continue
        if d == "C":
            words = text.split(" ")
            verb = words[1] if len(words) > 1 and re.fullmatch(r"[a-z]\d+", words[0]) else words[0]
            if pending is None:
                pending = ("C: " + verb, t)
            elif pending[0].startswith("C:"):
                pending = (pending[0] + "+" + verb, pending[1])
            continue
        if d == "S" and pending is not None:
            out.append((pending[0], pending[1], t))
            pending = None
    return out


def rtt_count(fl):
    """Round trips spent, counted from the protocol flow (each wait = 1, connect + greeting = 2)."""
    n = 0
    for lbl, _, _ in fl:
        if "silence" in lbl:
            n += 1  # the connect; the rest of that wait is the sniff timer, not round trips
        elif lbl.startswith(("connect", "sniff")):
            n += 1 + lbl.count("+ TLS") + lbl.count("+ greeting")
        else:
            n += 1
    return n


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--servers", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--wizard")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--rtt", type=float, default=50.0, help="round-trip time to add, ms (default 50)")
    ap.add_argument("--out")
    ap.add_argument("--json-out")
    ap.add_argument("--build-type", default="?")
    ap.add_argument("--build-commit", default="?", help="what the measured binaries were built from")
    a = ap.parse_args()

    with open(a.servers) as f:
        S = json.load(f)
    alice = S["users"]["alice"]
    ca = S["ca_file"]
    upstream = S["strict_host"]  # Dovecot behaves like a provider's server there
    sub, imap, imaps = S["smtp"]["submission"], S["imap"]["imap"], S["imap"]["imaps"]
    rtt = a.rtt
    tmp = tempfile.mkdtemp(prefix="mailfix-bench-")
    os.chmod(tmp, 0o755)
    proxies = []

    def cleanup(*_):
        for p in proxies:
            p.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(130))
    try:
        ports = [str(sub), str(imap), str(imaps)]
        p_rtt = Proxy(upstream, ports, rtt / 2, tmp, "rtt")
        proxies.append(p_rtt)
        p_zero = Proxy(upstream, ports, 0, tmp, "zero")
        proxies.append(p_zero)
        p_993 = None
        try:
            p_993 = Proxy(upstream, [f"{imaps}=127.0.0.1:993"], rtt / 2, tmp, "std993")
            proxies.append(p_993)
        except RuntimeError as e:
            print(f"note: no proxy on 127.0.0.1:993 ({str(e).strip().splitlines()[-1][:120]}); "
                  "that variant is skipped", file=sys.stderr)
        return bench(a, S, alice, ca, sub, imap, imaps, rtt, p_rtt, p_zero, p_993, tmp)
    finally:
        cleanup()


def bench(a, S, alice, ca, sub, imap, imaps, rtt, p_rtt, p_zero, p_993, tmp):
    env = dict(os.environ)
    env["MAILFIX_INCOMING_PASSWORD"] = alice["password"]
    env["MAILFIX_OUTGOING_PASSWORD"] = alice["password"]
    env.pop("QT_QPA_PLATFORM", None)
    host = "127.0.0.1"
    relay = S["foreign_recipient"]

    def mailfix_argv(proxy, imap_port, smtp_port):
        return [a.cli, "check", "--email", alice["email"],
                "--incoming-type", "imap", "--incoming-host", host, "--incoming-port", str(imap_port),
                "--incoming-ssl", "on", "--incoming-user", alice["user"],
                "--outgoing-host", host, "--outgoing-port", str(smtp_port), "--outgoing-ssl", "on",
                "--outgoing-user", alice["user"], "--ca-file", ca, "--relay-recipient", relay, "--format", "json"]

    def swaks_argv(proxy):
        return ["swaks", "--server", host, "--port", str(proxy.port(sub)), "--tls", "--tls-verify",
                "--tls-ca-path", ca, "--auth", "PLAIN", "--auth-user", alice["user"],
                "--auth-password", alice["password"], "--from", alice["email"], "--to", relay,
                "--quit-after", "RCPT", "--ehlo", "bench.example.test"]

    imap_input = f'a1 LOGIN {alice["user"]} {alice["password"]}\r\na2 LOGOUT\r\n'.encode()

    def openssl_argv(port, starttls):
        argv = ["openssl", "s_client", "-quiet", "-ign_eof", "-connect", f"{host}:{port}", "-CAfile", ca,
                "-verify_return_error", "-verify_ip", host]
        return argv[:2] + (["-starttls", "imap"] if starttls else []) + argv[2:]

    scenarios = {}  # name -> list of result dicts

    def add(name, r):
        scenarios.setdefault(name, []).append(r)

    def do_mailfix(name, proxy, imap_port, smtp_port, record=True):
        wall, rc, out, err, rss = run_wait4(mailfix_argv(proxy, imap_port, smtp_port), env)
        r = {"wall_ms": wall * 1000, "rc": rc, "rss_kb": rss}
        try:
            j = json.loads(out)
            r["elapsed_ms"] = j.get("elapsed_ms")
            r["ok"] = bool(j.get("ok")) and not j.get("findings")
            r["findings"] = [f.get("code") for f in j.get("findings", [])]
            tr = j.get("transcript", [])
            r["transcript"] = tr
            for side in ("incoming", "outgoing"):
                fl = flights(tr, side)
                r[side + "_flights"] = fl
                r[side + "_end_ms"] = max((e["t_ms"] for e in tr if e["server"] == side), default=None)
                r[side + "_rtts"] = rtt_count(fl)
        except (ValueError, TypeError):
            r["ok"] = False
            r["error"] = (err or out).decode(errors="replace")[-500:]
        if record:
            add(name, r)
        return r

    def do_swaks(name, proxy, record=True):
        wall, rc, out, err = run_timed(swaks_argv(proxy))
        text = out.decode(errors="replace")
        ok = rc == 0 and re.search(r"<~\s+250 2\.1\.5", text) is not None
        r = {"wall_ms": wall * 1000, "rc": rc, "ok": ok}
        if record:
            add(name, r)
        return r

    def do_openssl(name, port, starttls, record=True):
        wall, rc, out, err = run_timed(openssl_argv(port, starttls), stdin_bytes=imap_input)
        ok = b"a1 OK" in out
        r = {"wall_ms": wall * 1000, "rc": rc, "ok": ok}
        if not ok:
            r["error"] = (out + err).decode(errors="replace")[-400:]
        if record:
            add(name, r)
        return r

    plan = [
        ("mailfix_starttls_rtt", lambda rec: do_mailfix("mailfix_starttls_rtt", p_rtt, p_rtt.port(imap), p_rtt.port(sub), rec)),
        ("mailfix_implicit_rtt", lambda rec: do_mailfix("mailfix_implicit_rtt", p_rtt, p_rtt.port(imaps), p_rtt.port(sub), rec)),
    ]
    if p_993:
        plan.append(("mailfix_implicit993_rtt",
                     lambda rec: do_mailfix("mailfix_implicit993_rtt", p_993, 993, p_rtt.port(sub), rec)))
    plan += [
        ("mailfix_starttls_0", lambda rec: do_mailfix("mailfix_starttls_0", p_zero, p_zero.port(imap), p_zero.port(sub), rec)),
        ("mailfix_implicit_0", lambda rec: do_mailfix("mailfix_implicit_0", p_zero, p_zero.port(imaps), p_zero.port(sub), rec)),
        ("swaks_rtt", lambda rec: do_swaks("swaks_rtt", p_rtt, rec)),
        ("openssl_starttls_rtt", lambda rec: do_openssl("openssl_starttls_rtt", p_rtt.port(imap), True, rec)),
        ("openssl_implicit_rtt", lambda rec: do_openssl("openssl_implicit_rtt", p_rtt.port(imaps), False, rec)),
        ("swaks_0", lambda rec: do_swaks("swaks_0", p_zero, rec)),
        ("openssl_starttls_0", lambda rec: do_openssl("openssl_starttls_0", p_zero.port(imap), True, rec)),
        ("openssl_implicit_0", lambda rec: do_openssl("openssl_implicit_0", p_zero.port(imaps), False, rec)),
    ]
    print(f"Warm-up, then {a.runs} rounds of {len(plan)} scenarios (round-robin) ...", file=sys.stderr)
    for _, fn in plan:
        fn(False)
    for i in range(a.runs):
        for _, fn in plan:
            fn(True)
        print(f"  round {i + 1}/{a.runs} done", file=sys.stderr)

    # Peak RSS of the CLI, the classic way, once.
    time_v = None
    if os.path.exists("/usr/bin/time"):
        p = subprocess.run(["/usr/bin/time", "-v"] + mailfix_argv(p_zero, p_zero.port(imap), p_zero.port(sub)),
                           env=env, capture_output=True)
        m = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
        time_v = int(m.group(1)) if m else None

    # Wizard: start to first painted window, peak RSS.
    wiz = wizard_runs(a, S, alice, ca, env, p_zero, imap, sub, tmp) if a.wizard else None

    # Postfix's pipelining guard.
    guard_hits = []
    try:
        with open(S["logs"]["postfix"], errors="replace") as f:
            guard_hits = [l.strip() for l in f if re.search(r"improper command pipelining|synchronization", l, re.I)]
    except OSError:
        pass

    report = render(a, S, rtt, scenarios, time_v, wiz, guard_hits, p_993 is not None)
    print(report)
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w") as f:
            f.write(report)
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump({"scenarios": scenarios, "wizard": wiz, "cli_rss_time_v_kb": time_v,
                       "guard_hits": guard_hits}, f, indent=1, default=str)
    bad = [n for n, rs in scenarios.items() if not all(r.get("ok") for r in rs)]
    return 1 if bad or guard_hits else 0


def wizard_runs(a, S, alice, ca, env, p_zero, imap, sub, tmp):
    if not shutil.which("xvfb-run"):
        return {"error": "xvfb-run not found"}
    settings = os.path.join(tmp, "settings.json")
    with open(settings, "w") as f:
        json.dump({"account": {"email": alice["email"]},
                   "incoming": {"type": "imap", "host": "127.0.0.1", "port": p_zero.port(imap), "ssl": True,
                                "user": alice["user"]},
                   "outgoing": {"server": True, "host": "127.0.0.1", "port": p_zero.port(sub), "ssl": True,
                                "user": alice["user"]},
                   "ios": {"version": "17.4"}}, f)
    fp = os.path.join(HERE, "firstpaint.py")
    xvfb = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable, fp]
    res = {}
    p = subprocess.run(xvfb + ["--runs", str(a.runs + 1), "--", a.wizard, "--settings", settings, "--ca-file", ca],
                       env=env, capture_output=True, timeout=300)
    runs = [json.loads(l) for l in p.stdout.decode().splitlines() if l.startswith("{")]
    res["first_paint"] = runs[1:]  # the first run is the warm-up
    res["first_paint_error"] = p.stderr.decode(errors="replace")[-500:] if not runs else None
    # Peak RSS after a whole check in the wizard (--check runs it at once; 3 s is plenty at 0 ms).
    p = subprocess.run(xvfb + ["--runs", "1", "--settle", "3", "--", a.wizard, "--settings", settings,
                               "--ca-file", ca, "--check"], env=env, capture_output=True, timeout=120)
    runs = [json.loads(l) for l in p.stdout.decode().splitlines() if l.startswith("{")]
    res["after_check"] = runs[0] if runs else {"error": p.stderr.decode(errors="replace")[-500:]}
    return res


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for l in f:
                if l.startswith("model name"):
                    cpu = l.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/etc/os-release") as f:
            osr = dict(l.rstrip().split("=", 1) for l in f if "=" in l)
        distro = osr.get("PRETTY_NAME", "?").strip('"')
    except OSError:
        distro = "?"

    def ver(cmd, rx):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=10)
            m = re.search(rx, out.stdout + out.stderr)
            return m.group(1) if m else "?"
        except (OSError, subprocess.SubprocessError):
            return "?"
    try:
        commit = subprocess.run(["git", "-C", REPO, "describe", "--always", "--dirty"], capture_output=True,
                                text=True).stdout.strip()
    except OSError:
        commit = "?"
    return {"nproc": os.cpu_count(), "cpu": cpu, "kernel": platform.release(), "distro": distro,
            "postfix": ver(["postconf", "-d", "mail_version"], r"= (\S+)"),
            "dovecot": ver(["dovecot", "--version"], r"^(\S+)"),
            "openssl": ver(["openssl", "version"], r"OpenSSL (\S+)"),
            "swaks": ver(["swaks", "--version"], r"version (\S+)"), "commit": commit,
            "load": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def render(a, S, rtt, sc, time_v, wiz, guard_hits, have993):
    m = machine()
    L = []
    w = L.append
    w("# Mailfix benchmark")
    w("")
    w(f"Machine: {m['nproc']} CPUs, {m['cpu']}, Linux {m['kernel']}, {m['distro']}. "
      f"Postfix {m['postfix']}, Dovecot {m['dovecot']}, OpenSSL {m['openssl']}, swaks {m['swaks']}. "
      f"Load average at the end {m['load']}. Mailfix built from {a.build_commit} ({a.build_type} build; tree now at {m['commit']}). {a.runs} runs each after one warm-up, round-robin; "
      f"median (min–max; IQR). Times are whole-process wall times unless said otherwise.")
    w("")
    w(f"Network: bench/latency_proxy.py on loopback, {rtt / 2:g} ms each way = {rtt:g} ms RTT "
      f"(TCP connect modelled as 1.5 RTT before the upstream connect, so the greeting arrives at 2 RTT); "
      f"\"0 ms\" = the same proxy without delay. Servers: real Postfix + Dovecot (tests/servers), reached "
      f"on {S['strict_host']} so Dovecot acts like a provider's server (LOGINDISABLED before TLS).")
    w("")

    s_f, i_f, ii_f = FLOOR["smtp_starttls"][0], FLOOR["imap_starttls"][0], FLOOR["imap_implicit"][0]
    floor_st = max(s_f, i_f)
    floor_im = max(s_f, ii_f)

    def st(name, key="wall_ms"):
        rs = sc.get(name)
        return stats([r.get(key) for r in rs]) if rs else None

    def okcount(name):
        rs = sc.get(name, [])
        return f"{sum(1 for r in rs if r.get('ok'))}/{len(rs)}"

    w("## Round-trip floor (computed from the protocols)")
    w("")
    w("| work | RTTs | at %g ms | flow |" % rtt)
    w("|---|---:|---:|---|")
    for k, label in (("smtp_starttls", "SMTP submission, STARTTLS, login, relay test"),
                     ("imap_starttls", "IMAP STARTTLS login"), ("imap_implicit", "IMAP implicit-TLS login")):
        n, flow = FLOOR[k]
        w(f"| {label} | {n} | {n * rtt:.0f} ms | {flow} |")
    w(f"| **full check, IMAP STARTTLS ∥ SMTP** (concurrent: the larger side) | **{floor_st}** | "
      f"**{floor_st * rtt:.0f} ms** | |")
    w(f"| **full check, IMAP implicit TLS ∥ SMTP** | **{floor_im}** | **{floor_im * rtt:.0f} ms** | |")
    w("")

    w("## Results")
    w("")
    w("| measurement | median (min–max; IQR) | ok | RTTs used (transcript) |")
    w("|---|---|---|---|")

    def rtts(name):
        rs = sc.get(name)
        if not rs or "incoming_rtts" not in rs[0]:
            return ""
        i = statistics.median(r.get("incoming_rtts", 0) for r in rs)
        o = statistics.median(r.get("outgoing_rtts", 0) for r in rs)
        txt = f"IMAP {i:g}, SMTP {o:g}"
        if rtt > 0 and "_0" not in name:
            ti = statistics.median((r.get("incoming_end_ms") or 0) / rtt for r in rs)
            to = statistics.median((r.get("outgoing_end_ms") or 0) / rtt for r in rs)
            txt += f" (by time: {ti:.1f}, {to:.1f})"
        return txt

    rows = [
        (f"Mailfix full check, IMAP STARTTLS ∥ SMTP 587-style, {rtt:g} ms RTT", "mailfix_starttls_rtt"),
        (f"Mailfix full check, IMAP implicit TLS (non-standard port) ∥ SMTP, {rtt:g} ms RTT", "mailfix_implicit_rtt"),
    ]
    if have993:
        rows.append((f"Mailfix full check, IMAP implicit TLS on port 993 ∥ SMTP, {rtt:g} ms RTT",
                     "mailfix_implicit993_rtt"))
    rows += [
        ("Mailfix full check, IMAP STARTTLS ∥ SMTP, 0 ms", "mailfix_starttls_0"),
        ("Mailfix full check, IMAP implicit TLS ∥ SMTP, 0 ms", "mailfix_implicit_0"),
    ]
    for label, name in rows:
        w(f"| {label} | {fmt_ms(st(name))} | {okcount(name)} | {rtts(name)} |")
        w(f"| … same, in-process (`elapsed_ms` of the JSON) | {fmt_ms(st(name, 'elapsed_ms'))} | | |")
    base = {}
    for tag, r_ in (("rtt", f"{rtt:g} ms RTT"), ("0", "0 ms")):
        for label, name in ((f"swaks SMTP (STARTTLS, AUTH PLAIN, MAIL, RCPT, QUIT), {r_}", f"swaks_{tag}"),
                            (f"openssl s_client -starttls imap, LOGIN+LOGOUT, {r_}", f"openssl_starttls_{tag}"),
                            (f"openssl s_client (implicit TLS), LOGIN+LOGOUT, {r_}", f"openssl_implicit_{tag}")):
            w(f"| {label} | {fmt_ms(st(name))} | {okcount(name)} | |")
        # Sequential baseline: sum of the medians (a person runs one after the other).
        sw, o1, o2 = st(f"swaks_{tag}"), st(f"openssl_starttls_{tag}"), st(f"openssl_implicit_{tag}")
        if sw and o1:
            base[(tag, "starttls")] = sw["median"] + o1["median"]
            w(f"| **baseline swaks + openssl (STARTTLS IMAP), sequential, {r_}** | "
              f"**{base[(tag, 'starttls')]:.0f} ms** (sum of medians) | | |")
        if sw and o2:
            base[(tag, "implicit")] = sw["median"] + o2["median"]
            w(f"| baseline swaks + openssl (implicit-TLS IMAP), sequential, {r_} | "
              f"{base[(tag, 'implicit')]:.0f} ms (sum of medians) | | |")

    cli_rss = stats([r.get("rss_kb") for r in sc.get("mailfix_starttls_rtt", [])])
    w(f"| CLI peak RSS (wait4 ru_maxrss, full check) | {fmt_ms(cli_rss, 'KB')} | | |")
    if time_v:
        w(f"| CLI peak RSS (`/usr/bin/time -v`, one run) | {time_v} KB | | |")
    if wiz:
        fpr = wiz.get("first_paint") or []
        w(f"| wizard start → first window mapped (Xvfb) | "
          f"{fmt_ms(stats([r['map_s'] * 1000 for r in fpr if r.get('map_s')]))} | | |")
        w(f"| **wizard start → first painted window (Xvfb, XDamage)** | "
          f"**{fmt_ms(stats([r['paint_s'] * 1000 for r in fpr if r.get('paint_s')]))}** | "
          f"{sum(1 for r in fpr if r.get('painted_content'))}/{len(fpr)} drew content | |")
        w(f"| wizard peak RSS, 1 s after first paint | "
          f"{fmt_ms(stats([r.get('peak_rss_kb') for r in fpr]), 'KB')} | | |")
        ac = wiz.get("after_check") or {}
        w(f"| wizard peak RSS, `--check` (a whole check run), 3 s after first paint | "
          f"{ac.get('peak_rss_kb', 'n/a')} KB | | |")
    w("")

    w("Baseline flows (round trips at best): swaks without `--pipeline`: connect + greeting 2, EHLO, STARTTLS, "
      "TLS, EHLO, AUTH, MAIL, RCPT, QUIT = 10. `openssl s_client -starttls imap` sends CAPABILITY before STARTTLS: "
      "2 + CAPABILITY + STARTTLS + TLS + LOGIN/LOGOUT = 6. With implicit TLS s_client sends what is on stdin without "
      "waiting for the greeting: connect + TLS + LOGIN/LOGOUT = 3. LOGIN and LOGOUT come from a pipe at once, "
      "so the baseline is faster than a person typing them.")
    w("")
    # Ratios and targets.
    w("## Ratios and the issue's targets")
    w("")
    ms = st("mailfix_starttls_rtt")
    mi = st("mailfix_implicit_rtt")
    m9 = st("mailfix_implicit993_rtt")
    mse = st("mailfix_starttls_rtt", "elapsed_ms")
    w("| target | measured | met |")
    w("|---|---|---|")
    if ms:
        r1 = ms["median"] / (floor_st * rtt)
        w(f"| full check ≤ 1.2 × floor at {rtt:g} ms (STARTTLS IMAP ∥ SMTP; process wall time) | "
          f"{ms['median']:.0f} / {floor_st * rtt:.0f} ms = **{r1:.2f}×** | {'yes' if r1 <= 1.2 else 'NO'} |")
    if mse:
        r1e = mse["median"] / (floor_st * rtt)
        w(f"| … in-process check time only | {mse['median']:.0f} / {floor_st * rtt:.0f} ms = {r1e:.2f}× | "
          f"{'yes' if r1e <= 1.2 else 'NO'} |")
    if mi:
        r2 = mi["median"] / (floor_im * rtt)
        w(f"| … IMAP implicit TLS on a non-standard port | {mi['median']:.0f} / {floor_im * rtt:.0f} ms = "
          f"**{r2:.2f}×** | {'yes' if r2 <= 1.2 else 'NO'} |")
    if m9:
        r3 = m9["median"] / (floor_im * rtt)
        w(f"| … IMAP implicit TLS on port 993 | {m9['median']:.0f} / {floor_im * rtt:.0f} ms = **{r3:.2f}×** | "
          f"{'yes' if r3 <= 1.2 else 'NO'} |")
    if ms and ("rtt", "starttls") in base:
        r4 = base[("rtt", "starttls")] / ms["median"]
        w(f"| ≥ 2× faster than swaks + openssl at {rtt:g} ms | {base[('rtt', 'starttls')]:.0f} / "
          f"{ms['median']:.0f} ms = **{r4:.2f}×** | {'yes' if r4 >= 2 else 'NO'} |")
    m0 = st("mailfix_starttls_0")
    if m0 and ("0", "starttls") in base:
        r5 = base[("0", "starttls")] / m0["median"]
        w(f"| … the same at 0 ms | {base[('0', 'starttls')]:.0f} / {m0['median']:.0f} ms = {r5:.2f}× | "
          f"{'yes' if r5 >= 2 else 'NO'} |")
    if wiz and wiz.get("first_paint"):
        fp = stats([r["paint_s"] * 1000 for r in wiz["first_paint"] if r.get("paint_s")])
        if fp:
            w(f"| wizard first paint < 500 ms | {fp['median']:.0f} ms | {'yes' if fp['median'] < 500 else 'NO'} |")
    if cli_rss:
        w(f"| CLI peak RSS < 40 MB | {cli_rss['median'] / 1024:.1f} MiB | "
          f"{'yes' if cli_rss['median'] < 40 * 1024 else 'NO'} |")
    w("")

    # Where the time goes: per-wait breakdown of the median run.
    w(f"## Where the time goes (median run, {rtt:g} ms RTT)")
    w("")
    w("Each wait runs from what the client did to the first thing that came back. "
      "\"excess\" = wait − RTTs it should cost. Transcript times have 1 ms resolution.")
    for name in ("mailfix_starttls_rtt", "mailfix_implicit_rtt", "mailfix_implicit993_rtt"):
        rs = sc.get(name)
        if not rs:
            continue
        med = sorted(rs, key=lambda r: r.get("elapsed_ms") or 0)[len(rs) // 2]
        w("")
        w(f"**{name}** (elapsed {med.get('elapsed_ms')} ms, wall {med['wall_ms']:.0f} ms)")
        w("")
        w("| side | wait | from → to (ms) | took | RTTs | excess |")
        w("|---|---|---|---:|---:|---:|")
        for side in ("outgoing", "incoming"):
            for lbl, t0, t1 in med.get(side + "_flights", []):
                n = rtt_count([(lbl, t0, t1)])
                exp = n * rtt
                w(f"| {'SMTP' if side == 'outgoing' else 'IMAP'} | {lbl} | {t0}→{t1} | {t1 - t0} | {n} | "
                  f"{t1 - t0 - exp:+.0f} |")
    for name in ("mailfix_starttls_0", "mailfix_implicit_0"):
        rs = sc.get(name)
        if not rs:
            continue
        per = {}
        for r in rs:
            for side in ("outgoing", "incoming"):
                for i, (lbl, t0, t1) in enumerate(r.get(side + "_flights", [])):
                    per.setdefault((side, i, lbl), []).append(t1 - t0)
        w("")
        w(f"**{name}**: every wait, median (min–max) over the {len(rs)} runs, no added delay")
        w("")
        w("| side | wait | median ms | min–max |")
        w("|---|---|---:|---|")
        for (side, _, lbl), v in per.items():
            w(f"| {'SMTP' if side == 'outgoing' else 'IMAP'} | {lbl} | {statistics.median(v):g} | "
              f"{min(v)}–{max(v)} |")
    w("")
    # Pipelining guard.
    w("## Postfix pipelining guard")
    w("")
    if guard_hits:
        w(f"`smtpd_forbid_unauth_pipelining` FIRED {len(guard_hits)} time(s):")
        for l in guard_hits[:5]:
            w(f"    {l}")
    else:
        w("`smtpd_forbid_unauth_pipelining = yes`: no \"improper command pipelining\" or "
          "\"synchronization\" line in the Postfix log after all runs (Mailfix and swaks).")
    w("")
    fails = {n: [r for r in rs if not r.get("ok")] for n, rs in sc.items()}
    fails = {n: rs for n, rs in fails.items() if rs}
    if fails:
        w("## Failed runs")
        w("")
        for n, rs in fails.items():
            w(f"- {n}: {len(rs)} failed; first: {json.dumps({k: v for k, v in rs[0].items() if k in ('rc', 'findings', 'error')})[:300]}")
        w("")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    sys.exit(main())
