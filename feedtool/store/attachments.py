"""A post's attachments (`attachments:`): files readers can download, such as a podcast episode or a PDF.

Each attachment is a mapping `{url, type, length, title}`. `url` is either an absolute
http(s) URL (then `type` and `length` are the publisher's to give) or a path to a file
inside the store directory: then `length` and `type` come from the file itself, and the
build publishes the file at the same relative path below the output, so that its URL
(the site's link + the path) works.
"""

from __future__ import annotations

import mimetypes
import os
import posixpath
import re
import stat

from feedtool.model import Attachment
from feedtool.store.fields import Checker
from feedtool.store.source import Raw

ATTACHMENT_FIELDS = ("url", "type", "length", "title")
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024  # published files are held in memory while the build writes them

# Types the built-in table lacks, for the files posts carry most; then Python's own table,
# never the system's (/etc/mime.types differs between machines, and the feeds must not).
_TYPES = {
    ".m4a": "audio/mp4", ".m4b": "audio/mp4", ".aac": "audio/aac", ".ogg": "audio/ogg", ".oga": "audio/ogg",
    ".flac": "audio/flac", ".wav": "audio/wav", ".mp3": "audio/mpeg", ".opus": "audio/opus",
    ".m4v": "video/mp4", ".mov": "video/quicktime", ".webm": "video/webm", ".ogv": "video/ogg",
    ".epub": "application/epub+zip", ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".webp": "image/webp", ".avif": "image/avif", ".svg": "image/svg+xml",
}
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][\w!#$&^.+-]*/[A-Za-z0-9][\w!#$&^.+-]*(\s*;.*)?")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_BUILT_IN = None


def guess_type(path: str) -> str | None:
    global _BUILT_IN
    suffix = posixpath.splitext(path)[1].lower()
    if suffix in _TYPES:
        return _TYPES[suffix]
    if _BUILT_IN is None:
        _BUILT_IN = mimetypes.MimeTypes()  # built-in table only: no files read
    return _BUILT_IN.guess_type("x" + suffix, strict=False)[0]


def read_attachments(fields: dict[str, Raw], checker: Checker, root: str | None, site: str | None
                     ) -> tuple[Attachment, ...]:
    """The entry's attachments; `root` is the store directory (None for a one-file store)."""
    raw = fields.get("attachments")
    if raw is None or raw.kind == "null":
        return ()
    if raw.kind != "list" or raw.items is None:
        checker.error(raw, "attachments", "'attachments' must be a list of attachments",
                      "write each as - url: media/aflevering-1.mp3 (a file in the store) or - url: https://..., "
                      "type: audio/mpeg, length: 123456")
        return ()
    found = []
    for index, item in enumerate(raw.items):
        label = f"attachments[{index}]"
        values = checker.mapping(item, f"{label!r}", "write url:, and type: and length: for a file elsewhere")
        if values is None:
            continue
        checker.unknown_fields(values, ATTACHMENT_FIELDS, prefix=label + ".")
        attachment = _attachment(values, checker, label, root, site)
        if attachment is not None:
            found.append(attachment)
    return tuple(found)


def _attachment(values: dict[str, Raw], checker: Checker, label: str, root: str | None, site: str | None
                ) -> Attachment | None:
    url = checker.text(values, "url", required=True, label=label + ".url", strict=True)
    if url is None:
        return None
    title = checker.text(values, "title", label=label + ".title")
    given_type = checker.text(values, "type", label=label + ".type", strict=True)
    if given_type is not None and not _MEDIA_TYPE.fullmatch(given_type):
        checker.error(values["type"], label + ".type", f"{given_type!r} is not a media type",
                      "write it as type/subtype, e.g. type: audio/mpeg")
        return None
    length = _length(values, checker, label)
    if length is False:
        return None
    if _SCHEME.match(url) or url.startswith("//"):
        return _remote(values, checker, label, url, given_type, length, title)
    return _local(values, checker, label, url, given_type, length, title, root, site)


def _length(values: dict[str, Raw], checker: Checker, label: str) -> int | None | bool:
    raw = values.get("length")
    if raw is None or raw.kind == "null":
        return None
    text = raw.text if raw.kind in ("int", "str") else None
    if text is None or not re.fullmatch(r"[0-9]{1,15}", text.strip()):
        negative = text is not None and text.strip().startswith("-")
        checker.error(raw, label + ".length",
                      f"'length' must be the file's size in bytes, a whole number of at least 0, not {raw.text!r}"
                      + (" (a size cannot be negative)" if negative else ""),
                      "e.g. length: 12345678 (for a file in the store, leave it out: it is read from the file)")
        return False
    return int(text)


def _remote(values, checker: Checker, label: str, url: str, given_type: str | None, length: int | None,
            title: str | None) -> Attachment | None:
    from feedtool.store.fields import check_url

    try:
        absolute = check_url(url)
    except ValueError as exc:
        message, hint = exc.args
        checker.error(values["url"], label + ".url", message, hint)
        return None
    if given_type is None:
        checker.error(values["url"], label + ".type", "an attachment elsewhere needs its type",
                      f"add type: {guess_type(urlpath(absolute)) or 'audio/mpeg'} (the file's media type)")
        return None
    if length is None:
        checker.error(values["url"], label + ".length", "an attachment elsewhere needs its length in bytes "
                      "(RSS requires it, and podcast apps show it)", "add length: with the file's size in bytes")
        return None
    return Attachment(url=absolute, media_type=given_type, length=length, title=title)


def urlpath(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path


def _local(values, checker: Checker, label: str, url: str, given_type: str | None, length: int | None,
           title: str | None, root: str | None, site: str | None) -> Attachment | None:
    raw = values["url"]
    if root is None:
        checker.error(raw, label + ".url", "a one-file store has no directory to hold attachment files",
                      "give the file's full URL with type: and length:, or use a store directory")
        return None
    path = url.replace("\\", "/")
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if path.startswith("/") or ".." in parts or not parts:
        checker.error(raw, label + ".url", f"the attachment {url!r} is outside the store",
                      "put the file in the store directory (e.g. media/aflevering-1.mp3) and write its path "
                      "relative to the store, without ..")
        return None
    if any(p.startswith(".") for p in parts) or parts[0].lower() in _RESERVED:
        checker.error(raw, label + ".url", f"the attachment path {url!r} cannot be published",
                      "keep attachments out of hidden directories and away from the names of the feeds "
                      "(e.g. media/aflevering-1.mp3)")
        return None
    relative = "/".join(parts)
    full = os.path.join(root, *parts)
    real_root = os.path.realpath(root)
    real = os.path.realpath(full)
    if os.path.commonpath([real_root, real]) != real_root:
        checker.error(raw, label + ".url", f"the attachment {url!r} is a link to {real}, outside the store",
                      "copy the file into the store instead of linking to it")
        return None
    try:
        st = os.stat(full)
    except FileNotFoundError:
        checker.error(raw, label + ".url", f"the attachment file {relative} does not exist in the store",
                      f"put the file at {os.path.join(root, *parts)}, or correct the path")
        return None
    except OSError as exc:
        checker.error(raw, label + ".url", f"cannot read the attachment {relative}: {exc.strerror or exc}")
        return None
    if not stat.S_ISREG(st.st_mode):
        checker.error(raw, label + ".url", f"the attachment {relative} is not a regular file")
        return None
    if st.st_size > MAX_ATTACHMENT_BYTES:
        checker.error(raw, label + ".url", f"the attachment {relative} is {st.st_size / 1048576:.0f} MB; "
                      f"files of at most {MAX_ATTACHMENT_BYTES // 1048576} MB are published with the feeds",
                      "put a large file on a server and give its full URL with type: and length:")
        return None
    media_type = guess_type(relative)
    if given_type is not None:
        media_type = given_type
    elif media_type is None:
        checker.error(raw, label + ".type", f"the type of {relative} cannot be told from its name",
                      "add type: with its media type, e.g. type: audio/mpeg")
        return None
    if length is not None and length != st.st_size:
        checker.warn(values["length"], label + ".length",
                     f"'length' says {length}, but {relative} has {st.st_size} bytes: the file's size is used",
                     "leave length: out for a file in the store")
    url_out = (site or "") + "/".join(_quote(p) for p in parts)
    return Attachment(url=url_out, media_type=media_type, length=st.st_size, title=title, path=relative,
                      source=full)


_RESERVED = frozenset(("atom.xml", "rss.xml", "feed.json", "index.html", "tags", "archive"))


def _quote(part: str) -> str:
    from urllib.parse import quote

    return quote(part, safe="!$&'()*+,;=:@-._~")
