"""HTTP downloads that cannot hang and cannot be steered at internal addresses.

Used by `validate` and `diff` (and any later command that fetches a URL). Two
guarantees, both enforced at the socket rather than by checking first:

- **One deadline.** A download gets one monotonic deadline that covers the name
  lookup, connecting, the TLS handshake, the request, the headers and the body,
  redirects included. Every read waits at most until that deadline: a server that
  drips one byte a second cannot keep a read alive (a socket timeout alone bounds
  each `recv`, and a buffered 64 KiB read waits for 64 KiB).
- **No internal addresses.** Every hop's host name is resolved once, each
  address is checked, and the socket connects to that very address; after the
  connect, the peer address is checked again. Loopback, link-local, private,
  unique-local, unspecified, multicast and reserved addresses are refused, unless
  the URL the user typed is itself such an address (an IP literal or `localhost`)
  or `allow_private` is set. Because the name is resolved only once and the
  checked address is the one connected to, a DNS answer that changes between a
  check and the connect (DNS rebinding) has nothing to slip through. A refused
  hop is never connected to, so nothing from it can reach a report.

Through a proxy (`http_proxy`, `https_proxy`), the target's name is resolved and
checked, but the proxy makes the connection itself: only a direct connection is
proof against rebinding.
"""

from __future__ import annotations

import functools
import http.client
import io
import ipaddress
import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from urllib.parse import urlsplit

# (network, what it is), the first match wins. Documentation ranges (192.0.2.0/24, 2001:db8::/32 ...)
# are not here: nothing internal answers there.
_NON_PUBLIC = tuple(
    (ipaddress.ip_network(network), kind)
    for network, kind in (
        ("0.0.0.0/8", "unspecified"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local"),
        ("10.0.0.0/8", "private"),
        ("172.16.0.0/12", "private"),
        ("192.168.0.0/16", "private"),
        ("100.64.0.0/10", "private (carrier-grade NAT)"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local"),
        ("fc00::/7", "unique-local"),
        ("ff00::/8", "multicast"),
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_V4_COMPATIBLE = ipaddress.ip_network("::/96")


def address_kind(address: str) -> str | None:
    """What kind of non-public address `address` is ("loopback", "private", ...), or None when it is public.

    IPv6 addresses that carry an IPv4 address (mapped, NAT64, 6to4, IPv4-compatible) are judged by it.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # fe80::1%eth0: the zone does not change the kind
    except ValueError:
        return "unparsable"
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and (ip in _NAT64 or (ip in _V4_COMPATIBLE and int(ip) > 1)):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return address_kind(str(embedded))
    for network, kind in _NON_PUBLIC:
        if ip.version == network.version and ip in network:
            return kind
    return None


def names_internal_address(url: str) -> bool:
    """Whether the URL itself names a non-public host: an IP literal in such a range, or localhost."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    host = host.rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return address_kind(host) is not None


class DeadlineExceeded(TimeoutError):
    """The download's one deadline passed (during the lookup, the connect, the headers or the body)."""


class AddressRefused(OSError):
    """A host that resolves to (or connected to) an address the policy refuses; nothing was sent to it."""

    def __init__(self, host: str, address: str, kind: str):
        self.host, self.address, self.kind = host, address, kind
        shown = host if host == address else f"{host} ({address})"
        super().__init__(f"{shown} is a {kind} address")


class Download:
    """One download: its deadline and its address policy; `opener()` fetches through both."""

    def __init__(self, timeout: float, *, allow_private: bool = False, clock: Callable[[], float] = time.monotonic):
        self.timeout = timeout
        self.allow_private = allow_private
        self._clock = clock
        self.deadline = clock() + timeout

    def remaining(self) -> float:
        left = self.deadline - self._clock()
        if left <= 0:
            raise DeadlineExceeded(f"no complete answer within {self.timeout:g} seconds")
        return left

    def check(self, host: str, address: str) -> None:
        kind = None if self.allow_private else address_kind(address)
        if kind is not None:
            raise AddressRefused(host, address, kind)

    def resolve(self, host: str, port: int) -> list[tuple]:
        """getaddrinfo with the deadline (the lookup itself has no timeout: it runs on a helper thread)."""
        try:
            ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            pass
        else:
            return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
        answer: list = []

        def lookup() -> None:
            try:
                answer.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
            except OSError as exc:
                answer.append(exc)

        worker = threading.Thread(target=lookup, name="feedtool-resolve", daemon=True)
        worker.start()
        worker.join(self.remaining())
        if not answer:
            raise DeadlineExceeded(f"looking up {host} took longer than {self.timeout:g} seconds")
        if isinstance(answer[0], OSError):
            raise answer[0]
        return answer[0]

    def check_name(self, host: str | None, port: int = 80) -> None:
        """Resolve `host` and refuse it when any of its addresses is non-public (for proxied requests)."""
        if host and not self.allow_private:
            for *_, sockaddr in self.resolve(host, port):
                self.check(host, sockaddr[0])

    def connect(self, address, timeout=None, source_address=None, *, check: bool = True) -> socket.socket:  # noqa: ARG002
        """socket.create_connection, but to checked addresses only, within the deadline."""
        host, port = address
        refused: AddressRefused | None = None
        failure: OSError | None = None
        for family, kind, proto, _, sockaddr in self.resolve(host, port):
            if check:
                try:
                    self.check(host, sockaddr[0])
                except AddressRefused as exc:
                    refused = refused or exc
                    continue
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(self.remaining())
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                if check:
                    self.check(host, sock.getpeername()[0])  # the address really connected to
                return sock
            except AddressRefused:
                sock.close()
                raise
            except OSError as exc:
                sock.close()
                if isinstance(exc, DeadlineExceeded):
                    raise
                failure = exc
        if refused is not None:
            raise refused
        raise failure or OSError(f"{host} has no address")

    def opener(self, extra_handlers=()) -> urllib.request.OpenerDirector:
        """A urllib opener for http(s) only, every connection through `connect` and the deadline."""
        opener = urllib.request.build_opener(_HTTPHandler(self), _HTTPSHandler(self), *extra_handlers)
        opener.handlers = [
            h for h in opener.handlers
            if not isinstance(h, (urllib.request.FileHandler, urllib.request.FTPHandler, urllib.request.DataHandler))
        ]
        return opener

    def connection_class(self, base: type, request: urllib.request.Request) -> Callable:
        proxied = request.has_proxy() or bool(getattr(request, "_tunnel_host", None))
        if proxied:
            target = urlsplit(request.full_url)
            self.check_name(target.hostname, target.port or (443 if target.scheme == "https" else 80))
        return functools.partial(base, download=self, check=not proxied)


class _DeadlineConnectionMixin:
    def __init__(self, host, *, download: Download, check: bool, **kwargs):
        super().__init__(host, **kwargs)
        self._download = download
        self._create_connection = functools.partial(download.connect, check=check)

    def connect(self) -> None:
        super().connect()
        self.sock = _DeadlineSocket(self.sock, self._download)


class _HTTPConnection(_DeadlineConnectionMixin, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_DeadlineConnectionMixin, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, download: Download):
        super().__init__()
        self.download = download

    def http_open(self, req):
        return self.do_open(self.download.connection_class(_HTTPConnection, req), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, download: Download):
        super().__init__()
        self.download = download

    def https_open(self, req):
        return self.do_open(self.download.connection_class(_HTTPSConnection, req), req, context=self._context)


class _DeadlineSocket:
    """A connected socket whose every send and receive waits at most until the download's deadline.

    http.client reads through `makefile()`; the file handed out reads with the time that is
    left, so a buffered read that would wait for 64 KiB stops at the deadline all the same.
    The socket is closed when both this object and its files are closed (as socket.makefile does).
    """

    def __init__(self, sock: socket.socket, download: Download):
        self._sock = sock
        self._download = download
        self._files = 0
        self._closed = False

    def sendall(self, data) -> None:
        self._sock.settimeout(self._download.remaining())
        self._sock.sendall(data)

    def makefile(self, mode: str = "rb", *args, **kwargs):  # noqa: ARG002 - http.client reads only
        self._files += 1
        return io.BufferedReader(_DeadlineReader(self))

    def recv_into(self, buffer) -> int:
        self._sock.settimeout(self._download.remaining())
        return self._sock.recv_into(buffer)

    def file_closed(self) -> None:
        self._files -= 1
        if self._closed and self._files <= 0:
            self._sock.close()

    def close(self) -> None:
        self._closed = True
        if self._files <= 0:
            self._sock.close()

    def __getattr__(self, name):
        return getattr(self._sock, name)


class _DeadlineReader(io.RawIOBase):
    def __init__(self, owner: _DeadlineSocket):
        self._owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self._owner.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            super().close()
            self._owner.file_closed()
