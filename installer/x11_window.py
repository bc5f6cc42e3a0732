"""What the smoke test does to a real window on an X server, through libX11 alone
(no xdotool, xwd or ImageMagick needed):

  x11_window.py wait PREFIX [TIMEOUT]   waits for a viewable window whose title starts
                                        with PREFIX; prints its id and title
  x11_window.py shot FILE.png           saves the whole screen as a PNG
  x11_window.py close WINDOW_ID         asks the window to close (WM_DELETE_WINDOW,
                                        as a window manager's close button does)
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
import sys
import time
import zlib
from ctypes import POINTER, byref, c_char_p, c_int, c_long, c_uint, c_ulong, c_void_p

Window = Atom = c_ulong
x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
x11.XOpenDisplay.restype = c_void_p
x11.XOpenDisplay.argtypes = [c_char_p]
x11.XDefaultRootWindow.restype = Window
x11.XDefaultRootWindow.argtypes = [c_void_p]
x11.XInternAtom.restype = Atom
x11.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
x11.XQueryTree.argtypes = [c_void_p, Window, POINTER(Window), POINTER(Window),
                           POINTER(POINTER(Window)), POINTER(c_uint)]
x11.XGetWindowProperty.argtypes = [c_void_p, Window, Atom, c_long, c_long, c_int, Atom,
                                   POINTER(Atom), POINTER(c_int), POINTER(c_ulong),
                                   POINTER(c_ulong), POINTER(c_void_p)]
x11.XFree.argtypes = [c_void_p]
x11.XGetImage.restype = c_void_p
x11.XGetImage.argtypes = [c_void_p, Window, c_int, c_int, c_uint, c_uint, c_ulong, c_int]
x11.XSendEvent.argtypes = [c_void_p, Window, c_int, c_long, c_void_p]
x11.XFlush.argtypes = [c_void_p]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", c_int), ("y", c_int), ("width", c_int), ("height", c_int),
                ("border_width", c_int), ("depth", c_int), ("visual", c_void_p),
                ("root", Window), ("class_", c_int), ("bit_gravity", c_int),
                ("win_gravity", c_int), ("backing_store", c_int), ("backing_planes", c_ulong),
                ("backing_pixel", c_ulong), ("save_under", c_int), ("colormap", c_ulong),
                ("map_installed", c_int), ("map_state", c_int), ("all_event_masks", c_long),
                ("your_event_mask", c_long), ("do_not_propagate_mask", c_long),
                ("override_redirect", c_int), ("screen", c_void_p)]


class XImage(ctypes.Structure):
    _fields_ = [("width", c_int), ("height", c_int), ("xoffset", c_int), ("format", c_int),
                ("data", c_void_p), ("byte_order", c_int), ("bitmap_unit", c_int),
                ("bitmap_bit_order", c_int), ("bitmap_pad", c_int), ("depth", c_int),
                ("bytes_per_line", c_int), ("bits_per_pixel", c_int)]


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", c_int), ("serial", c_ulong), ("send_event", c_int),
                ("display", c_void_p), ("window", Window), ("message_type", Atom),
                ("format", c_int), ("data", c_long * 5), ("pad", c_long * 12)]


x11.XGetWindowAttributes.argtypes = [c_void_p, Window, POINTER(XWindowAttributes)]
IS_VIEWABLE, ZPIXMAP, CLIENT_MESSAGE = 2, 2, 33


def open_display() -> int:
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("cannot open the X display (is DISPLAY set?)")
    return int(display)


def title(display: int, window: int) -> str:
    utf8 = x11.XInternAtom(display, b"UTF8_STRING", 0)
    kind, fmt, count, after, data = Atom(), c_int(), c_ulong(), c_ulong(), c_void_p()
    name = x11.XInternAtom(display, b"_NET_WM_NAME", 0)
    if x11.XGetWindowProperty(display, window, name, 0, 4096, 0, utf8, byref(kind), byref(fmt),
                              byref(count), byref(after), byref(data)) != 0 or not data.value:
        return ""
    text = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
    x11.XFree(data)
    return text


def windows(display: int, parent: int) -> list[int]:
    root, up, children, count = Window(), Window(), POINTER(Window)(), c_uint()
    if not x11.XQueryTree(display, parent, byref(root), byref(up), byref(children), byref(count)):
        return []
    found = [children[i] for i in range(count.value)]
    if children:
        x11.XFree(children)
    return found + [w for child in found for w in windows(display, child)]


def viewable(display: int, window: int) -> bool:
    attributes = XWindowAttributes()
    return bool(x11.XGetWindowAttributes(display, window, byref(attributes))
                and attributes.map_state == IS_VIEWABLE)


def wait(prefix: str, timeout: float) -> int:
    display = open_display()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for window in windows(display, x11.XDefaultRootWindow(display)):
            name = title(display, window)
            if name.startswith(prefix) and viewable(display, window):
                print(f"{window:#x} {name}", flush=True)
                return 0
        time.sleep(0.02)
    print(f"no window titled {prefix!r}… within {timeout:g} s", file=sys.stderr)
    return 1


def png(width: int, height: int, rgb_rows: list[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + row for row in rgb_rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b""))


def shot(path: str) -> int:
    display = open_display()
    root = x11.XDefaultRootWindow(display)
    attributes = XWindowAttributes()
    x11.XGetWindowAttributes(display, root, byref(attributes))
    pointer = x11.XGetImage(display, root, 0, 0, attributes.width, attributes.height,
                            0xFFFFFFFF, ZPIXMAP)
    image = XImage.from_address(pointer)
    if image.bits_per_pixel != 32:
        sys.exit(f"only 32-bit screens are handled, not {image.bits_per_pixel}")
    data = ctypes.string_at(image.data, image.bytes_per_line * image.height)
    rows = []
    for y in range(image.height):
        line = data[y * image.bytes_per_line: y * image.bytes_per_line + 4 * image.width]
        rgb = bytearray(3 * image.width)  # the server's pixels are B, G, R, unused
        rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]
        rows.append(bytes(rgb))
    with open(path, "wb") as out:
        out.write(png(image.width, image.height, rows))
    print(f"{path} {image.width}x{image.height}")
    return 0


def close(window: int) -> int:
    display = open_display()
    event = XClientMessageEvent(type=CLIENT_MESSAGE, window=window, format=32,
                                message_type=x11.XInternAtom(display, b"WM_PROTOCOLS", 0))
    event.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    event.data[1] = 0  # CurrentTime
    x11.XSendEvent(display, window, 0, 0, byref(event))
    x11.XFlush(display)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "wait":
        return wait(argv[1], float(argv[2]) if len(argv) > 2 else 20.0)
    if len(argv) == 2 and argv[0] == "shot":
        return shot(argv[1])
    if len(argv) == 2 and argv[0] == "close":
        return close(int(argv[1], 0))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
