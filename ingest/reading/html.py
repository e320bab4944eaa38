"""HTML → text: the posting, without the site around it.

Steps, in order: decode (meta charset or detection), drop what is never content (scripts, menus, cookie
banners, share buttons…), pick the main part when the page marks one, then render blocks as lines, list
items as "• " lines and table rows as cells separated by " | ". The page <title> and first <h1> go on
top when the main part does not already contain them: on many boards the job title sits in a header.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ingest.reading.text import decode

# Never content, whatever their size.
_NEVER_CONTENT = set(
    "script style noscript svg iframe template button select input textarea canvas object embed link meta".split()
)
# Usually furniture; kept when they hold the main part or most of the page (ASP.NET wraps it in a <form>).
_FURNITURE_TAGS = {"nav", "aside", "form", "dialog"}
# Page header and footer; inside <main> or <article> they belong to the posting (its title, its date).
_PAGE_FURNITURE_TAGS = ("header", "footer")
_CONTENT_ANCESTORS = ("main", "article")

# Class or id words that mark site furniture. The first set matches anywhere in a name ("CybotCookiebot");
# the second only as a whole word of it ("main-menu", "nav_top", not "menuisier").
_FURNITURE_ANYWHERE = re.compile(r"cookie|consent|gdpr|rgpd|breadcrumb|onetrust|didomi|tarteaucitron", re.I)
_FURNITURE_WORD = re.compile(
    r"(?:^|[-_])(nav|navbar|navigation|menu|menubar|submenu|share|sharing|social|socials|sidebar|skip|"
    r"skiplinks?|newsletter|pagination|pager|popup|modal|offcanvas|topbar|toolbar|masthead)(?:$|[-_])",
    re.I,
)
_PAGE_FURNITURE_WORD = re.compile(r"(?:^|[-_])(header|footer)(?:$|[-_])", re.I)
_FURNITURE_ROLES = set(
    "navigation banner contentinfo search complementary dialog alertdialog menu menubar toolbar".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Elements that end a line; paragraphs also leave a blank line.
_BLOCKS = set(
    "div section article main header footer ul ol dl dt dd li address figure figcaption hr fieldset details "
    "summary center caption".split()
)
_PARAGRAPHS = set("p h1 h2 h3 h4 h5 h6 table blockquote".split())
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_SPACES = re.compile(r"\s+")
# A main part is trusted when it holds this much text, or this share of what is left of the page.
_MAIN_MIN_CHARS, _MAIN_MIN_SHARE = 200, 0.3


def html_to_text(content: bytes) -> tuple[str, dict]:
    declared = _META_CHARSET.search(content[:4096])
    decoded = decode(content, declared=declared.group(1).decode("ascii") if declared else None)
    soup = BeautifulSoup(decoded.text, "lxml")
    title = _inline(soup.title.get_text()) if soup.title else ""
    first_h1 = soup.find("h1")
    h1 = _inline(first_h1.get_text()) if first_h1 else ""
    root = soup.body or soup
    removed = _drop_furniture(root)
    main, main_kind = _main_part(root)
    text = _render(main)
    top = [line for line in (title, h1 if h1 not in title else "") if line and line not in text]
    if top:
        text = "\n".join(top) + "\n\n" + text
    details = {
        "encoding": decoded.encoding,
        "extractor": "beautifulsoup4+lxml",
        "main_part": main_kind,
        "removed_elements": removed,
    }
    if decoded.repaired_mojibake:
        details["repaired_mojibake"] = True
    return text.strip(), details


def _drop_furniture(root: Tag) -> int:
    """Remove site furniture; never an element holding most of the page (a wrapper named "page-sidebar")."""
    never = _outermost(root.find_all(_NEVER_CONTENT))
    for element in never:
        element.decompose()
    total = len(root.get_text()) or 1
    furniture = _outermost(
        [
            element
            for element in root.find_all(True)
            if _is_furniture(element)
            and element.find(_CONTENT_ANCESTORS) is None
            and element.find(attrs={"role": "main"}) is None
            and len(element.get_text()) <= 0.5 * total
        ]
    )
    for element in furniture:
        element.decompose()
    return len(never) + len(furniture)


def _outermost(elements: list[Tag]) -> list[Tag]:
    """Drop elements inside others of the list: bs4 empties a decomposed element's descendants, and
    asking them anything afterwards searches the tree (quadratic on a deeply nested page)."""
    chosen = {id(element) for element in elements}
    return [e for e in elements if not any(id(parent) in chosen for parent in e.parents)]


def _is_furniture(element: Tag) -> bool:
    if element.name in _FURNITURE_TAGS:
        return True
    attrs = element.attrs or {}
    if (
        "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
        or _HIDDEN_STYLE.search(attrs.get("style", ""))
    ):
        return True
    if str(attrs.get("role", "")).lower() in _FURNITURE_ROLES:
        return True
    names = [*attrs.get("class", []), attrs.get("id", "")]
    if any(_FURNITURE_ANYWHERE.search(n) or _FURNITURE_WORD.search(n) for n in names if isinstance(n, str)):
        return True
    is_page_furniture = element.name in _PAGE_FURNITURE_TAGS or any(
        _PAGE_FURNITURE_WORD.search(n) for n in names if isinstance(n, str)
    )
    return is_page_furniture and element.find_parent(_CONTENT_ANCESTORS) is None


def _main_part(root: Tag) -> tuple[Tag, str]:
    total = len(_SPACES.sub(" ", root.get_text()).strip())
    candidates = [(root.find("main"), "main"), (root.find(attrs={"role": "main"}), "role=main")]
    articles = root.find_all("article")
    if len(articles) == 1:  # several articles make a list of teasers, not one posting
        candidates.append((articles[0], "article"))
    for element, kind in candidates:
        if element is None:
            continue
        size = len(_SPACES.sub(" ", element.get_text()).strip())
        if size >= _MAIN_MIN_CHARS or (total and size >= _MAIN_MIN_SHARE * total):
            return element, kind
    return root, "body"


def _render(root: Tag) -> str:
    """Walk the tree without recursion (hostile pages nest deeply) and lay its text out in lines."""
    out: list[str] = []
    stack: list = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):  # a closing mark pushed with its element
            out.append(node[0])
        elif isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                out.append(_SPACES.sub(" ", str(node)))
        elif node.name == "br":
            out.append("\n")
        elif node.name == "pre":
            out += ["\n\n", node.get_text(), "\n\n"]
        elif node.name == "tr":
            cells = [_inline(_render(cell)) for cell in node.find_all(["td", "th"], recursive=False)]
            out += ["\n", " | ".join(cell for cell in cells if cell), "\n"]
        elif node.name in _BLOCKS or node.name in _PARAGRAPHS:
            mark = "\n\n" if node.name in _PARAGRAPHS else "\n"
            out.append("\n• " if node.name == "li" else mark)
            stack.append((mark,))
            stack.extend(reversed(node.contents))
        else:
            stack.extend(reversed(node.contents))
    return _tidy("".join(out))


def _tidy(text: str) -> str:
    """Strip each line, keep at most one blank line in a row, and glue a lone bullet to its text."""
    lines: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if lines and lines[-1] == "•":
            if line:
                lines[-1] = f"• {line}"
        elif line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip().replace("\u00ad", "")


def _inline(text: str) -> str:
    return " ".join(text.split())
