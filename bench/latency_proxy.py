#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A TCP proxy on loopback that adds a fixed one-way delay in both directions.

    latency_proxy.py --upstream-host 127.0.0.2 --ports 2525,1143 --one-way-ms 25 --ready-file F

For every upstream port it listens on a free port of 127.0.0.1 (or on an explicit
LISTEN_HOST:LISTEN_PORT given as UPSTREAM_PORT=LISTEN_HOST:LISTEN_PORT) and writes
{"one_way_ms": D, "connect_delay_ms": C, "ports": {"UPSTREAM_PORT": "HOST:PORT", ...}}
to --ready-file once every listener is up. It runs until SIGTERM/SIGINT.

How latency is modelled (one-way delay d, RTT = 2d):

* Data. Every chunk read from one side is stamped with (arrival time + d) and put on
  that direction's queue; a separate writer task sends each chunk when its time has
  come. The reader never sleeps, so chunks that arrive close together leave close
  together (a pipelined flight costs one RTT, not one per command), and order is kept
  because stamps in one queue only grow. End of stream (FIN) travels the same queue,
  so it is delayed like data and never overtakes it. TCP_NODELAY is set on both
  sockets so Nagle and delayed ACKs add nothing.

* Connect. A userspace proxy cannot delay the client's SYN/SYN-ACK: the kernel
  completes the client's connect() at once. What the client can observe is when the
  server's first byte arrives and when its own first bytes reach the server. On a
  real path the client's connect() returns after 1 RTT (SYN d, SYN-ACK d), the server's
  accept() returns when the ACK arrives, 1.5 RTT after the SYN, and a greeting sent then
  reaches the client at 2 RTT. The proxy therefore opens the upstream connection
  1.5 RTT (3d) after it accepts the client: the greeting then arrives at 3d + d = 2 RTT,
  and a TLS ClientHello sent at once (implicit TLS) reaches the server at 3d, both as on
  a real path. Total times are right; only the client's own "connect took N ms"
  reading is wrong (about 0 instead of 1 RTT). Override with --connect-delay-ms.

Loopback only: it refuses to listen on or connect to anything but 127.0.0.0/8 or ::1.
Python 3 standard library only.
"""

import argparse
import asyncio
import ipaddress
import json
import os
import signal
import socket
import sys


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class Stats:
    def __init__(self):
        self.connections = 0
        self.bytes_up = 0
        self.bytes_down = 0


def set_nodelay(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass


async def pump_reader(reader: asyncio.StreamReader, queue: asyncio.Queue, delay: float, counter, stats: Stats) -> None:
    """Reads chunks as soon as they come and stamps them; never waits for the delay."""
    loop = asyncio.get_running_loop()
    try:
        while True:
            data = await reader.read(65536)
            due = loop.time() + delay
            if not data:
                break
            counter(stats, len(data))
            queue.put_nowait((due, data))
    except (ConnectionError, OSError):
        due = loop.time() + delay
    queue.put_nowait((due, None))  # end of stream, in order after the data


async def pump_writer(queue: asyncio.Queue, writer_future: "asyncio.Future[asyncio.StreamWriter]") -> None:
    """Sends each chunk at its stamp. writer_future resolves when that side is connected."""
    loop = asyncio.get_running_loop()
    writer = None
    while True:
        due, data = await queue.get()
        wait = due - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        if writer is None:
            writer = await writer_future
            if writer is None:  # the upstream connect failed
                return
        if data is None:
            try:
                if writer.can_write_eof():
                    writer.write_eof()
                else:
                    writer.close()
            except (ConnectionError, OSError, RuntimeError):
                pass
            return
        try:
            writer.write(data)
            await writer.drain()
        except (ConnectionError, OSError, RuntimeError):
            return


def up(stats, n):
    stats.bytes_up += n


def down(stats, n):
    stats.bytes_down += n


async def handle(client_reader, client_writer, upstream_host, upstream_port, delay, connect_delay, stats):
    loop = asyncio.get_running_loop()
    stats.connections += 1
    set_nodelay(client_writer)
    up_queue: asyncio.Queue = asyncio.Queue()
    down_queue: asyncio.Queue = asyncio.Queue()
    upstream_writer_future: asyncio.Future = loop.create_future()
    client_writer_future: asyncio.Future = loop.create_future()
    client_writer_future.set_result(client_writer)

    # Client -> server: start reading at once (an implicit-TLS ClientHello may come
    # before the upstream exists); the writer waits for the upstream connection.
    up_reader_task = asyncio.create_task(pump_reader(client_reader, up_queue, delay, up, stats))
    up_writer_task = asyncio.create_task(pump_writer(up_queue, upstream_writer_future))

    await asyncio.sleep(connect_delay)
    try:
        server_reader, server_writer = await asyncio.open_connection(upstream_host, upstream_port)
    except OSError:
        upstream_writer_future.set_result(None)
        up_reader_task.cancel()
        client_writer.close()
        return
    set_nodelay(server_writer)
    upstream_writer_future.set_result(server_writer)
    down_reader_task = asyncio.create_task(pump_reader(server_reader, down_queue, delay, down, stats))
    down_writer_task = asyncio.create_task(pump_writer(down_queue, client_writer_future))

    await asyncio.gather(up_writer_task, down_writer_task, return_exceptions=True)
    for t in (up_reader_task, down_reader_task):
        t.cancel()
    for w in (client_writer, server_writer):
        try:
            w.close()
        except Exception:
            pass


async def main_async(args) -> int:
    delay = args.one_way_ms / 1000.0
    connect_delay = (args.connect_delay_ms if args.connect_delay_ms is not None else 3 * args.one_way_ms) / 1000.0
    if not is_loopback(args.upstream_host):
        print(f"latency_proxy: upstream {args.upstream_host} is not loopback", file=sys.stderr)
        return 2
    stats = Stats()
    servers = []
    mapping = {}
    for spec in args.ports.split(","):
        spec = spec.strip()
        if not spec:
            continue
        if "=" in spec:
            upstream_s, listen_s = spec.split("=", 1)
            listen_host, _, listen_port_s = listen_s.rpartition(":")
            listen_port = int(listen_port_s)
        else:
            upstream_s, listen_host, listen_port = spec, args.listen_host, 0
        if not is_loopback(listen_host):
            print(f"latency_proxy: listen address {listen_host} is not loopback", file=sys.stderr)
            return 2
        upstream_port = int(upstream_s)

        def make_handler(p=upstream_port):
            return lambda r, w: handle(r, w, args.upstream_host, p, delay, connect_delay, stats)

        server = await asyncio.start_server(make_handler(), listen_host, listen_port, reuse_address=True)
        servers.append(server)
        host, port = server.sockets[0].getsockname()[:2]
        mapping[str(upstream_port)] = f"{host}:{port}"

    info = {"pid": os.getpid(), "one_way_ms": args.one_way_ms, "rtt_ms": 2 * args.one_way_ms,
            "connect_delay_ms": connect_delay * 1000.0, "upstream_host": args.upstream_host, "ports": mapping}
    if args.ready_file:
        tmp = args.ready_file + ".tmp"
        with open(tmp, "w") as f:
            json.dump(info, f)
        os.replace(tmp, args.ready_file)
    else:
        print(json.dumps(info), flush=True)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    for s in servers:
        s.close()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description="Loopback TCP proxy that adds a one-way delay in both directions.")
    ap.add_argument("--upstream-host", default="127.0.0.1")
    ap.add_argument("--ports", required=True,
                    help="comma-separated upstream ports; UP=HOST:PORT listens on a given address")
    ap.add_argument("--listen-host", default="127.0.0.1")
    ap.add_argument("--one-way-ms", type=float, default=25.0, help="delay each way (RTT = 2x); default 25")
    ap.add_argument("--connect-delay-ms", type=float, default=None,
                    help="delay before the upstream connect; default 3 x one-way (1.5 RTT, see the module doc)")
    ap.add_argument("--ready-file", help="write the port map here (JSON) once listening")
    args = ap.parse_args()
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
