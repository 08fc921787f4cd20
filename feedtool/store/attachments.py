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

from feedtool.i18n import message as msg
from feedtool.model import Attachment
from feedtool.store.fields import Checker
from feedtool.store.source import Raw, excerpt

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
        checker.error(raw, "attachments", msg("store.attachment.not_list"), msg("store.attachment.not_list.hint"))
        return ()
    found = []
    for index, item in enumerate(raw.items):
        label = f"attachments[{index}]"
        values = checker.mapping(item, msg("store.attachment.what", label=label), msg("store.attachment.what.hint"))
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
        checker.error(values["type"], label + ".type", msg("store.attachment.type.invalid", shown=excerpt(given_type)),
                      msg("store.attachment.type.invalid.hint"))
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
                      msg("store.attachment.length.negative" if negative else "store.attachment.length.wrong",
                          shown=excerpt(raw.text)),
                      msg("store.attachment.length.hint"))
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
        checker.error(values["url"], label + ".type", msg("store.attachment.remote.type"),
                      msg("store.attachment.remote.type.hint", type=guess_type(urlpath(absolute)) or "audio/mpeg"))
        return None
    if length is None:
        checker.error(values["url"], label + ".length", msg("store.attachment.remote.length"),
                      msg("store.attachment.remote.length.hint"))
        return None
    return Attachment(url=absolute, media_type=given_type, length=length, title=title)


def urlpath(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path


def _local(values, checker: Checker, label: str, url: str, given_type: str | None, length: int | None,
           title: str | None, root: str | None, site: str | None) -> Attachment | None:
    raw = values["url"]
    if root is None:
        checker.error(raw, label + ".url", msg("store.attachment.one_file"), msg("store.attachment.one_file.hint"))
        return None
    path = url.replace("\\", "/")
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if path.startswith("/") or ".." in parts or not parts:
        checker.error(raw, label + ".url", msg("store.attachment.outside", shown=excerpt(url)),
                      msg("store.attachment.outside.hint"))
        return None
    if any(p.startswith(".") for p in parts) or parts[0].lower() in _RESERVED:
        checker.error(raw, label + ".url", msg("store.attachment.reserved", shown=excerpt(url)),
                      msg("store.attachment.reserved.hint"))
        return None
    relative = "/".join(parts)
    full = os.path.join(root, *parts)
    real_root = os.path.realpath(root)
    real = os.path.realpath(full)
    if os.path.commonpath([real_root, real]) != real_root:
        checker.error(raw, label + ".url", msg("store.attachment.link_outside", shown=excerpt(url), target=real),
                      msg("store.attachment.link_outside.hint"))
        return None
    try:
        st = os.stat(full)
    except FileNotFoundError:
        checker.error(raw, label + ".url", msg("store.attachment.missing", path=relative),
                      msg("store.attachment.missing.hint", path=os.path.join(root, *parts)))
        return None
    except OSError as exc:
        checker.error(raw, label + ".url", msg("store.attachment.unreadable", path=relative,
                                               reason=exc.strerror or str(exc)))
        return None
    if not stat.S_ISREG(st.st_mode):
        checker.error(raw, label + ".url", msg("store.attachment.not_regular", path=relative))
        return None
    if st.st_size > MAX_ATTACHMENT_BYTES:
        checker.error(raw, label + ".url", msg("store.attachment.too_large", path=relative, size=st.st_size / 1048576,
                                               limit=MAX_ATTACHMENT_BYTES // 1048576),
                      msg("store.attachment.too_large.hint"))
        return None
    media_type = guess_type(relative)
    if given_type is not None:
        media_type = given_type
    elif media_type is None:
        checker.error(raw, label + ".type", msg("store.attachment.type.unknown", path=relative),
                      msg("store.attachment.type.unknown.hint"))
        return None
    if length is not None and length != st.st_size:
        checker.warn(values["length"], label + ".length",
                     msg("store.attachment.length.differs", length=length, path=relative, size=st.st_size),
                     msg("store.attachment.length.differs.hint"))
    url_out = (site or "") + "/".join(_quote(p) for p in parts)
    return Attachment(url=url_out, media_type=media_type, length=st.st_size, title=title, path=relative,
                      source=full)


_RESERVED = frozenset(("atom.xml", "rss.xml", "feed.json", "index.html", "tags", "archive"))


def _quote(part: str) -> str:
    from urllib.parse import quote

    return quote(part, safe="!$&'()*+,;=:@-._~")
