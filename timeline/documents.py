"""From an upload (pasted text, a .txt, .html or .md file) to article text and metadata.

The text that comes out has one paragraph a line, no blank lines and no markup: that is
what extraction reads and what evidence offsets point into. Every way an upload can be
unusable (too big, not text, empty, an unknown kind of file) raises `DocumentError` with a
message meant for the person who uploaded it.

No Django models here; only `settings.UPLOAD_MAX_BYTES` is read (and only when no limit is
passed in).
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction
from markdown_it import MarkdownIt

from .extraction.text import mend_lost_marks

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + MARKDOWN_SUFFIXES


class DocumentError(ValueError):
    """An upload that cannot become an article; str() is a message for the user."""


@dataclass
class Document:
    """What an upload yields: the text to extract from and what the file says about itself."""
    text: str                       # cleaned: one paragraph a line
    raw: str                        # as decoded, before cleaning
    kind: str = "text"              # text, html or markdown
    filename: str = ""
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None  # from a page's metadata or a Markdown file's front matter
    name_date: dt.date | None = None  # the day the file's name gives ("20141128-0825.txt")
    reading: str = ""               # how a file that is not UTF-8 was read, for the user to check


# --- entry points -----------------------------------------------------------------------

def from_pasted(text: str, *, max_bytes: int | None = None) -> Document:
    """Text pasted into the form.

    >>> from_pasted("  Satu  baris.\\r\\n\\r\\nDua. ", max_bytes=100).text
    'Satu baris.\\nDua.'
    """
    _check_size(len(text.encode("utf-8")), "The pasted text", max_bytes)
    return _finish(Document(text=clean_text(text), raw=text), "The pasted text")


def from_upload(upload, *, max_bytes: int | None = None) -> Document:
    """A Django UploadedFile (anything with .name, .size and .read())."""
    name = Path(upload.name or "").name
    _check_suffix(name)
    _check_size(upload.size, f"{name}", max_bytes)
    data = upload.read(_limit(max_bytes) + 1)
    return from_bytes(data, name, max_bytes=max_bytes)


def from_path(path: str | Path, *, max_bytes: int | None = None) -> Document:
    """A file on disk (the `extract` and `loadseeds` commands)."""
    path = Path(path)
    _check_suffix(path.name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    return from_bytes(data, path.name, max_bytes=max_bytes)


def from_bytes(data: bytes, filename: str, *, max_bytes: int | None = None) -> Document:
    """The bytes of a file; its kind is taken from the name's suffix."""
    _check_suffix(filename)
    _check_size(len(data), filename, max_bytes)
    suffix = Path(filename).suffix.lower()
    raw, reading = decoded(data, filename, charset=declared_charset(data) if suffix in HTML_SUFFIXES else None)
    if suffix in HTML_SUFFIXES:
        doc = html_document(raw)
    elif suffix in MARKDOWN_SUFFIXES:
        doc = markdown_document(raw)
    else:
        doc = Document(text=clean_text(raw), raw=raw)
    doc.filename = filename
    doc.name_date = date_in_filename(filename)
    doc.reading = reading
    return _finish(doc, filename)


# --- checks -----------------------------------------------------------------------------

def _limit(max_bytes: int | None) -> int:
    if max_bytes is None:
        from django.conf import settings
        max_bytes = settings.UPLOAD_MAX_BYTES
    return max_bytes


def human_size(size: int) -> str:
    """
    >>> human_size(2 * 1024 * 1024), human_size(1536), human_size(12)
    ('2.0 MB', '1.5 KB', '12 bytes')
    """
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def _check_size(size: int | None, what: str, max_bytes: int | None) -> None:
    limit = _limit(max_bytes)
    if size is not None and size > limit:
        said, allowed = human_size(size), human_size(limit)
        if said == allowed:         # "2.0 MB; the limit is 2.0 MB" would say nothing
            said, allowed = f"{size:,} bytes", f"{limit:,} bytes ({allowed})"
        raise DocumentError(f"{what} is too large ({said}); the limit is {allowed}.")


def _check_suffix(filename: str) -> None:
    suffix = Path(filename).suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(
            f"{filename or 'The file'}: only .txt, .html and .md files can be uploaded"
            f"{f' (not {suffix})' if suffix else ''}.")


_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive or an Office document",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF document",
}


def decode(data: bytes, filename: str = "The file", charset: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without a byte order mark), UTF-16 (with a byte order
    mark, or with none when every other byte is zero), else the `charset` a web page declares; a byte that is not UTF-8 is read as
    Windows-1252, so that a file wholly in Windows-1252 and a UTF-8 file with a few such
    bytes pasted in (Word's curly quotes) both come out right; anything binary or
    undecodable raises DocumentError.

    >>> decode("Bogotá".encode("utf-8")), decode("Bogotá".encode("cp1252"))
    ('Bogotá', 'Bogotá')
    >>> decode("Sánchez: ".encode("utf-8") + b"\\x93Siap\\x94")
    'Sánchez: “Siap”'
    >>> decode(b"\\xef\\xbb\\xbfTeks")
    'Teks'
    """
    return decoded(data, filename, charset)[0]


def decoded(data: bytes, filename: str = "The file", charset: str | None = None) -> tuple[str, str]:
    """`decode`, and how the bytes that are not UTF-8 were read, to tell the user ("" when the file is
    UTF-8, UTF-16 or in the charset it declares). Of the 8-bit encodings, Windows-1252 and Turkish
    Windows-1254 differ in six letters only: ð, ý, þ (Icelandic, unlikely in the news) are Turkish
    ğ, ı, ş (Erdoğan, Davutoğlu), so a file holding them is read as Turkish.

    >>> decoded("Erdoğan di Café".encode("cp1254"))
    ('Erdoğan di Café', 'Not UTF-8: read as Windows-1254 (Turkish); check the names: Erdoğan, Café.')
    >>> decoded("Bogotá".encode("cp1252"))[1]
    'Not UTF-8: read as Windows-1252 (Latin-1, Western European); check the names: Bogotá.'
    >>> decoded("Bogotá".encode("utf-8"))
    ('Bogotá', '')
    """
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            raise DocumentError(f"{filename} is not a text file (it looks like {what}); "
                                "save it as .txt, .html or .md first.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError:
            pass
    elif (codec := _utf16_without_bom(data)) is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = ""
        if text and not _looks_binary(text):
            return text, ""
    elif b"\x00" not in data:
        text, reading = _decode_8bit(data, charset)
        if text is not None and not _looks_binary(text):
            return text, reading
    raise DocumentError(f"{filename} is not a text file: it holds binary data or an unknown "
                        "encoding (save it as UTF-8 text).")


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of a file in UTF-16 with no byte order mark (some Windows and database exports): a
    Latin text's every other byte is zero, the first of each pair (big-endian) or the second
    (little-endian), where a binary file has zeros anywhere. It was refused as "binary data".

    >>> _utf16_without_bom("Petro tiba.".encode("utf-16-le")), _utf16_without_bom("Petro tiba.".encode("utf-16-be"))
    ('utf-16-le', 'utf-16-be')
    >>> _utf16_without_bom(b"Petro tiba."), _utf16_without_bom(bytes(range(256)) * 4)
    (None, None)
    """
    sample = data[:65536]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    first, second = sample[0:2 * pairs:2].count(0), sample[1:2 * pairs:2].count(0)
    if second >= pairs * 0.3 and first <= pairs * 0.02:
        return "utf-16-le"
    if first >= pairs * 0.3 and second <= pairs * 0.02:
        return "utf-16-be"
    return None


_ENCODINGS = {"cp1252": "Windows-1252 (Latin-1, Western European)", "cp1254": "Windows-1254 (Turkish)"}
_NOT_TURKISH = set("ðÐýÝþÞ")    # what Windows-1252 makes of the bytes of ğ Ğ ı İ ş Ş


def _decode_8bit(data: bytes, charset: str | None) -> tuple[str | None, str]:
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    if charset:
        try:
            return data.decode(charset), ""
        except (UnicodeDecodeError, LookupError):  # (LookupError: a codec of bytes to bytes, say)
            pass
    try:
        text, encoding = data.decode("utf-8-sig", _CP1252_FALLBACK), "cp1252"
        if _NOT_TURKISH & set(text):
            text, encoding = data.decode("utf-8-sig", _CP1254_FALLBACK), "cp1254"
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined too
        return None, ""
    # (the words with a letter so read: "Erdoğan"; not the curly quotes Word puts around them)
    words = list(dict.fromkeys(w.strip(".,;:!?()\"'“”‘’") for w in text.split()
                               if any(not c.isascii() and c.isalpha() for c in w)))[:6]
    return text, (f"Not UTF-8: read as {_ENCODINGS[encoding]}; check the names"
                  + (f": {', '.join(words)}." if words else "."))


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """A codecs error handler: the bytes UTF-8 cannot read, read as Windows-1252 (and an
    error still for the five bytes Windows-1252 leaves undefined)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("cp1252"), exc.end


def _cp1254_fallback(exc: UnicodeError) -> tuple[str, int]:
    """The same, reading them as Turkish Windows-1254."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("cp1254"), exc.end


_CP1252_FALLBACK = "newsline-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)
_CP1254_FALLBACK = "newsline-cp1254-fallback"
codecs.register_error(_CP1254_FALLBACK, _cp1254_fallback)


# <meta charset="shift_jis">, <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The codec of the charset an HTML page declares near its start, if Python has it. A
    UTF label is no use (a page that is not UTF-8 is read as today), and browsers read
    Latin-1 and ASCII as Windows-1252, whose curly quotes pages in them do hold.

    >>> declared_charset(b'<head><meta charset="Shift_JIS">'), declared_charset(b"<p>Teks</p>")
    ('shift_jis', None)
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    'cp1252'
    >>> declared_charset(b'<meta charset="utf-8">'), declared_charset(b'<meta charset="x-tak-dikenal">')
    (None, None)
    """
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        codec = codecs.lookup(m[1].decode("ascii")).name
    except LookupError:
        return None
    if codec.startswith("utf"):
        return None
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def _looks_binary(text: str) -> bool:
    """Too many control characters for text (a binary file that happens to decode)."""
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    return controls > max(2, len(sample) // 100)


def _finish(doc: Document, what: str) -> Document:
    if not any(ch.isalnum() for ch in doc.text):
        raise DocumentError(f"{what} contains no text." if doc.raw.strip()
                            else f"{what} is empty.")
    return doc


# --- cleaning ---------------------------------------------------------------------------

_SPACES = re.compile(r"[^\S\n]+")
# Zero-width characters and soft hyphens, and the bidi embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069): those can flip the app's own labels around the text they are
# shown in. The marks LRM and RLM (U+200E, U+200F) stay: they only set the direction of the
# neutral characters next to them, which mixed Arabic or Hebrew and Latin text needs.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"
                                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)


def clean_text(text: str) -> str:
    """One paragraph a line: normalized newlines and spaces, no blank or padded lines, no
    invisible or direction-overriding characters, and the quote marks and dashes a wrong
    decoding turned into "\ufffd" written again.

    >>> clean_text("\\ufeffJAKARTA,\\u00a0KOMPAS.com \\r\\n\\n\\n  Presiden  Joko Widodo ")
    'JAKARTA, KOMPAS.com\\nPresiden Joko Widodo'
    >>> clean_text("Kata \\u202etidak\\u202c, \\u2067NATO\\u2069\\u200f.")
    'Kata tidak, NATO\\u200f.'
    """
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return mend_lost_marks("\n".join(line for line in lines if line))


# --- HTML -------------------------------------------------------------------------------

# Elements that are never article text.
_DROP_TAGS = ["head", "title", "script", "style", "noscript", "template", "nav", "aside", "footer",
              "form", "button", "select", "textarea", "iframe", "svg", "canvas", "object",
              "embed", "video", "audio", "figure", "menu", "dialog"]
# class / id words of boilerplate blocks: share bars, related links, comments, ads ...
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|comments?|advert\w*|ads?|iklan|promo\w*|"
    r"newsletter|subscribe|breadcrumbs?|tags?|baca-?juga|read-?also|recommend\w*|"
    r"popular|terpopuler|sidebar|cookie\w*|banner|widget)(?:$|[\s_-])", re.I)
# Elements that start a new line.
_BLOCKS = frozenset("""address article blockquote body dd details div dl dt fieldset figcaption
    h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table tbody td tfoot th thead tr
    ul caption center""".split())
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


def html_document(html: str) -> Document:
    """An HTML page: the article's paragraphs and what the page's metadata says.

    >>> doc = html_document('''<html><head><title>Judul | Situs</title>
    ...   <meta property="og:site_name" content="NarayaPost">
    ...   <meta property="article:published_time" content="2026-01-10T08:00:00+07:00">
    ...   <link rel="canonical" href="https://example.com/a"></head>
    ... <body><nav>Beranda</nav><article><h1>Judul</h1><p>Satu <b>dua</b>
    ...   tiga.</p><div class="share">Bagikan</div><p>Empat.</p></article>
    ... <script>alert(1)</script></body></html>''')
    >>> doc.text
    'Judul\\nSatu dua tiga.\\nEmpat.'
    >>> doc.title, doc.outlet, doc.url, doc.published
    ('Judul', 'NarayaPost', 'https://example.com/a', datetime.date(2026, 1, 10))
    """
    soup = BeautifulSoup(_cut_unclosed_comment(html), "html.parser")
    meta = _metadata(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all("header"):  # the site's header, not an article's own
        if not tag.decomposed and tag.find_parent("article") is None:
            tag.decompose()
    for tag in soup.find_all(_is_boilerplate):
        if not tag.decomposed:
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    pieces: list[str] = []
    _walk(root, pieces)
    text = clean_text("".join(pieces))
    return Document(text=text, raw=html, kind="html", **meta)


# What closes a comment: "-->", "--!>", or at once ">" or "->" ("<!-->" is an empty comment)
_COMMENT_CLOSE = re.compile(r"-?>|.*?--!?>", re.S)


def _cut_unclosed_comment(html: str) -> str:
    """The HTML without a comment that is never closed: browsers read it to the end of the
    page, html.parser keeps it as text (and the tags in it too).

    >>> _cut_unclosed_comment("<p>Satu.</p><!-- catatan <p>Dua.</p>")
    '<p>Satu.</p>'
    >>> _cut_unclosed_comment("<p>Satu.<!-- a --> dua <!--> tiga</p>")
    '<p>Satu.<!-- a --> dua <!--> tiga</p>'
    """
    pos = 0
    while (start := html.find("<!--", pos)) >= 0:
        closed = _COMMENT_CLOSE.match(html, start + 4)
        if closed is None:
            return html[:start]
        pos = closed.end()
    return html


def _is_boilerplate(tag) -> bool:
    if tag.name in ("html", "body", "article", "main") or tag.attrs is None:
        return False
    names = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
    return bool(names.strip()) and bool(_BOILERPLATE.search(names))


def _walk(root, out: list[str]) -> None:
    """Append the text under `root` to `out`, a newline around each block (iteratively, so
    that deeply nested pages are read too)."""
    stack, closers = [iter(root.children)], [""]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            out.append(closers.pop())
            continue
        if isinstance(child, NavigableString):
            if not isinstance(child, _SKIP_STRINGS):
                out.append(str(child) if isinstance(child, CData) else re.sub(r"\s+", " ", str(child)))
            continue
        if child.name == "br":
            out.append("\n")
        elif child.name == "pre":
            out.append("\n" + child.get_text() + "\n")
        else:
            opener = "\n" if child.name in _BLOCKS else " " if child.name in ("td", "th") else ""
            out.append(opener)
            stack.append(iter(child.children))
            closers.append("\n" if child.name in _BLOCKS else "")


def _meta(soup, *names: str) -> str:
    for name in names:
        tag = (soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
               or soup.find("meta", attrs={"itemprop": name}))
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return ""


def _json_ld(soup) -> list[dict]:
    """Every JSON-LD object of the page, @graph members included."""
    found: list[dict] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or script.get_text() or "null")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return found


_ISO_DAY = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")


# A day written whole in a file name, year first, its parts joined or split alike
# ("20141128-08251271.txt", "2024-03-05 kompas.html", "kompas_2024_03_05.md")
_NAME_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_filename(name: str, today: dt.date | None = None) -> dt.date | None:
    """The publication day a file's name gives, when it gives a whole one no later than
    tomorrow: files saved from news sites are often named so.

    >>> date_in_filename("20141128-08251271.txt"), date_in_filename("kompas_2024_03_05.md")
    (datetime.date(2014, 11, 28), datetime.date(2024, 3, 5))
    >>> date_in_filename("laporan-2014.txt"), date_in_filename("20141328.txt"), date_in_filename("2014-1128.txt")
    (None, None, None)
    """
    m = _NAME_DAY.search(Path(name).name)
    if not m:
        return None
    try:
        day = dt.date(int(m[1]), int(m[3]), int(m[4]))
    except ValueError:
        return None
    return day if day <= (today or dt.date.today()) + dt.timedelta(days=1) else None


EARLIEST_YEAR = 1800


def plausible_year(year: int, today: dt.date | None = None) -> bool:
    """A year a news article can be published in: from 1800 to next year. Outside it a date
    is a placeholder (.NET's 0001-01-01) or a typo, which would also break the timeline.

    >>> plausible_year(2014), plausible_year(1), plausible_year(1799), plausible_year(9999)
    (True, False, False, False)
    """
    return EARLIEST_YEAR <= year <= (today or dt.date.today()).year + 1


def parse_date(value: str, today: dt.date | None = None) -> dt.date | None:
    """The calendar date at the start of a metadata date ("2026-01-10T08:00:00+07:00"), if it
    is a day in a plausible year.

    >>> parse_date("2026-01-10T08:00:00+07:00"), parse_date("2026/1/9 10:00"), parse_date("kemarin")
    (datetime.date(2026, 1, 10), datetime.date(2026, 1, 9), None)
    >>> parse_date("0001-01-01T00:00:00"), parse_date("2026-02-30")
    (None, None)
    """
    m = _ISO_DAY.search(value or "")
    if not m or not plausible_year(int(m[1]), today):
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _metadata(soup) -> dict:
    ld = _json_ld(soup)

    def from_ld(key: str) -> str:
        for item in ld:
            value = item.get(key)
            if isinstance(value, dict):
                value = value.get("name") or value.get("@id") or ""
            if isinstance(value, list) and value:
                value = value[0].get("name", "") if isinstance(value[0], dict) else value[0]
            if isinstance(value, str) and value.strip():
                return value.strip()
        return ""

    published = None
    for candidate in (_meta(soup, "article:published_time", "datePublished", "pubdate", "publishdate",
                            "content_PublishedDate", "dc.date", "DC.date.issued", "date"),
                      from_ld("datePublished")):
        published = published or parse_date(candidate)
    if published is None:
        time = soup.find("time", attrs={"datetime": True})
        published = parse_date(time["datetime"]) if time else None

    h1 = soup.find("h1")
    title = (_meta(soup, "og:title", "twitter:title") or from_ld("headline")
             or (h1.get_text(" ", strip=True) if h1 else "")
             or (soup.title.get_text(" ", strip=True) if soup.title else ""))
    canonical = soup.find("link", rel="canonical")
    # (the first web address: a page whose canonical link is "javascript:..." or relative
    # may still give its address in og:url)
    url = _web_url(canonical.get("href", "") if canonical else "",
                   _meta(soup, "og:url"), _meta(soup, "twitter:url"))
    outlet = _meta(soup, "og:site_name", "publisher", "application-name") or from_ld("publisher")
    return {"title": _one_line(title, 500), "outlet": _one_line(outlet, 200),
            "url": url, "published": published}


def _one_line(value: str, limit: int) -> str:
    """A title or an outlet, shown in the app's labels: cleaned as the text is."""
    return " ".join(value.translate(_INVISIBLE).split())[:limit]


def _web_url(*candidates: str) -> str:
    """The first candidate that is a web address (not javascript:, not a relative path).

    >>> _web_url("javascript:alert(1)", "/a", " https://example.com/a ")
    'https://example.com/a'
    """
    for candidate in candidates:
        if candidate.strip().lower().startswith(("http://", "https://")):
            return candidate.strip()
    return ""


# --- Markdown ---------------------------------------------------------------------------

_MARKDOWN = MarkdownIt("commonmark")


def markdown_document(markdown: str) -> Document:
    """A Markdown file: its text, and what its front matter says, if it opens with one.

    >>> doc = markdown_document("---\\ntitle: 'Judul'\\ndate: 2026-01-10\\n---\\n# Judul\\n\\nTeks.")
    >>> doc.text, doc.title, doc.published
    ('Judul\\nTeks.', 'Judul', datetime.date(2026, 1, 10))
    """
    meta, body = front_matter(markdown)
    return Document(text=markdown_text(body), raw=markdown, kind="markdown", **meta)


# "key: value" at the start of a line (YAML wants a space after the colon)
_FRONT_KEY = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
# the keys read for each field of Document, in the order they are tried
_FRONT_FIELDS = {"title": ("title",), "published": ("date", "published", "pubdate"),
                 "outlet": ("outlet", "source", "site"), "url": ("url", "link", "canonical")}


def front_matter(markdown: str) -> tuple[dict, str]:
    """The title, publication date, outlet and URL of a YAML front matter ("---", lines of
    "key: value", "---") and the Markdown after it. Only that simple form is read, without a
    YAML library: a block with anything else in it is no front matter (a rule and a heading,
    say) and the Markdown is given back whole. A date that is no day is left out.

    >>> front_matter("---\\nTitle: 'Petro tiba'\\npubDate: 2026-02-30\\ntags:\\n  - dunia\\n---\\nTeks.")
    ({'title': 'Petro tiba'}, 'Teks.')
    >>> front_matter("---\\nTeks biasa.\\n---\\nLagi.")
    ({}, '---\\nTeks biasa.\\n---\\nLagi.')
    """
    lines = markdown.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, markdown
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), None)
    if end is None:
        return {}, markdown
    pairs: dict[str, str] = {}
    for line in lines[1:end]:
        if not line.strip() or line[0] in " \t" or line.lstrip().startswith(("#", "- ")):
            continue            # (a comment, or a list or value that goes on from the key above)
        m = _FRONT_KEY.fullmatch(line.rstrip("\r\n"))
        if not m:
            return {}, markdown
        pairs.setdefault(m["key"].lower(), _unquote(m["value"] or ""))
    if not pairs:
        return {}, markdown

    def given(field: str) -> list[str]:
        return [pairs[key] for key in _FRONT_FIELDS[field] if pairs.get(key)]

    meta: dict = {}
    if title := given("title"):
        meta["title"] = _one_line(title[0], 500)
    if published := next(filter(None, map(parse_date, given("published"))), None):
        meta["published"] = published
    if outlet := given("outlet"):
        meta["outlet"] = _one_line(outlet[0], 200)
    if url := _web_url(*given("url")):
        meta["url"] = url
    return meta, "".join(lines[end + 1:])


def _unquote(value: str) -> str:
    """A YAML scalar written plain, in single or in double quotes.

    >>> _unquote("'Kata ''kami'''"), _unquote('"Kata \\\\"kami\\\\""'), _unquote("NarayaPost # situs")
    ("Kata 'kami'", 'Kata "kami"', 'NarayaPost')
    """
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    return value.split(" #")[0].strip()


def markdown_text(markdown: str) -> str:
    """Markdown without its markup, one paragraph a line (rendered by markdown-it, then read
    as HTML: links keep their text, images and raw HTML scripts go).

    >>> markdown_text("# Judul\\n\\nParagraf **satu** [tautan](http://x.y)\\nlanjut.\\n\\n- butir")
    'Judul\\nParagraf satu tautan lanjut.\\nbutir'
    """
    html = _MARKDOWN.render(markdown)
    soup = BeautifulSoup(_cut_unclosed_comment(html), "html.parser")
    for tag in soup.find_all(["script", "style", "img", "iframe"]):
        tag.decompose()
    pieces: list[str] = []
    _walk(soup, pieces)
    return clean_text("".join(pieces))
