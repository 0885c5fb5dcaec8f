#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start real Postfix and Dovecot on loopback for Mailfix's integration tests.

    mailservers.py start --dir DIR            start, write DIR/servers.json, print its path
    mailservers.py stop --dir DIR             stop (idempotent)
    mailservers.py run --dir DIR -- CMD ...   start, run CMD with MAILFIX_TEST_SERVERS set, stop
    mailservers.py selftest --dir DIR         check a running instance, print transcripts

Everything (CA, certificates, configs, queue, mail, sockets, logs) lives in DIR,
all ports are picked free at run time, so several instances can run at once.
Needs root (Postfix's master and Dovecot drop privileges themselves).
Python 3.11 standard library only.
"""

import argparse
import base64
import json
import os
import pwd
import grp
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time

MARKER = ".mailfix-test-servers"
POSTFIX_DAEMON_DIR = "/usr/lib/postfix/sbin"
DOVECOT = "/usr/sbin/dovecot"
OPENSSL = "openssl"
START_DEADLINE = 20.0
STOP_DEADLINE = 10.0
HOST = "127.0.0.1"
# Dovecot counts a client whose address equals the listening address as "secured"
# (plaintext login allowed, no LOGINDISABLED), which is always the case on
# 127.0.0.1 -> 127.0.0.1. Connecting to 127.0.0.2 comes from 127.0.0.1, so there
# Dovecot behaves like a provider. Every service listens on both.
STRICT_HOST = "127.0.0.2"
ADDRESSES = (HOST, STRICT_HOST)
LOCAL_DOMAIN = "example.test"
# Mail domains Postfix accepts; --extra-domain adds to it (discovery tests).
VIRTUAL_DOMAINS = [LOCAL_DOMAIN]
# Listener name -> fixed port (--standard-ports); the rest get free ports.
FIXED_PORTS = {}
STANDARD_PORTS = {"mx": 25, "smtps": 465, "submission": 587, "imap": 143, "imaps": 993,
                  "pop3": 110, "pop3s": 995}
FOREIGN_RECIPIENT = "relaytest@example.net"
USERS = {
    "alice": {"email": "alice@example.test", "user": "alice@example.test",
              "password": "Correct-Horse-9"},
    "bob": {"email": "bob@example.test", "user": "bob@example.test",
            "password": "Bob-Secret-7"},
}
# Listener names as they appear in servers.json.
SMTP_SERVICES = ["submission", "smtps", "mx", "submission_plain_ok",
                 "wrongname", "unknownca", "smtps_wrongname"]
# The round trip's outgoing servers: like submission, but one accepts each message and
# throws it away (it never arrives), the other refuses the message at DATA.
SMTP_SERVICES += ["submission_discard", "submission_reject_data"]
IMAP_SERVICES = ["imap", "imaps"]
POP3_SERVICES = ["pop3", "pop3s"]
IMPLICIT_TLS = {"smtps", "smtps_wrongname", "imaps", "pop3s"}
# Mail files belong to an unprivileged user; Dovecot refuses root.
MAIL_UID = 65534
MAIL_GID = 65534


class Failure(Exception):
    pass


def log(msg):
    print("mailservers: " + msg, file=sys.stderr, flush=True)


class Layout:
    def __init__(self, d, key_type="ec"):
        self.dir = os.path.abspath(d)
        self.key_type = key_type
        j = lambda *p: os.path.join(self.dir, *p)
        self.marker = j(MARKER)
        self.json = j("servers.json")
        self.ca_dir = j("ca")
        self.ca_pem = j("ca", "ca.pem")
        self.ca_key = j("ca", "ca.key")
        self.unknown_ca_pem = j("ca", "unknown-ca.pem")
        self.unknown_ca_key = j("ca", "unknown-ca.key")
        self.openssl_cnf = j("ca", "openssl.cnf")
        self.certs = j("certs")
        self.pf_conf = j("postfix")
        self.pf_queue = j("postfix", "queue")
        self.pf_data = j("postfix", "data")
        self.pf_pid = j("postfix", "queue", "pid", "master.pid")
        self.pf_log = j("postfix.log")
        self.dc_dir = j("dovecot")
        self.dc_conf = j("dovecot", "dovecot.conf")
        self.dc_users = j("dovecot", "users")
        self.dc_base = j("dovecot", "run")
        self.dc_state = j("dovecot", "state")
        self.dc_pid = j("dovecot", "run", "master.pid")
        self.dc_log = j("dovecot.log")
        self.auth_socket = j("postfix", "queue", "private", "auth")
        # Postfix hands local mail to Dovecot's LMTP here (relative: private/dovecot-lmtp).
        self.lmtp_socket = j("postfix", "queue", "private", "dovecot-lmtp")
        self.mail = j("mail")

    def cert(self, name):
        return os.path.join(self.certs, name + ".pem")

    def key(self, name):
        return os.path.join(self.certs, name + ".key")


# ---------------------------------------------------------------- processes

def read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def alive(pid):
    if not pid:
        return False
    try:
        with open("/proc/%d/stat" % pid) as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except OSError:
        return False


def session_members(sid):
    """Live processes in session sid (each master runs in its own session)."""
    out = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # fields: state ppid pgrp session ...
        if fields[0] != "Z" and int(fields[3]) == sid:
            out.append(int(name))
    return out


def proc_name(pid):
    try:
        with open("/proc/%d/comm" % pid) as f:
            return f.read().strip()
    except OSError:
        return ""


def running_pids(lay):
    """{"postfix": pid, "dovecot": pid} for masters of this DIR that are alive."""
    res = {}
    pid = read_pid(lay.pf_pid)
    if alive(pid) and proc_name(pid) == "master":
        res["postfix"] = pid
    pid = read_pid(lay.dc_pid)
    if alive(pid) and proc_name(pid) == "dovecot":
        res["dovecot"] = pid
    # servers.json remembers the sessions even if a pid file went missing.
    try:
        with open(lay.json) as f:
            saved = json.load(f).get("pids", {})
    except (OSError, ValueError):
        saved = {}
    for k, want in (("postfix", "master"), ("dovecot", "dovecot")):
        pid = saved.get(k)
        if k not in res and isinstance(pid, int) and alive(pid) and proc_name(pid) == want:
            res[k] = pid
    return res


def stop(lay, quiet=False):
    masters = running_pids(lay)
    sids = {}
    for k, pid in masters.items():
        try:
            sids[k] = os.getsid(pid)
        except OSError:
            continue
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + STOP_DEADLINE
    left = []
    while time.monotonic() < deadline:
        left = [p for sid in sids.values() for p in session_members(sid)]
        if not left:
            break
        time.sleep(0.05)
    if left:
        log("processes still running after %gs, killing: %s" % (STOP_DEADLINE, left))
        for p in left:
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
        t = time.monotonic() + 3
        while time.monotonic() < t and any(alive(p) for p in left):
            time.sleep(0.05)
    if not quiet:
        log("stopped" if masters else "nothing was running")


# ---------------------------------------------------------------- generation

OPENSSL_CNF = """\
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[v3_good]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1, IP:127.0.0.2
[v3_wrongname]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:wrong.example.net
"""


KEY_ARGS = {"ec": ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
            "rsa": ["-newkey", "rsa:2048"]}


def openssl_req(lay, subj, ext, key, cert, ca=None):
    cmd = [OPENSSL, "req", "-x509", "-config", lay.openssl_cnf, "-extensions", ext,
           *KEY_ARGS[lay.key_type], "-nodes", "-keyout", key, "-out", cert,
           "-subj", subj, "-days", "365", "-sha256"]
    if ca:
        cmd += ["-CA", ca[0], "-CAkey", ca[1]]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_all(procs, what):
    for p in procs:
        _, err = p.communicate()
        if p.returncode != 0:
            raise Failure("openssl failed making %s: %s" % (what, err.decode(errors="replace")))


def make_certs(lay):
    os.makedirs(lay.ca_dir, mode=0o755)
    os.makedirs(lay.certs, mode=0o755)
    with open(lay.openssl_cnf, "w") as f:
        f.write(OPENSSL_CNF)
    # Two CAs at once, then the three server certificates at once.
    wait_all([openssl_req(lay, "/O=Mailfix Test/CN=Mailfix Test CA", "v3_ca",
                          lay.ca_key, lay.ca_pem),
              openssl_req(lay, "/O=Unknown Test/CN=Unknown Test CA", "v3_ca",
                          lay.unknown_ca_key, lay.unknown_ca_pem)], "the CAs")
    good = (lay.ca_pem, lay.ca_key)
    wait_all([openssl_req(lay, "/CN=localhost", "v3_good",
                          lay.key("good"), lay.cert("good"), good),
              openssl_req(lay, "/CN=wrong.example.net", "v3_wrongname",
                          lay.key("wrongname"), lay.cert("wrongname"), good),
              openssl_req(lay, "/CN=localhost", "v3_good",
                          lay.key("unknownca"), lay.cert("unknownca"),
                          (lay.unknown_ca_pem, lay.unknown_ca_key))],
             "the server certificates")
    for d in (lay.certs, lay.ca_dir):
        for name in os.listdir(d):
            os.chmod(os.path.join(d, name), 0o600 if name.endswith(".key") else 0o644)


def free_ports(n):
    """n distinct ports free on every address in ADDRESSES (held open together)."""
    socks = []
    ports = []
    try:
        while len(ports) < n:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            socks.append(s)
            s.bind((ADDRESSES[0], 0))
            port = s.getsockname()[1]
            try:
                for addr in ADDRESSES[1:]:
                    o = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                    socks.append(o)
                    o.bind((addr, port))
            except OSError:
                continue
            ports.append(port)
        return ports
    finally:
        for s in socks:
            s.close()


def inline_map(pairs):
    return "inline:{ " + ", ".join("%s=%s" % kv for kv in pairs) + " }"


def write_postfix(lay, ports):
    pf_uid = pwd.getpwnam("postfix").pw_uid
    pf_gid = grp.getgrnam("postfix").gr_gid
    postdrop_gid = grp.getgrnam("postdrop").gr_gid
    os.makedirs(lay.pf_conf, mode=0o755)
    os.makedirs(lay.pf_queue, mode=0o755)
    os.makedirs(lay.pf_data, mode=0o700)
    os.chown(lay.pf_data, pf_uid, pf_gid)
    # What postfix-files would create: (name, mode, owner gid).
    for name, mode, gid in (("pid", 0o755, None), ("private", 0o700, pf_gid),
                            ("public", 0o710, postdrop_gid),
                            ("maildrop", 0o730, postdrop_gid),
                            ("incoming", 0o700, pf_gid), ("active", 0o700, pf_gid),
                            ("deferred", 0o700, pf_gid), ("defer", 0o700, pf_gid),
                            ("bounce", 0o700, pf_gid), ("flush", 0o700, pf_gid),
                            ("hold", 0o700, pf_gid), ("corrupt", 0o700, pf_gid),
                            ("trace", 0o700, pf_gid), ("saved", 0o700, pf_gid)):
        p = os.path.join(lay.pf_queue, name)
        os.mkdir(p)
        if gid is not None:
            os.chown(p, pf_uid, gid)
        os.chmod(p, mode)

    mailboxes = [(u["email"], u["email"] + "/Maildir/") for u in USERS.values()]
    logins = [(u["email"], u["user"]) for u in USERS.values()]
    main_cf = """\
# Generated by tests/servers/mailservers.py: Mailfix test instance, loopback only.
compatibility_level = 3.6
queue_directory = {q}
data_directory = {data}
mail_owner = postfix
setgid_group = postdrop
# Postfix insists these are interface addresses (127.0.0.2 is not one); master.cf
# binds 127.0.0.2 explicitly all the same.
inet_interfaces = {interfaces}
inet_protocols = ipv4
myhostname = mail.example.test
mydomain = example.test
myorigin = $myhostname
mydestination = localhost
# Nobody is trusted by address, so loopback clients are like any Internet client.
mynetworks =
smtpd_banner = $myhostname ESMTP Postfix (Mailfix test)
biff = no
maillog_file = {log}
maillog_file_prefixes = {dir}
# Never touch DNS: the container's resolver is off-machine.
smtp_dns_support_level = disabled
smtpd_peername_lookup = no
# Mail for other domains is accepted (like a provider would) and thrown away.
default_transport = discard:outbound mail is disabled on the Mailfix test server
relay_transport = $default_transport
alias_maps =
alias_database =
local_recipient_maps =
virtual_mailbox_domains = {domain}
virtual_mailbox_maps = {mailboxes}
virtual_mailbox_base = {mail}
virtual_uid_maps = static:{uid}
virtual_gid_maps = static:{gid}
# Mail for the test domain goes into Dovecot over LMTP, as on a provider's server.
virtual_transport = lmtp:unix:private/dovecot-lmtp
smtpd_tls_cert_file = {cert}
smtpd_tls_key_file = {key}
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
smtpd_sasl_type = dovecot
# Relative to queue_directory; Dovecot's auth service listens there.
smtpd_sasl_path = private/auth
smtpd_sasl_auth_enable = no
smtpd_sasl_security_options = noanonymous
smtpd_sasl_authenticated_header = no
smtpd_client_restrictions =
smtpd_helo_restrictions =
smtpd_sender_login_maps = {logins}
smtpd_sender_restrictions = reject_authenticated_sender_login_mismatch
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions =
smtpd_forbid_unauth_pipelining = yes
""".format(interfaces=HOST, q=lay.pf_queue, data=lay.pf_data, log=lay.pf_log, dir=lay.dir,
           domain=", ".join(VIRTUAL_DOMAINS), mailboxes=inline_map(mailboxes), mail=lay.mail,
           uid=MAIL_UID, gid=MAIL_GID, cert=lay.cert("good"), key=lay.key("good"),
           logins=inline_map(logins))

    submission = ["smtpd_tls_security_level=encrypt", "smtpd_sasl_auth_enable=yes",
                  "smtpd_tls_auth_only=yes"]
    smtps = ["smtpd_tls_wrappermode=yes", "smtpd_sasl_auth_enable=yes"]

    def certopts(name):
        return ["smtpd_tls_cert_file=" + lay.cert(name), "smtpd_tls_key_file=" + lay.key(name)]

    overrides = {
        "submission": submission,
        "smtps": smtps,
        "mx": ["smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=no"],
        "submission_plain_ok": ["smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=yes",
                                "smtpd_tls_auth_only=no"],
        "wrongname": submission + certopts("wrongname"),
        "unknownca": submission + certopts("unknownca"),
        "smtps_wrongname": smtps + certopts("wrongname"),
        "submission_discard": submission + ["content_filter=discard:silently"],
        "submission_reject_data": submission + ["smtpd_data_restrictions=reject"],
    }
    lines = ["# Generated by tests/servers/mailservers.py",
             "# service type  private unpriv  chroot  wakeup  maxproc command + args"]
    for name in SMTP_SERVICES:
        opts = ["syslog_name=postfix/" + name] + overrides[name]
        for addr in ADDRESSES:
            lines.append("%s:%d inet n - n - - smtpd\n  %s"
                         % (addr, ports[name], "\n  ".join("-o " + o for o in opts)))
    lines.append("""\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
""")
    past = time.time() - 10
    for name, text in (("main.cf", main_cf), ("master.cf", "\n".join(lines))):
        path = os.path.join(lay.pf_conf, name)
        with open(path, "w") as f:
            f.write(text)
        # Postfix re-reads a table file until its mtime is in the past
        # ("file is being edited"): that costs ~2 s on a fresh file.
        os.utime(path, (past, past))


def write_dovecot(lay, ports, auth_failure_delay):
    os.makedirs(lay.dc_dir, mode=0o755)
    os.makedirs(lay.dc_base, mode=0o755)
    os.makedirs(lay.dc_state, mode=0o750)
    with open(lay.dc_users, "w") as f:
        for u in USERS.values():
            f.write("%s:{PLAIN}%s::::::\n" % (u["user"], u["password"]))
    # Read by the auth process, which runs as Dovecot's internal user.
    os.chown(lay.dc_users, 0, grp.getgrnam("dovecot").gr_gid)
    os.chmod(lay.dc_users, 0o640)
    conf = """\
# Generated by tests/servers/mailservers.py: Mailfix test instance, loopback only.
instance_name = mailfix-test-{inst}
base_dir = {base}
state_dir = {state}
log_path = {log}
protocols = imap pop3 lmtp
listen = {listen}
shutdown_clients = yes
default_login_user = dovenull
default_internal_user = dovecot
login_greeting = Dovecot ready.
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = {delay}
first_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={mail}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {listen}
    port = {imap}
  }}
  inet_listener imaps {{
    address = {listen}
    port = {imaps}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    address = {listen}
    port = {pop3}
  }}
  inet_listener pop3s {{
    address = {listen}
    port = {pop3s}
    ssl = yes
  }}
}}
service lmtp {{
  unix_listener {lmtp_socket} {{
    mode = 0600
    user = postfix
    group = postfix
  }}
}}
# Dovecot's anvil delays every login from an address that failed before, by up to
# 15 s and before the password is even looked up. The suite logs in wrongly from
# 127.0.0.1 hundreds of times, so a later correct login would wait on the earlier
# tests: off here. auth_failure_delay above still delays each failed reply.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service auth {{
  unix_listener {auth_socket} {{
    mode = 0660
    user = postfix
    group = postfix
  }}
}}
""".format(listen=", ".join(ADDRESSES), inst=os.path.basename(lay.dir) + "-" + str(os.getpid()), base=lay.dc_base,
           state=lay.dc_state, log=lay.dc_log, cert=lay.cert("good"), key=lay.key("good"),
           delay=auth_failure_delay, uid=MAIL_UID, gid=MAIL_GID, users=lay.dc_users,
           mail=lay.mail, auth_socket=lay.auth_socket, lmtp_socket=lay.lmtp_socket, **ports)
    with open(lay.dc_conf, "w") as f:
        f.write(conf)


# ---------------------------------------------------------------- readiness

GREETING = {"smtp": b"220 ", "imap": b"* OK", "pop3": b"+OK"}


def probe(addr, port, proto, implicit_tls, ca, timeout, ehlo_expect_auth=False):
    """Connect, (TLS-handshake,) read the greeting. Returns None or an error string."""
    try:
        s = socket.create_connection((addr, port), timeout=timeout)
    except OSError as e:
        return str(e)
    try:
        if implicit_tls:
            ctx = ssl.create_default_context(cafile=ca)
            ctx.check_hostname = False  # wrong-name listeners are probed too
            s = ctx.wrap_socket(s, server_hostname="localhost")
        buf = b""
        while b"\n" not in buf:
            chunk = s.recv(4096)
            if not chunk:
                return "connection closed before greeting"
            buf += chunk
        if not buf.startswith(GREETING[proto]):
            return "unexpected greeting %r" % buf
        if ehlo_expect_auth:
            s.sendall(b"EHLO probe.example.test\r\n")
            while not any(l.startswith(b"250 ") for l in buf.split(b"\r\n")[1:]):
                chunk = s.recv(4096)
                if not chunk:
                    return "connection closed after EHLO"
                buf += chunk
            if b"250-AUTH " not in buf and b"250 AUTH " not in buf:
                return "no AUTH after EHLO yet (Dovecot auth socket?)"
            s.sendall(b"QUIT\r\n")
        return None
    except (OSError, ssl.SSLError) as e:
        return "%s: %s" % (type(e).__name__, e)
    finally:
        s.close()


def tail(path, n=40):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-n:])
    except OSError as e:
        return "(no log: %s)\n" % e


# ---------------------------------------------------------------- start

def prepare_dir(lay):
    # Postfix and Dovecot processes drop privileges and use absolute paths into DIR.
    p = lay.dir
    while p != "/":
        p = os.path.dirname(p)
        if os.path.isdir(p) and not os.stat(p).st_mode & 0o001:
            raise Failure("%s is not searchable by others (mode %o): the unprivileged Postfix "
                          "and Dovecot processes could not reach %s. Use a directory under a "
                          "world-searchable path (e.g. mktemp -d -p /tmp, then chmod 755 it, "
                          "or a build directory)." % (p, os.stat(p).st_mode & 0o777, lay.dir))
    if os.path.isdir(lay.dir):
        if running_pids(lay):
            raise Failure("%s holds a running instance (stop it first)" % lay.dir)
        entries = os.listdir(lay.dir)
        if entries and MARKER not in entries:
            raise Failure("%s is not empty and not a mailservers.py state dir; refusing"
                          % lay.dir)
        for e in entries:
            p = os.path.join(lay.dir, e)
            if os.path.isdir(p) and not os.path.islink(p):
                shutil.rmtree(p)
            else:
                os.unlink(p)
    os.makedirs(lay.dir, exist_ok=True)
    os.chmod(lay.dir, 0o755)
    open(lay.marker, "w").close()


def start_once(lay, auth_failure_delay):
    t0 = time.monotonic()
    prepare_dir(lay)
    names = SMTP_SERVICES + IMAP_SERVICES + POP3_SERVICES + ["closed_port"]
    ports = dict(zip(names, free_ports(len(names))))
    ports.update(FIXED_PORTS)
    make_certs(lay)
    os.makedirs(lay.mail, mode=0o755)
    os.chown(lay.mail, MAIL_UID, MAIL_GID)
    write_postfix(lay, ports)
    write_dovecot(lay, ports, auth_failure_delay)
    t_generated = time.monotonic()

    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C"}
    # Dovecot daemonizes itself (own session); stdio to /dev/null so nobody waits on it.
    # Both daemonize into their own sessions. Their stdio goes to files, never to a
    # pipe of ours (a daemon holding it open would keep a test runner waiting).
    dc_out = os.path.join(lay.dc_dir, "startup.out")
    with open(dc_out, "wb") as out:
        dc = subprocess.Popen([DOVECOT, "-c", lay.dc_conf], stdin=subprocess.DEVNULL,
                              stdout=out, stderr=out, env=env)
    pf_out = os.path.join(lay.pf_conf, "startup.out")
    with open(pf_out, "wb") as out:
        # master -w returns once the real master is initialized.
        pf = subprocess.Popen([os.path.join(POSTFIX_DAEMON_DIR, "master"), "-c", lay.pf_conf,
                               "-w"], stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                              env=dict(env, MAIL_CONFIG=lay.pf_conf))
    for proc, what, out, logf in ((dc, "dovecot", dc_out, lay.dc_log),
                                  (pf, "postfix master", pf_out, lay.pf_log)):
        try:
            rc = proc.wait(timeout=START_DEADLINE)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = "timeout"
        if rc != 0:
            raise Failure("%s failed to start (%s):\n%s%s%s" % (
                what, rc, tail(out), tail(logf),
                "(Postfix reports fatal startup errors only to syslog, which is absent here)"
                if what.startswith("postfix") else ""))

    t_spawned = time.monotonic()

    checks = {}
    for addr in ADDRESSES:
        for n in SMTP_SERVICES:
            checks[(addr, n)] = ("smtp", n in IMPLICIT_TLS, n == "submission_plain_ok")
        for n in IMAP_SERVICES:
            checks[(addr, n)] = ("imap", n in IMPLICIT_TLS, False)
        for n in POP3_SERVICES:
            checks[(addr, n)] = ("pop3", n in IMPLICIT_TLS, False)
    deadline = t0 + START_DEADLINE
    last = {}
    while checks:
        for (addr, n), (proto, tls, auth) in list(checks.items()):
            err = probe(addr, ports[n], proto, tls, lay.ca_pem, 2.0, auth)
            if err is None:
                del checks[(addr, n)]
            else:
                last[(addr, n)] = err
        if not checks:
            break
        if time.monotonic() > deadline:
            raise Failure("not ready after %gs: %s\n--- postfix log ---\n%s"
                          "--- dovecot log ---\n%s"
                          % (START_DEADLINE,
                             "; ".join("%s %s:%d: %s" % (n, a, ports[n], last.get((a, n)))
                                       for a, n in checks),
                             tail(lay.pf_log), tail(lay.dc_log)))
        time.sleep(0.05)

    pids = running_pids(lay)
    info = {
        "dir": lay.dir,
        "host": HOST,
        "hostname": "localhost",
        "strict_host": STRICT_HOST,
        "ca_file": lay.ca_pem,
        "unknown_ca_file": lay.unknown_ca_pem,
        "users": USERS,
        "local_domain": LOCAL_DOMAIN,
        "foreign_recipient": FOREIGN_RECIPIENT,
        "smtp": {n: ports[n] for n in SMTP_SERVICES},
        "imap": {n: ports[n] for n in IMAP_SERVICES},
        "pop3": {n: ports[n] for n in POP3_SERVICES},
        "closed_port": ports["closed_port"],
        "pids": pids,
        "logs": {"postfix": lay.pf_log, "dovecot": lay.dc_log},
        "certs": {n: {"cert": lay.cert(n), "key": lay.key(n)}
                  for n in ("good", "wrongname", "unknownca")},
        "start_seconds": round(time.monotonic() - t0, 3),
        "start_breakdown": {"generate": round(t_generated - t0, 3),
                            "spawn": round(t_spawned - t_generated, 3),
                            "ready": round(time.monotonic() - t_spawned, 3)},
    }
    tmp = lay.json + ".tmp"
    with open(tmp, "w") as f:
        json.dump(info, f, indent=2)
        f.write("\n")
    os.rename(tmp, lay.json)
    return info


def start(lay, auth_failure_delay):
    # Refusals (running instance, foreign dir) must happen before anything is stopped.
    prepare_dir(lay)
    for attempt in range(3):
        try:
            return start_once(lay, auth_failure_delay)
        except Failure as e:
            stop(lay, quiet=True)
            # Another process may have grabbed one of our free ports meanwhile (Postfix's
            # master then dies silently: its bind error goes to the absent syslog): retry.
            if ("in use" in str(e) or "failed to start" in str(e)) and attempt < 2:
                log("start failed, retrying with new ports: %s" % str(e).split("\n")[0])
                continue
            raise
        except BaseException:
            stop(lay, quiet=True)
            raise


# ---------------------------------------------------------------- run

def run(lay, cmd, auth_failure_delay):
    got = []

    def on_signal(signum, frame):
        got.append(signum)
        raise KeyboardInterrupt

    for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(s, on_signal)
    child = None
    try:
        info = start(lay, auth_failure_delay)
        log("servers up in %.2fs: %s" % (info["start_seconds"], lay.json))
        env = dict(os.environ, MAILFIX_TEST_SERVERS=lay.json)
        child = subprocess.Popen(cmd, env=env)
        return child.wait()
    except KeyboardInterrupt:
        sig = got[0] if got else signal.SIGINT
        if child is not None and child.poll() is None:
            child.send_signal(sig)
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        return 128 + sig
    finally:
        for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(s, signal.SIG_IGN)
        stop(lay, quiet=True)


# ---------------------------------------------------------------- selftest

class Conversation:
    """A line-based client that records a transcript (C:/S:), passwords masked."""

    def __init__(self, info, host, port, implicit_tls=False, ca=None, name="localhost"):
        self.info, self.host, self.port = info, host, port
        self.lines = []
        self.sock = socket.create_connection((host, port), timeout=10)
        self.buf = b""
        if implicit_tls:
            self.tls(ca or info["ca_file"], name)

    def tls(self, ca, name="localhost"):
        ctx = ssl.create_default_context(cafile=ca)
        self.sock = ctx.wrap_socket(self.sock, server_hostname=name)
        self.lines.append("   [TLS %s %s, certificate verified for %s]"
                          % (self.sock.version(), self.sock.cipher()[0], name))

    def readline(self):
        while b"\r\n" not in self.buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise Failure("connection closed by server")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        line = line.decode(errors="replace")
        self.lines.append("S: " + line)
        return line

    def send(self, line, shown=None):
        self.lines.append("C: " + (shown or line))
        self.sock.sendall(line.encode() + b"\r\n")

    def smtp(self, line=None, shown=None):
        if line is not None:
            self.send(line, shown)
        out = [self.readline()]
        while out[-1][3:4] == "-":
            out.append(self.readline())
        return out

    def imap(self, tag, line, shown=None):
        self.send("%s %s" % (tag, line), shown and "%s %s" % (tag, shown))
        out = [self.readline()]
        while not out[-1].startswith(tag + " "):
            out.append(self.readline())
        return out

    def pop(self, line, multi=False, shown=None):
        self.send(line, shown)
        out = [self.readline()]
        if multi and out[0].startswith("+OK"):
            while out[-1] != ".":
                out.append(self.readline())
        return out

    def close(self):
        self.sock.close()


def _plain(user, password):
    return base64.b64encode(("\0%s\0%s" % (user, password)).encode()).decode()


def selftest(lay):
    """Drive every listener through the cases the Mailfix tests rely on; print transcripts."""
    with open(lay.json) as f:
        info = json.load(f)
    host, strict = info["host"], info["strict_host"]
    alice, bob = info["users"]["alice"], info["users"]["bob"]
    foreign, ca = info["foreign_recipient"], info["ca_file"]
    sm, im, po = info["smtp"], info["imap"], info["pop3"]
    failures = []

    def check(title, ok, conv=None, note=""):
        print("--- %s: %s%s" % (title, "ok" if ok else "FAILED", note))
        if conv is not None:
            print("\n".join(conv.lines))
        if not ok:
            failures.append(title)

    def auth(c, user, password):
        return c.smtp("AUTH PLAIN " + _plain(user, password), "AUTH PLAIN <base64 %s:***>" % user)

    def smtp_start(port, starttls=True, implicit=False):
        c = Conversation(info, host, port, implicit_tls=implicit)
        c.smtp()
        c.smtp("EHLO client.example.org")
        if starttls:
            c.smtp("STARTTLS")
            c.tls(ca)
            c.smtp("EHLO client.example.org")
        return c

    # submission: EHLO before/after TLS, MAIL before TLS, good login + relay
    c = Conversation(info, host, sm["submission"])
    c.smtp()
    pre = c.smtp("EHLO client.example.org")
    r = c.smtp("MAIL FROM:<%s>" % alice["email"])
    c.smtp("STARTTLS")
    c.tls(ca)
    post = c.smtp("EHLO client.example.org")
    a = auth(c, alice["user"], alice["password"])
    m = c.smtp("MAIL FROM:<%s>" % alice["email"])
    rc = c.smtp("RCPT TO:<%s>" % foreign)
    c.smtp("QUIT")
    check("submission: STARTTLS required, AUTH only after TLS, alice may relay",
          not any("AUTH" in l for l in pre) and any("STARTTLS" in l for l in pre)
          and r[0].startswith("530") and any(l.startswith("250-AUTH PLAIN LOGIN") for l in post)
          and not any("STARTTLS" in l for l in post) and a[0].startswith("235")
          and m[0].startswith("250") and rc[0].startswith("250"), c)

    c = smtp_start(sm["submission"])
    c.smtp("MAIL FROM:<%s>" % alice["email"])
    rc = c.smtp("RCPT TO:<%s>" % foreign)
    c.smtp("QUIT")
    check("submission: no login -> relay denied", rc[0].startswith("554 5.7.1"), c)

    c = smtp_start(sm["submission"])
    auth(c, alice["user"], alice["password"])
    m = c.smtp("MAIL FROM:<%s>" % bob["email"])
    rc = c.smtp("RCPT TO:<%s>" % foreign)
    c.smtp("QUIT")
    check("submission: alice sends as bob -> sender not owned", rc[0].startswith("553 5.7.1"), c)

    c = smtp_start(sm["submission"])
    a = auth(c, alice["user"], "wrong-password")
    c.smtp("QUIT")
    check("submission: wrong password", a[0].startswith("535 5.7.8"), c)

    c = Conversation(info, host, sm["smtps"], implicit_tls=True)
    g = c.smtp()
    e = c.smtp("EHLO client.example.org")
    a = auth(c, bob["user"], bob["password"])
    c.smtp("QUIT")
    check("smtps: implicit TLS, bob logs in", g[0].startswith("220") and a[0].startswith("235"), c)

    c = Conversation(info, host, sm["mx"])
    c.smtp()
    e = c.smtp("EHLO client.example.org")
    a = auth(c, alice["user"], alice["password"])
    c.smtp("MAIL FROM:<%s>" % alice["email"])
    rf = c.smtp("RCPT TO:<%s>" % foreign)
    rl = c.smtp("RCPT TO:<%s>" % bob["email"])
    c.smtp("STARTTLS")
    c.tls(ca)
    e2 = c.smtp("EHLO client.example.org")
    c.smtp("QUIT")
    check("mx: STARTTLS offered, no AUTH, foreign relay denied, local rcpt ok",
          any("STARTTLS" in l for l in e) and not any("AUTH" in l for l in e + e2)
          and a[0].startswith("503") and rf[0].startswith("554 5.7.1")
          and rl[0].startswith("250"), c)

    c = Conversation(info, host, sm["submission_plain_ok"])
    c.smtp()
    e = c.smtp("EHLO client.example.org")
    a = auth(c, alice["user"], alice["password"])
    c.smtp("QUIT")
    check("submission_plain_ok: AUTH offered and accepted before TLS",
          any(l.startswith("250-AUTH") for l in e) and a[0].startswith("235"), c)

    for name, port, implicit, expect in (
            ("wrongname", sm["wrongname"], False, "Hostname mismatch"),
            ("unknownca", sm["unknownca"], False, "unable to get local issuer certificate"),
            ("smtps_wrongname", sm["smtps_wrongname"], True, "Hostname mismatch")):
        c = Conversation(info, host, port)
        err = ""
        try:
            if implicit:
                c.tls(ca)
            else:
                c.smtp()
                c.smtp("EHLO client.example.org")
                c.smtp("STARTTLS")
                c.tls(ca)
        except ssl.SSLError as e:
            err = str(e)
            c.lines.append("   [TLS verification failed: %s]" % err)
        c.close()
        check("%s: certificate rejected by a verifying client" % name, expect in err, c)

    # IMAP via strict_host: like a provider
    c = Conversation(info, strict, im["imap"])
    g = c.readline()
    cap = c.imap("a1", "CAPABILITY")
    lg = c.imap("a2", 'LOGIN "%s" "%s"' % (alice["user"], alice["password"]),
                'LOGIN "%s" "***"' % alice["user"])
    c.imap("a3", "STARTTLS")
    c.tls(ca)
    cap2 = c.imap("a4", "CAPABILITY")
    bad = c.imap("a5", 'LOGIN "%s" "wrong-password"' % alice["user"])
    ok = c.imap("a6", 'LOGIN "%s" "%s"' % (alice["user"], alice["password"]),
                'LOGIN "%s" "***"' % alice["user"])
    c.imap("a7", "LOGOUT")
    check("imap on strict_host: LOGINDISABLED before TLS, login after STARTTLS",
          "LOGINDISABLED" in cap[0] and lg[-1].startswith("a2 NO")
          and "LOGINDISABLED" not in cap2[0] and bad[-1].startswith("a5 NO")
          and ok[-1].startswith("a6 OK"), c)

    c = Conversation(info, host, im["imap"])
    g = c.readline()
    cap = c.imap("b1", "CAPABILITY")
    c.imap("b2", "LOGOUT")
    check("imap on host 127.0.0.1: Dovecot counts loopback as secure (no LOGINDISABLED)",
          "LOGINDISABLED" not in cap[0], c)

    c = Conversation(info, strict, im["imaps"], implicit_tls=True)
    c.readline()
    ok = c.imap("c1", 'LOGIN "%s" "%s"' % (bob["user"], bob["password"]),
                'LOGIN "%s" "***"' % bob["user"])
    c.imap("c2", "LOGOUT")
    check("imaps: implicit TLS, bob logs in", ok[-1].startswith("c1 OK"), c)

    c = Conversation(info, strict, po["pop3"])
    c.readline()
    capa = c.pop("CAPA", multi=True)
    u = c.pop("USER " + alice["user"])
    c.pop("STLS")
    c.tls(ca)
    c.pop("CAPA", multi=True)
    c.pop("USER " + alice["user"])
    bad = c.pop("PASS wrong-password")
    c.pop("USER " + alice["user"])
    ok = c.pop("PASS " + alice["password"], shown="PASS ***")
    c.pop("QUIT")
    check("pop3 on strict_host: STLS, no USER before TLS, login after",
          "STLS" in capa and u[0].startswith("-ERR") and bad[0].startswith("-ERR")
          and ok[0].startswith("+OK"), c)

    c = Conversation(info, strict, po["pop3s"], implicit_tls=True)
    c.readline()
    c.pop("USER " + bob["user"])
    ok = c.pop("PASS " + bob["password"], shown="PASS ***")
    c.pop("QUIT")
    check("pop3s: implicit TLS, bob logs in", ok[0].startswith("+OK"), c)

    # Delivery: a message to alice through submission arrives over LMTP; the discard
    # listener takes it and it never arrives; the reject listener refuses DATA.
    maildir = os.path.join(lay.mail, alice["email"], "Maildir")

    def count():
        return sum(len(os.listdir(os.path.join(maildir, d))) for d in ("new", "cur")
                   if os.path.isdir(os.path.join(maildir, d)))

    def send(port, subject):
        c = smtp_start(port)
        auth(c, alice["user"], alice["password"])
        c.smtp("MAIL FROM:<%s>" % alice["email"])
        c.smtp("RCPT TO:<%s>" % alice["email"])
        d = c.smtp("DATA")
        end = None
        if d[0].startswith("354"):
            c.sock.sendall(("Subject: %s\r\n\r\nselftest\r\n.\r\n" % subject).encode())
            c.lines.append("C: (message) .")
            end = c.smtp()
        c.smtp("QUIT")
        return c, d, end

    def arrived(subject, seconds):
        t = time.monotonic() + seconds
        while time.monotonic() < t:
            for d in ("new", "cur"):
                p = os.path.join(maildir, d)
                for name in os.listdir(p) if os.path.isdir(p) else []:
                    with open(os.path.join(p, name), errors="replace") as f:
                        if subject in f.read():
                            os.unlink(os.path.join(p, name))
                            return True
            time.sleep(0.05)
        return False

    before = count()
    c, d, end = send(sm["submission"], "selftest lmtp %d" % os.getpid())
    check("submission: alice to alice is delivered over LMTP into her Maildir",
          end is not None and end[0].startswith("250") and arrived("selftest lmtp %d" % os.getpid(), 5), c)
    c, d, end = send(sm["submission_discard"], "selftest discard %d" % os.getpid())
    check("submission_discard: accepted, never delivered",
          end is not None and end[0].startswith("250") and not arrived("selftest discard %d" % os.getpid(), 1), c)
    c, d, end = send(sm["submission_reject_data"], "selftest reject %d" % os.getpid())
    check("submission_reject_data: DATA refused",
          d[0] == "554 5.7.1 <DATA>: Data command rejected: Access denied" and end is None, c)
    check("the Maildir is as it was", count() == before)

    try:
        socket.create_connection((host, info["closed_port"]), timeout=3).close()
        refused = False
    except ConnectionRefusedError:
        refused = True
    check("closed_port: connection refused", refused)

    print("selftest: %s" % ("all passed" if not failures else "FAILED: " + ", ".join(failures)))
    return 1 if failures else 0


def configure(listen, standard_ports, cert_names, extra_domains):
    """Options for tests that need other addresses and names (e.g. tests/netns/netlab.py,
    which runs this script inside a network namespace)."""
    global HOST, STRICT_HOST, ADDRESSES, OPENSSL_CNF
    if listen:
        ADDRESSES = tuple(a.strip() for a in listen.split(",") if a.strip())
        HOST = ADDRESSES[0]
        STRICT_HOST = ADDRESSES[1] if len(ADDRESSES) > 1 else ADDRESSES[0]
    if standard_ports:
        FIXED_PORTS.update(STANDARD_PORTS)
    if cert_names or listen:
        extra = ["DNS:" + n for n in cert_names] + ["IP:" + a for a in ADDRESSES]
        good = "subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1, IP:127.0.0.2"
        OPENSSL_CNF = OPENSSL_CNF.replace(good, good + ", " + ", ".join(extra), 1)
    for d in extra_domains:
        VIRTUAL_DOMAINS.append(d)
        for who in ("alice", "bob"):
            addr = "%s@%s" % (who, d)
            USERS[addr] = {"email": addr, "user": addr, "password": USERS[who]["password"]}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("action", choices=["start", "stop", "run", "selftest"])
    ap.add_argument("--dir", required=True, help="state directory (created)")
    ap.add_argument("--auth-failure-delay", default="2 secs",
                    help="Dovecot auth_failure_delay (default: Dovecot's own, 2 secs)")
    ap.add_argument("--key-type", choices=sorted(KEY_ARGS), default="ec",
                    help="server and CA keys: ec (P-256, fast, default) or rsa (2048 bits)")
    ap.add_argument("--listen", help="comma-separated addresses to listen on (default 127.0.0.1,127.0.0.2)")
    ap.add_argument("--standard-ports", action="store_true",
                    help="mx 25, smtps 465, submission 587, imap 143, imaps 993, pop3 110, pop3s 995")
    ap.add_argument("--cert-name", action="append", default=[],
                    help="another DNS name in the good certificate (repeatable)")
    ap.add_argument("--extra-domain", action="append", default=[],
                    help="also accept mail and logins for alice@/bob@ this domain (repeatable)")
    ap.epilog = "run: mailservers.py run --dir DIR -- CMD ARGS..."
    cmd = []
    if "--" in argv:
        i = argv.index("--")
        argv, cmd = argv[:i], argv[i + 1:]
    a = ap.parse_args(argv)
    if os.geteuid() != 0:
        log("must run as root (Postfix and Dovecot drop privileges themselves)")
        return 2
    configure(a.listen, a.standard_ports, a.cert_name, a.extra_domain)
    lay = Layout(a.dir, a.key_type)
    try:
        if a.action == "start":
            if cmd:
                ap.error("start takes no command")
            info = start(lay, a.auth_failure_delay)
            log("servers up in %.2fs" % info["start_seconds"])
            print(lay.json)
            return 0
        if a.action == "stop":
            stop(lay)
            return 0
        if a.action == "selftest":
            return selftest(lay)
        if not cmd:
            ap.error("run needs a command after --")
        return run(lay, cmd, a.auth_failure_delay)
    except Failure as e:
        log("error: %s" % e)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
