#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Discovery tier: `mailfix-cli suggest` inside the namespace of tests/netns/netlab.py,
against real dnsmasq, Postfix, Dovecot and an HTTPS server. One case per run:

    test_discovery.py --lab DIR --cli PATH CASE      exit 0 pass, 1 fail, 77 skipped
"""

import argparse
import json
import os
import subprocess
import sys
import time

SKIP = 77


class Fail(Exception):
    pass


def expect(cond, what, data=None):
    if not cond:
        extra = ""
        if isinstance(data, dict) and "candidates" in data:
            # One line per candidate first: a CI log that cuts the JSON still shows why.
            extra += "\n" + "\n".join(
                "  %s %s:%s ssl=%s %s (%s) %s+%sms: %s" % (
                    c.get("side"), c.get("host"), c.get("port"), c.get("ssl"), c.get("result"),
                    c.get("verified"), c.get("started_ms"), c.get("elapsed_ms"), c.get("detail", ""))
                for c in data["candidates"])
            extra += "\n  sources: %s\n  findings: %s" % (
                json.dumps(data.get("sources", {})), [f.get("code") for f in data.get("findings", [])])
        if data is not None:
            extra += "\n" + (json.dumps(data, indent=1)[:6000] if not isinstance(data, str) else data[:6000])
        raise Fail(what + extra)


class Lab:
    def __init__(self, d, cli, gui=None):
        self.dir = d
        self.cli = cli
        self.gui = gui
        self.info = json.load(open(os.path.join(d, "lab.json")))

    def suggest(self, *args, passwords=True, ns=None, fmt="json", command="suggest"):
        env = {"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"), "LANG": "C.UTF-8"}
        # The sanitizer run's options (CMakePresets.json "asan": the leak suppressions) go through.
        for k in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"):
            if k in os.environ:
                env[k] = os.environ[k]
        if passwords:
            env["MAILFIX_INCOMING_PASSWORD"] = self.info["password"]
            env["MAILFIX_OUTGOING_PASSWORD"] = self.info["password"]
        cmd = ["ip", "netns", "exec", ns or self.info["netns"], self.cli, command, "--ca-file",
               self.info["ca_file"], "--format", fmt] + list(args)
        t0 = time.monotonic()
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=60,
                           stdin=subprocess.DEVNULL)
        elapsed = time.monotonic() - t0
        out = r.stdout.decode("utf-8", "replace")
        err = r.stderr.decode("utf-8", "replace")
        # No output ever carries the password.
        expect(self.info["password"] not in out + err, "the password appears in the output")
        data = None
        if fmt == "json" and out.strip():
            try:
                data = json.loads(out)
            except ValueError:
                raise Fail("not JSON: " + out[:2000] + err[:2000])
        return r.returncode, data, out, err, elapsed


def side(data, s):
    return data["suggested"].get(s, {})


def cands(data, s=None, host=None):
    return [c for c in data["candidates"] if (s is None or c["side"] == s) and (host is None or c["host"] == host)]


def changes(data):
    return {c["field"]: (c["from"], c["to"]) for c in data["changes"]}


def codes(data):
    return [f["code"] for f in data["findings"]]


def winner_sources(data, s):
    sug = side(data, s)
    for c in cands(data, s, sug.get("host")):
        if c["port"] == sug.get("port") and c["result"] == "works":
            return c["source"]
    return []


def common_ok(data, rc, inc_host, inc_port, out_host, out_port, source):
    expect(rc == 0, "exit status %d, expected 0" % rc, data)
    expect(data["ok"] is True, "ok is not true", data)
    expect(side(data, "incoming").get("host") == inc_host and side(data, "incoming").get("port") == inc_port,
           "incoming should be %s:%d" % (inc_host, inc_port), data)
    expect(side(data, "outgoing").get("host") == out_host and side(data, "outgoing").get("port") == out_port,
           "outgoing should be %s:%d" % (out_host, out_port), data)
    expect(side(data, "incoming")["ssl"] is True and side(data, "outgoing")["ssl"] is True, "Use SSL on", data)
    expect(data["verified"] == {"incoming": "login", "outgoing": "relay"}, "verified login/relay", data)
    for s in ("incoming", "outgoing"):
        expect(source in winner_sources(data, s), "the %s winner should come from %s" % (s, source), data)
    ch = changes(data)
    expect(ch.get("incoming.host") == ("", inc_host), "change incoming.host", data)
    expect(ch.get("outgoing.host") == ("", out_host), "change outgoing.host", data)
    expect(not any(c == "discovery.stale" for c in codes(data)), "no stale warning expected", data)


def case_srv_only(lab):
    rc, d, *_ = lab.suggest("--email", "alice@srv.test", "--no-ispdb", "--timeout", "4")
    common_ok(d, rc, "box.srv.test", 993, "box.srv.test", 587, "srv")
    expect("not offered" in d["sources"].get("srv", ""), "SRV target '.' is reported as not offered", d)
    expect(not cands(d, "outgoing", "box.srv.test") or
           all(c["port"] != 465 or "srv" not in c["source"] for c in cands(d)), "_submissions '.' gives no candidate", d)


def case_autoconfig_only(lab):
    rc, d, *_ = lab.suggest("--email", "alice@ac.test", "--no-ispdb", "--timeout", "4")
    common_ok(d, rc, "box.ac.test", 993, "box.ac.test", 465, "autoconfig")


def case_wellknown_only(lab):
    rc, d, *_ = lab.suggest("--email", "alice@wk.test", "--no-ispdb", "--timeout", "4")
    common_ok(d, rc, "box.wk.test", 993, "box.wk.test", 587, "autoconfig")
    expect(".well-known" in d["sources"].get("autoconfig", ""), "the .well-known URL is named", d)


def case_ispdb_only(lab):
    rc, d, *_ = lab.suggest("--email", "alice@isp.test", "--ispdb-url", lab.info["ispdb_url"], "--timeout", "4")
    common_ok(d, rc, "box.isp.test", 993, "box.isp.test", 587, "ispdb")
    rc, d, *_ = lab.suggest("--email", "alice@isp.test", "--no-ispdb", "--timeout", "2")
    expect(rc == 1 and not cands(d, host="box.isp.test"), "--no-ispdb: the ISPDB is not asked", d)
    expect("no-ispdb" in d["sources"].get("ispdb", ""), "sources.ispdb says it was not asked", d)


def case_guessing(lab):
    # The phone has the classic wrong outgoing settings: port 25 without SSL.
    rc, d, *_ = lab.suggest("--email", "alice@guess.test", "--no-ispdb", "--timeout", "4",
                            "--outgoing-host", "smtp.guess.test", "--outgoing-port", "25", "--outgoing-ssl", "off",
                            "--incoming-host", "imap.guess.test")
    expect(rc == 0 and d["ok"], "guessing finds both", d)
    expect(side(d, "incoming")["host"] == "imap.guess.test" and side(d, "incoming")["port"] == 993, "imap", d)
    expect(side(d, "outgoing")["host"] == "smtp.guess.test" and side(d, "outgoing")["port"] in (587, 465),
           "submission port", d)
    ch = changes(d)
    expect(ch.get("outgoing.port", (None,))[0] == 25 and ch.get("outgoing.ssl") == (False, True),
           "changes: outgoing.port 25 -> 587/465, outgoing.ssl false -> true", d)
    expect("outgoing.host" not in ch and "incoming.host" not in ch, "the hosts were right", d)
    expect(all(c["source"] == ["guess"] for c in cands(d) if c["result"] == "works"), "source guess", d)
    expect(d["verified"] == {"incoming": "login", "outgoing": "relay"}, "verified", d)


def case_no_password(lab):
    rc, d, *_ = lab.suggest("--email", "alice@guess.test", "--no-ispdb", "--timeout", "4", passwords=False)
    expect(rc == 0 and d["verified"] == {"incoming": "connect", "outgoing": "connect"},
           "without passwords: server and TLS mode found, 'connect'", d)


def case_wrong_password(lab):
    env_pw = lab.info["password"]
    lab.info["password"] = "Wrong-Password-1"
    try:
        rc, d, *_ = lab.suggest("--email", "alice@srv.test", "--no-ispdb", "--timeout", "6")
    finally:
        lab.info["password"] = env_pw
    expect(rc == 1 and not d["ok"], "a wrong password is not ok", d)
    expect(any(c["result"] == "login_failed" for c in cands(d)), "login_failed candidates", d)
    expect("auth.failed" in codes(d), "auth.failed finding", d)


def case_stale(lab):
    rc, d, *_ = lab.suggest("--email", "alice@stale.test", "--no-ispdb", "--timeout", "4")
    expect(rc == 0 and side(d, "incoming")["host"] == "imap.stale.test", "the working guess wins", d)
    expect(all(c["result"] == "refused" for c in cands(d, host="old.stale.test") if c["result"] != "not_tried"),
           "the old host refuses", d)
    stale = [f for f in d["findings"] if f["code"] == "discovery.stale"]
    expect(stale and all(f["severity"] == "warning" for f in stale), "discovery.stale warning", d)
    expect(any(f.get("params", {}).get("source") == "autoconfig" and "old.stale.test" in f["evidence"]
               for f in stale), "names autoconfig and the old host", d)


def case_drop(lab):
    rc, d, _, _, elapsed = lab.suggest("--email", "alice@drop.test", "--no-ispdb", "--timeout", "4")
    expect(rc == 0 and side(d, "incoming")["host"] == "imap.drop.test" and side(d, "outgoing")["host"] == "smtp.drop.test",
           "the guesses win over the dropping SRV target", d)
    expect(all(c["result"] != "works" for c in cands(d, host="slow.drop.test")), "slow.drop.test never works", d)
    expect(elapsed < 4.0, "the suggestion arrives before one step deadline (%.1fs)" % elapsed, d)


def case_cert_mismatch(lab):
    # The names of cert.test are not in the certificate: no password may go there.
    mark = "cert-mismatch-%d" % os.getpid()
    rc, d, *_ = lab.suggest("--email", "alice@cert.test", "--no-ispdb", "--timeout", "3")
    expect(rc == 1 and not d["ok"], "nothing verified", d)
    tried = [c for c in cands(d) if c["result"] != "not_tried"]
    expect(tried and all(c["result"] in ("cert_failed", "refused", "timeout", "tls_failed") for c in tried),
           "certificate failures", d)
    log = open(os.path.join(lab.dir, "mail", "dovecot.log"), errors="replace").read()
    expect("alice@cert.test" not in log, "no login for alice@cert.test ever reached Dovecot", log[-3000:])


def case_malformed_email(lab):
    for bad in ("not-an-address", "a@@b", "@cert.test", "x@", "a b@c.test"):
        rc, d, out, err, _ = lab.suggest("--email", bad, "--no-ispdb")
        expect(rc == 2 and out == "" and err.count("\n") == 1 and "email" in err,
               "malformed %r: exit 2, one line on stderr (rc=%d)" % (bad, rc), err + out)


def case_nonexistent_domain(lab):
    rc, d, _, _, elapsed = lab.suggest("--email", "alice@none.test", "--no-ispdb", "--timeout", "3")
    expect(rc == 1 and "dns.not_found" in codes(d), "dns.not_found for a domain with nothing", d)
    expect(elapsed < 5, "fast (%.1fs)" % elapsed, d)


def case_dns_silent(lab):
    rc, d, _, _, elapsed = lab.suggest("--email", "alice@srv.test", "--no-ispdb", "--timeout", "2",
                                       ns=lab.info["netns_no_dns"])
    expect(rc == 1 and "dns.failure" in codes(d), "dns.failure when the resolver never answers", d)
    expect(elapsed < 10, "bounded by the overall deadline (%.1fs)" % elapsed, d)


def bad_autoconfig(lab, domain, words):
    rc, d, _, _, elapsed = lab.suggest("--email", "alice@" + domain, "--no-ispdb", "--timeout", "4")
    expect(any(w in d["sources"].get("autoconfig", "") for w in words),
           "sources.autoconfig says %r" % (words,), d)
    expect(rc == 0 and side(d, "incoming")["host"] == "imap." + domain, "the guesses still work", d)
    expect(elapsed < 6, "bounded (%.1fs)" % elapsed, d)
    return d


def case_huge_autoconfig(lab):
    bad_autoconfig(lab, "huge.test", ["larger than"])


def case_malformed_xml(lab):
    bad_autoconfig(lab, "badxml.test", ["malformed XML"])


def case_external_entities(lab):
    d = bad_autoconfig(lab, "xxe.test", ["DTD"])
    expect("root:" not in json.dumps(d), "no file content from an external entity", d)


def case_redirect_loop(lab):
    bad_autoconfig(lab, "loop.test", ["redirect loop"])


def case_plain_http(lab):
    d = bad_autoconfig(lab, "plain.test", ["not HTTPS"])
    expect(not cands(d, host="trap.plain.test"), "nothing from plain HTTP is tried", d)
    log = open(lab.info["http_log"]).read() if os.path.exists(lab.info["http_log"]) else ""
    expect(not any(l.startswith("http ") for l in log.splitlines()), "no plain HTTP request was made", log)


def case_many_srv(lab):
    rc, d, _, _, elapsed = lab.suggest("--email", "alice@many.test", "--no-ispdb", "--timeout", "3")
    expect(len(cands(d, "incoming")) <= 60, "bounded number of candidates", d)
    expect(rc == 0 and side(d, "incoming")["host"] == "imap.many.test", "still finds imap.many.test", d)
    expect(elapsed < 8, "bounded (%.1fs)" % elapsed, d)


def case_text_output(lab):
    rc, _, out, _, _ = lab.suggest("--email", "alice@srv.test", "--no-ispdb", "--timeout", "4", fmt="text")
    expect(rc == 0 and "box.srv.test" in out and "Change on the phone" in out and "What was tried" in out,
           "text output", out)


def case_check_suggest(lab):
    rc, d, *_ = lab.suggest("--email", "alice@guess.test", "--incoming-host", "imap.guess.test",
                            "--outgoing-host", "old.stale.test", "--outgoing-user", "alice@guess.test",
                            "--incoming-user", "alice@guess.test", "--timeout", "3", "--suggest",
                            command="check")
    expect(rc == 1, "the check has errors", d)
    expect(d.get("suggested", {}).get("outgoing", {}).get("host") == "smtp.guess.test",
           "check --suggest adds the suggestion", d)
    expect(any(c["field"] == "outgoing.host" for c in d.get("changes", [])), "and the changes", d)
    expect("verified" in d, "and verified", d)


def case_wizard(lab):
    expect(lab.gui, "--gui PATH is needed for the wizard case")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAILFIX_NETLAB=os.path.join(lab.dir, "lab.json"))
    r = subprocess.run(["ip", "netns", "exec", lab.info["netns"], lab.gui], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, env=env, timeout=80)
    out = r.stdout.decode("utf-8", "replace")
    expect(r.returncode == 0, "the wizard's discovery tests failed", out)
    expect(lab.info["password"] not in out, "the password appears in the output")


CASES = {k[5:]: v for k, v in globals().items() if k.startswith("case_")}


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--lab", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--gui", help="mailfix_discovery_gui_tests (case wizard)")
    ap.add_argument("case", choices=sorted(CASES) + ["list"])
    a = ap.parse_args(argv)
    if a.case == "list":
        print(";".join(sorted(CASES)))
        return 0
    skip = os.path.join(a.lab, "SKIP")
    if os.path.exists(skip):
        print("SKIPPED: the network namespace lab could not be built: " + open(skip).read().strip())
        return SKIP
    if not os.path.exists(os.path.join(a.lab, "lab.json")):
        print("SKIPPED: no lab (run tests/netns/netlab.py start --dir %s as root)" % a.lab)
        return SKIP
    try:
        CASES[a.case](Lab(a.lab, a.cli, a.gui))
    except Fail as e:
        print("FAILED: %s" % e)
        return 1
    print("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
