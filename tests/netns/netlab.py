#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small Internet of its own for Mailfix's discovery tests, in a network namespace.

    netlab.py start --dir DIR     namespaces, DNS, mail and HTTPS servers; prints DIR/lab.json
    netlab.py stop --dir DIR      stops everything, removes the namespaces (idempotent)
    netlab.py serve --dir DIR     (internal) the HTTPS/HTTP server, run inside the namespace

Inside namespace NS (loopback addresses of its own, /etc/netns/NS/resolv.conf):
dnsmasq answers the zones of every layout below, the real Postfix and Dovecot of
tests/servers/mailservers.py listen on the standard ports of two addresses, and a
python3 http.server with the test CA's certificate serves autoconfig files and an
ISPDB mirror on 443 (and a trap on 80). One address refuses connections, one drops
every packet (iptables). A second namespace NS-q has a resolver that never answers.
The product runs there unchanged: `ip netns exec NS mailfix-cli suggest ...`.
Needs root, iproute2, iptables, dnsmasq; Python 3 standard library only.
"""

import argparse
import hashlib
import http.server
import json
import os
import signal
import socket
import socketserver
import ssl
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MAILSERVERS = os.path.join(HERE, "..", "servers", "mailservers.py")

DNS = "127.0.10.53"
MAIL1 = "127.0.10.2"
MAIL2 = "127.0.10.3"
WEB = "127.0.10.4"
REFUSE = "127.0.10.5"   # nothing listens: connections are refused
DROP = "127.0.10.6"     # every packet dropped: connections time out
ADDRESSES = [DNS, MAIL1, MAIL2, WEB, REFUSE, DROP]
ISPDB_URL = "https://ispdb.lab.test/v1.1/"
# With --latency-ms (the benchmark), names point at these: latency proxies in front of
# the servers (bench/latency_proxy.py for TCP, a UDP relay for DNS).
PROXIED = {MAIL1: "127.0.20.2", MAIL2: "127.0.20.3", WEB: "127.0.20.4", DNS: "127.0.20.53"}
LATENCY_MS = 0
LATENCY_PROXY = os.path.join(HERE, "..", "..", "bench", "latency_proxy.py")
PROXY_PORTS = {MAIL1: [25, 465, 587, 143, 993, 110, 995], MAIL2: [25, 465, 587, 143, 993, 110, 995],
               WEB: [443, 80]}

# Layout domains: each is a separate "customer domain" in the same namespace.
LAYOUTS = ["srv.test", "ac.test", "wk.test", "isp.test", "guess.test", "stale.test", "drop.test",
           "huge.test", "badxml.test", "xxe.test", "loop.test", "plain.test", "many.test",
           "none.test", "cert.test"]
# Domains whose names the mail servers' certificate does not carry.
NOT_IN_CERT = {"cert.test"}
MANY_SRV = 1000


def log(msg):
    print("netlab: " + msg, file=sys.stderr, flush=True)


def names(d):
    ns = "mfd-" + hashlib.md5(os.path.abspath(d).encode()).hexdigest()[:8]
    return ns, ns + "-q"


def sh(*cmd, check=True, quiet=False):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check and r.returncode != 0:
        raise RuntimeError("%s: %s" % (" ".join(cmd), (r.stderr or r.stdout).strip()))
    return r


def config_xml(servers, name="Test Mail"):
    """Thunderbird clientConfig v1.1 for [(kind, host, port, socketType)]."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<clientConfig version="1.1">',
           '  <emailProvider id="lab.test">', '    <domain>lab.test</domain>',
           '    <displayName>%s</displayName>' % name]
    for kind, host, port, sock in servers:
        tag = "outgoingServer" if kind == "smtp" else "incomingServer"
        out += ['    <%s type="%s">' % (tag, kind), '      <hostname>%s</hostname>' % host,
                '      <port>%d</port>' % port, '      <socketType>%s</socketType>' % sock,
                '      <authentication>password-cleartext</authentication>',
                '      <username>%EMAILADDRESS%</username>', '    </%s>' % tag]
    out += ['  </emailProvider>', '</clientConfig>', '']
    return "\n".join(out).encode()


# Host header -> path -> ("xml", bytes) | ("redirect", url) | ("huge", n) | ("raw", bytes)
def routes():
    ac = config_xml([("imap", "box.ac.test", 993, "SSL"), ("smtp", "box.ac.test", 465, "SSL")])
    wk = config_xml([("imap", "box.wk.test", 993, "SSL"), ("smtp", "box.wk.test", 587, "STARTTLS")])
    isp = config_xml([("imap", "box.isp.test", 993, "SSL"), ("smtp", "box.isp.test", 587, "STARTTLS")])
    stale = config_xml([("imap", "old.stale.test", 993, "SSL"), ("smtp", "old.stale.test", 587, "STARTTLS")])
    trap = config_xml([("imap", "trap.plain.test", 143, "plain"), ("smtp", "trap.plain.test", 25, "plain")])
    xxe = (b'<?xml version="1.0"?>\n<!DOCTYPE clientConfig [\n'
           b'  <!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n'
           b'<clientConfig version="1.1"><emailProvider id="x"><incomingServer type="imap">'
           b'<hostname>&secret;</hostname><port>993</port><socketType>SSL</socketType>'
           b'</incomingServer></emailProvider></clientConfig>\n')
    bad = b'<?xml version="1.0"?>\n<clientConfig version="1.1"><emailProvider><incomingServer type="imap">' \
          b'<hostname>imap.badxml.test</hostname><port>993</port></incomingServer' 
    primary = "/mail/config-v1.1.xml"
    wellknown = "/.well-known/autoconfig/mail/config-v1.1.xml"
    return {
        "autoconfig.ac.test": {primary: ("xml", ac)},
        "wk.test": {wellknown: ("xml", wk)},
        "ispdb.lab.test": {"/v1.1/isp.test": ("xml", isp)},
        "autoconfig.stale.test": {primary: ("xml", stale)},
        "autoconfig.huge.test": {primary: ("huge", 8 * 1024 * 1024)},
        "autoconfig.badxml.test": {primary: ("raw", bad)},
        "autoconfig.xxe.test": {primary: ("raw", xxe)},
        "autoconfig.loop.test": {primary: ("redirect", "https://autoconfig.loop.test/b"),
                                 "/b": ("redirect", "https://autoconfig.loop.test" + primary)},
        "autoconfig.plain.test": {primary: ("redirect", "http://autoconfig.plain.test" + primary)},
        "plain:autoconfig.plain.test": {primary: ("xml", trap)},
    }


def dnsmasq_conf(d):
    lines = ["port=53", "listen-address=" + DNS, "bind-interfaces", "no-resolv", "no-hosts",
             "no-poll", "no-negcache", "local=/test/", "log-facility=" + os.path.join(d, "dnsmasq.log"),
             "pid-file=" + os.path.join(d, "dnsmasq.pid"), "user=root", "group=root"]

    def a(name, addr):
        lines.append("host-record=%s,%s" % (name, PROXIED.get(addr, addr) if LATENCY_MS else addr))

    def srv(name, target=None, port=0, prio=0):
        lines.append("srv-host=%s" % name if target is None else "srv-host=%s,%s,%d,%d" % (name, target, port, prio))

    a("ispdb.lab.test", WEB)
    # SRV only; "." for the services not offered.
    a("box.srv.test", MAIL1)
    srv("_imaps._tcp.srv.test", "box.srv.test", 993)
    srv("_submission._tcp.srv.test", "box.srv.test", 587)
    srv("_submissions._tcp.srv.test")
    srv("_imap._tcp.srv.test")
    lines.append("mx-host=srv.test,mx.srv.test,10")
    # autoconfig only; .well-known only; ISPDB only.
    a("autoconfig.ac.test", WEB)
    a("box.ac.test", MAIL1)
    a("wk.test", WEB)
    a("box.wk.test", MAIL2)
    a("box.isp.test", MAIL1)
    # Nothing published: the usual names.
    a("imap.guess.test", MAIL2)
    a("smtp.guess.test", MAIL2)
    # Stale autoconfig: the old host refuses; the usual names work.
    a("autoconfig.stale.test", WEB)
    a("old.stale.test", REFUSE)
    a("imap.stale.test", MAIL1)
    a("smtp.stale.test", MAIL1)
    # SRV points at an address that drops every packet.
    a("slow.drop.test", DROP)
    srv("_imaps._tcp.drop.test", "slow.drop.test", 993)
    srv("_submission._tcp.drop.test", "slow.drop.test", 587)
    a("imap.drop.test", MAIL1)
    a("smtp.drop.test", MAIL1)
    # Bad input; the usual names work so a suggestion still comes.
    for dom in ("huge.test", "badxml.test", "xxe.test", "loop.test", "plain.test", "many.test"):
        if dom != "many.test":
            a("autoconfig." + dom, WEB)
        a("imap." + dom, MAIL1)
        a("smtp." + dom, MAIL1)
    a("trap.plain.test", MAIL2)
    # A certificate for other names.
    a("imap.cert.test", MAIL1)
    a("smtp.cert.test", MAIL1)
    for i in range(MANY_SRV):
        srv("_imaps._tcp.many.test", "t%04d.many.test" % i, 993, i % 7)
    return "\n".join(lines) + "\n"


def cert_names():
    out = ["ispdb.lab.test", "wk.test"]
    for dom in LAYOUTS:
        if dom not in NOT_IN_CERT:
            out.append("*." + dom)
    return out


# ---------------------------------------------------------------- HTTP(S) server

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    table = {}
    plain = False
    logfile = None

    def log_message(self, fmt, *args):
        with open(self.logfile, "a") as f:
            f.write("%s %s %s\n" % ("http" if self.plain else "https", self.headers.get("Host", ""),
                                     fmt % args))

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path = self.path.split("?")[0]
        key = ("plain:" if self.plain else "") + host
        route = self.table.get(key, {}).get(path)
        if route is None:
            self.send_error(404)
            return
        kind, val = route
        if kind == "redirect":
            self.send_response(302)
            self.send_header("Location", val)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        if kind == "huge":
            self.end_headers()  # no Content-Length: the client must stop reading itself
            chunk = b"<!-- " + b"x" * 65526 + b" -->\n"
            sent = 0
            try:
                while sent < val:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                pass
            return
        self.send_header("Content-Length", str(len(val)))
        self.end_headers()
        self.wfile.write(val)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(d):
    info = json.load(open(os.path.join(d, "mail", "servers.json")))
    table = routes()
    logfile = os.path.join(d, "http.log")

    def make(plain):
        h = type("H", (Handler,), {"table": table, "plain": plain, "logfile": logfile})
        return h

    tls = Server((WEB, 443), make(False))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(info["certs"]["good"]["cert"], info["certs"]["good"]["key"])
    tls.socket = ctx.wrap_socket(tls.socket, server_side=True)
    plain = Server((WEB, 80), make(True))
    threading.Thread(target=plain.serve_forever, daemon=True).start()
    with open(os.path.join(d, "http.ready"), "w") as f:
        f.write(str(os.getpid()))
    signal.signal(signal.SIGTERM, lambda *a: os._exit(0))
    tls.serve_forever()


# ---------------------------------------------------------------- start / stop

def read_pid(path):
    try:
        return int(open(path).read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def kill(pid):
    if not pid:
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def start_proxies(d, ns, deadline):
    one_way = LATENCY_MS / 2.0
    procs = []
    for up, ports in PROXY_PORTS.items():
        spec = ",".join("%d=%s:%d" % (p, PROXIED[up], p) for p in ports)
        ready = os.path.join(d, "proxy-%s.json" % up)
        cmd = [sys.executable, LATENCY_PROXY, "--upstream-host", up, "--ports", spec, "--one-way-ms", str(one_way),
               "--ready-file", ready]
        procs.append((ready, cmd))
    procs.append((os.path.join(d, "proxy-dns.json"),
                  [sys.executable, os.path.abspath(__file__), "dnsrelay", "--dir", d, "--one-way-ms", str(one_way)]))
    pids = []
    for ready, cmd in procs:
        with open(os.path.join(d, "proxy.out"), "ab") as out:
            p = subprocess.Popen(["ip", "netns", "exec", ns] + cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                                 start_new_session=True)
        pids.append(p.pid)
        while not os.path.exists(ready):
            if p.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("latency proxy did not start: " + open(os.path.join(d, "proxy.out")).read()[-2000:])
            time.sleep(0.05)
    with open(os.path.join(d, "proxy.pids"), "w") as f:
        f.write(" ".join(map(str, pids)))


def dnsrelay(d, one_way_ms):
    """UDP DNS relay with a one-way delay each way (the TCP proxies cannot carry UDP)."""
    delay = one_way_ms / 1000.0
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((PROXIED[DNS], 53))

    def relay(data, client):
        time.sleep(delay)
        up = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        up.settimeout(3)
        try:
            up.sendto(data, (DNS, 53))
            answer, _ = up.recvfrom(65535)
        except OSError:
            return
        finally:
            up.close()
        time.sleep(delay)
        sock.sendto(answer, client)

    with open(os.path.join(d, "proxy-dns.json"), "w") as f:
        json.dump({"pid": os.getpid()}, f)
    signal.signal(signal.SIGTERM, lambda *a: os._exit(0))
    while True:
        data, client = sock.recvfrom(65535)
        threading.Thread(target=relay, args=(data, client), daemon=True).start()


def stop(d):
    ns, nsq = names(d)
    for pid in (open(os.path.join(d, "proxy.pids")).read().split() if os.path.exists(os.path.join(d, "proxy.pids")) else []):
        kill(int(pid))
    for f in ("proxy.pids", "proxy-dns.json") + tuple("proxy-%s.json" % a for a in PROXY_PORTS):
        try:
            os.unlink(os.path.join(d, f))
        except OSError:
            pass
    subprocess.run([sys.executable, MAILSERVERS, "stop", "--dir", os.path.join(d, "mail")],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kill(read_pid(os.path.join(d, "http.pid")))
    kill(read_pid(os.path.join(d, "dnsmasq.pid")))
    for n in (ns, nsq):
        sh("ip", "netns", "del", n, check=False)
        try:
            os.unlink("/etc/netns/%s/resolv.conf" % n)
            os.rmdir("/etc/netns/%s" % n)
        except OSError:
            pass


def wait_port(ns, addr, port, deadline):
    code = ("import socket,sys\n"
            "s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM if %r else socket.SOCK_STREAM)\n"
            "s.settimeout(0.5)\n"
            "s.connect((%r,%d))\n" % (port == 53, addr, port))
    while time.monotonic() < deadline:
        if port == 53:
            r = sh("ip", "netns", "exec", ns, "getent", "hosts", "box.srv.test", check=False)
        else:
            r = sh("ip", "netns", "exec", ns, sys.executable, "-c", code, check=False)
        if r.returncode == 0:
            return
        time.sleep(0.05)
    raise RuntimeError("%s:%d not ready in namespace %s" % (addr, port, ns))


def start(d):
    t0 = time.monotonic()
    if os.geteuid() != 0:
        raise PermissionError("needs root to create network namespaces")
    for tool in ("ip", "iptables", "dnsmasq"):
        if not any(os.access(os.path.join(p, tool), os.X_OK) for p in ("/usr/sbin", "/sbin", "/usr/bin")):
            raise FileNotFoundError("%s is not installed (scripts/install-deps.sh --test)" % tool)
    d = os.path.abspath(d)
    stop(d)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "latency_ms"), "w") as f:
        f.write(str(LATENCY_MS))
    os.chmod(d, 0o755)
    for f in ("http.log", "dnsmasq.log", "http.ready", "SKIP", "lab.json"):
        try:
            os.unlink(os.path.join(d, f))
        except OSError:
            pass
    ns, nsq = names(d)
    for n in (ns, nsq):
        sh("ip", "netns", "add", n)
        sh("ip", "-n", n, "link", "set", "lo", "up")
    for addr in ADDRESSES + (list(PROXIED.values()) if LATENCY_MS else []):
        sh("ip", "-n", ns, "addr", "add", addr + "/32", "dev", "lo")
    # The dropping address: packets to it vanish, like a firewall that drops.
    sh("ip", "netns", "exec", ns, "iptables", "-A", "INPUT", "-d", DROP, "-j", "DROP")
    sh("ip", "-n", nsq, "addr", "add", DNS + "/32", "dev", "lo")
    sh("ip", "netns", "exec", nsq, "iptables", "-A", "INPUT", "-d", DNS, "-j", "DROP")
    for n in (ns, nsq):
        os.makedirs("/etc/netns/" + n, exist_ok=True)
        with open("/etc/netns/%s/resolv.conf" % n, "w") as f:
            dns = PROXIED[DNS] if LATENCY_MS and n == ns else DNS
            f.write("nameserver %s\noptions timeout:1 attempts:1\n" % dns)

    conf = os.path.join(d, "dnsmasq.conf")
    with open(conf, "w") as f:
        f.write(dnsmasq_conf(d))
    sh("ip", "netns", "exec", ns, "dnsmasq", "--conf-file=" + conf)

    mail = os.path.join(d, "mail")
    cmd = [sys.executable, MAILSERVERS, "start", "--dir", mail, "--listen", MAIL1 + "," + MAIL2,
           "--standard-ports"]
    for n in cert_names():
        cmd += ["--cert-name", n]
    for dom in LAYOUTS:
        cmd += ["--extra-domain", dom]
    r = subprocess.run(["ip", "netns", "exec", ns] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True)
    if r.returncode != 0:
        raise RuntimeError("mail servers did not start:\n" + r.stderr[-3000:])
    with open(os.path.join(d, "http.out"), "wb") as out:
        p = subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, os.path.abspath(__file__), "serve",
                              "--dir", d], stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                             start_new_session=True)
    with open(os.path.join(d, "http.pid"), "w") as f:
        f.write(str(p.pid))
    deadline = time.monotonic() + 20
    if LATENCY_MS:
        start_proxies(d, ns, deadline)
    wait_port(ns, DNS, 53, deadline)
    while not os.path.exists(os.path.join(d, "http.ready")):
        if p.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("HTTPS server did not start: " + open(os.path.join(d, "http.out")).read()[-2000:])
        time.sleep(0.05)
    info = json.load(open(os.path.join(mail, "servers.json")))
    lab = {
        "dir": d, "netns": ns, "netns_no_dns": nsq, "ca_file": info["ca_file"],
        "password": info["users"]["alice"]["password"], "ispdb_url": ISPDB_URL,
        "addresses": {"dns": DNS, "mail1": MAIL1, "mail2": MAIL2, "web": WEB, "refuse": REFUSE, "drop": DROP},
        "http_log": os.path.join(d, "http.log"), "layouts": LAYOUTS, "many_srv": MANY_SRV,
        "start_seconds": round(time.monotonic() - t0, 2), "rtt_ms": LATENCY_MS,
    }
    with open(os.path.join(d, "lab.json"), "w") as f:
        json.dump(lab, f, indent=2)
    return lab


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("action", choices=["start", "stop", "serve", "dnsrelay"])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--latency-ms", type=float, default=0,
                    help="round-trip time added to every connection and DNS query (benchmark)")
    ap.add_argument("--one-way-ms", type=float, default=0, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    global LATENCY_MS
    LATENCY_MS = a.latency_ms
    if a.action == "dnsrelay":
        dnsrelay(os.path.abspath(a.dir), a.one_way_ms)
        return 0
    if a.action == "serve":
        serve(os.path.abspath(a.dir))
        return 0
    if a.action == "stop":
        if os.geteuid() == 0:
            stop(os.path.abspath(a.dir))
        return 0
    try:
        lab = start(a.dir)
    except (PermissionError, FileNotFoundError) as e:
        # Not a failure of Mailfix: the tests that need the lab skip with this reason.
        os.makedirs(a.dir, exist_ok=True)
        with open(os.path.join(a.dir, "SKIP"), "w") as f:
            f.write(str(e) + "\n")
        log("cannot build the lab: %s; the discovery tests will be skipped" % e)
        return 0
    except RuntimeError as e:
        log("error: %s" % e)
        stop(os.path.abspath(a.dir))
        return 1
    log("lab up in %.2fs: %s" % (lab["start_seconds"], os.path.join(lab["dir"], "lab.json")))
    print(os.path.join(lab["dir"], "lab.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
