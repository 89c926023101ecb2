"""Jinja2 environments for the letter templates, with user overrides.

One loader, three escaping rules picked by the template's file name:
`.html.j2` autoescapes HTML, `.md.j2` backslash-escapes Markdown in every
value, anything else is plain text.  A file of the same name in the user's
folder wins over the packaged one; StrictUndefined makes a typo fail loudly.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, Template

from cardcap.errors import UsageError

_MD_SPECIAL_RE = re.compile(r"([\\`*_\[\]<>|~])|&(?=#?\w+;)")
_MD_BLOCK_START_RE = re.compile(r"^([ \t]*)(?:(\d+)([.)])|(#{1,6}|=+|-+|[+*>]))(?=\s|$)", re.MULTILINE)


def markdown_escape(value: object) -> object:
    """Card text must print as typed, not turn into links, emphasis, lists or headings."""
    if value is None or isinstance(value, (int, float)):
        return value
    text = _MD_SPECIAL_RE.sub(lambda m: "\\" + m.group(0), str(value))
    return _MD_BLOCK_START_RE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}" if m.group(2) else f"{m.group(1)}\\{m.group(4)}",
        text,
    )


def one_paragraph(text: str) -> str:
    """Lets templates lay a paragraph out over many lines; the draft gets one line."""
    return " ".join(str(text).split())


def join_and(items: list[str], last: str = "and") -> str:
    items = [str(i) for i in items if str(i).strip()]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def _environment(loader: ChoiceLoader, kind: str) -> Environment:
    env = Environment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=kind == "html",
        finalize=markdown_escape if kind == "md" else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["para"] = one_paragraph
    env.filters["join_and"] = join_and
    return env


class TemplateSet:
    """The packaged templates, optionally overridden file by file from a folder."""

    def __init__(self, override_dir: Path | None = None):
        if override_dir is not None and not Path(override_dir).is_dir():
            raise UsageError(f"--templates: {override_dir} is not a folder")
        loaders = [FileSystemLoader(str(override_dir))] if override_dir else []
        loaders.append(PackageLoader("cardcap.letters", "templates"))
        loader = ChoiceLoader(loaders)
        self._envs = {kind: _environment(loader, kind) for kind in ("text", "html", "md")}

    def get(self, name: str) -> Template:
        kind = "html" if name.endswith(".html.j2") else "md" if name.endswith(".md.j2") else "text"
        return self._envs[kind].get_template(name)

    def render(self, name: str, context: dict) -> str:
        text = self.get(name).render(context)
        return tidy(text)


def tidy(text: str) -> str:
    """No trailing spaces, at most one blank line between paragraphs."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    collapsed = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return collapsed.strip("\n") + "\n"


@cache
def packaged_templates() -> TemplateSet:
    return TemplateSet(None)
