#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times a program from its start to its first mapped and first painted top-level window.

    firstpaint.py [--runs N] [--settle S] [--timeout S] -- PROGRAM ARGS...

Needs an X server in DISPLAY (run it under xvfb-run). Python 3 standard library plus
libX11 and libXdamage through ctypes; nothing is added to the program under test.

How: before starting the program we select SubstructureNotify on the root window, so
the X server tells us when the program creates and maps a top-level window. On
CreateNotify we attach an XDamage object (level NonEmpty) to the new window, so the
first time anything is drawn into it the server sends a DamageNotify. The times are
taken from the moment just before fork/exec:
  map   = MapNotify of the first top-level window (it is viewable),
  paint = first DamageNotify on a mapped top-level window (its first frame is drawn).
Then the window's pixels are read once to confirm something other than one flat colour
was drawn, we wait --settle seconds, read VmHWM (peak RSS) from /proc, and end the
program with SIGTERM. Prints one JSON object per run.
"""

import argparse
import ctypes
import ctypes.util
import json
import os
import select
import signal
import subprocess
import sys
import time

CreateNotify = 16
MapNotify = 19
SubstructureNotifyMask = 1 << 19
XDamageReportNonEmpty = 3
ZPixmap = 2


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("pad", ctypes.c_long * 24)]


def load():
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xd = ctypes.CDLL(ctypes.util.find_library("Xdamage") or "libXdamage.so.1")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x11.XPending.argtypes = [ctypes.c_void_p]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
    x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XGetImage.restype = ctypes.c_void_p
    x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                              ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x11.XGetPixel.restype = ctypes.c_ulong
    x11.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XSetErrorHandler.restype = ctypes.c_void_p
    xd.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
    xd.XDamageCreate.restype = ctypes.c_ulong
    xd.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
    return x11, xd


ERROR_HANDLER_T = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


@ERROR_HANDLER_T
def ignore_errors(_dpy, _ev):
    return 0  # a window may vanish between an event and our request


def ulong_at(ev, offset):
    return ctypes.c_ulong.from_buffer(ev, offset).value


def int_at(ev, offset):
    return ctypes.c_int.from_buffer(ev, offset).value


def drawn_something(x11, dpy, win, w, h):
    """True when a 9x9 grid of samples over the window holds more than one colour."""
    if w <= 0 or h <= 0:
        return False
    img = x11.XGetImage(dpy, win, 0, 0, w, h, ctypes.c_ulong(-1).value, ZPixmap)
    if not img:
        return False
    colours = set()
    for i in range(1, 10):
        for j in range(1, 10):
            colours.add(x11.XGetPixel(img, w * i // 10, h * j // 10))
    return len(colours) > 1


def vm_hwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def one_run(x11, xd, dpy, root, damage_base, argv, timeout, settle, env):
    ev = XEvent()
    fd = x11.XConnectionNumber(dpy)
    while x11.XPending(dpy):  # drop anything left from a previous run
        x11.XNextEvent(dpy, ctypes.byref(ev))
    damages = {}     # damage id -> window
    geometry = {}    # window -> (w, h)
    mapped = set()
    t_map = t_paint = None
    painted_ok = None
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = t0 + timeout
    while t_paint is None and time.monotonic() < deadline:
        if not x11.XPending(dpy):
            remaining = deadline - time.monotonic()
            select.select([fd], [], [], max(0.0, min(remaining, 0.05)))
            if proc.poll() is not None and not x11.XPending(dpy):
                break
            continue
        x11.XNextEvent(dpy, ctypes.byref(ev))
        now = time.monotonic()
        if ev.type == CreateNotify:
            win = ulong_at(ev, 40)
            w, h, override = int_at(ev, 56), int_at(ev, 60), int_at(ev, 68)
            geometry[win] = (w, h)
            if not override:
                damages[xd.XDamageCreate(dpy, win, XDamageReportNonEmpty)] = win
                x11.XFlush(dpy)
        elif ev.type == MapNotify:
            win = ulong_at(ev, 40)
            if int_at(ev, 48):  # override-redirect (menus, tooltips)
                continue
            mapped.add(win)
            if t_map is None:
                t_map = now - t0
        elif ev.type == damage_base:  # XDamageNotify
            win = ulong_at(ev, 32)
            if win in mapped:
                t_paint = now - t0
                w, h = geometry.get(win, (0, 0))
                painted_ok = drawn_something(x11, dpy, win, w, h)
    result = {"map_s": t_map, "paint_s": t_paint, "painted_content": painted_ok}
    if proc.poll() is None:
        time.sleep(settle)
        result["peak_rss_kb"] = vm_hwm_kb(proc.pid)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    else:
        result["exit"] = proc.returncode
        result["stderr"] = proc.stderr.read().decode(errors="replace")[-2000:]
    # ru_maxrss of the child as a cross-check (same figure as /usr/bin/time -v).
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--settle", type=float, default=1.0, help="seconds after first paint before reading peak RSS")
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    argv = a.argv[1:] if a.argv and a.argv[0] == "--" else a.argv
    if not argv:
        ap.error("no program given")
    x11, xd = load()
    x11.XSetErrorHandler(ignore_errors)
    dpy = x11.XOpenDisplay(None)
    if not dpy:
        print("firstpaint: cannot open the display (run under xvfb-run)", file=sys.stderr)
        return 2
    ev_base, err_base = ctypes.c_int(), ctypes.c_int()
    if not xd.XDamageQueryExtension(dpy, ctypes.byref(ev_base), ctypes.byref(err_base)):
        print("firstpaint: the X server has no DAMAGE extension", file=sys.stderr)
        return 2
    root = x11.XDefaultRootWindow(dpy)
    x11.XSelectInput(dpy, root, SubstructureNotifyMask)
    x11.XSync(dpy, 0)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, not offscreen
    for _ in range(a.runs):
        r = one_run(x11, xd, dpy, root, ev_base.value, argv, a.timeout, a.settle, env)
        print(json.dumps(r), flush=True)
        time.sleep(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
