"""Submit a page's form as a browser would (without one): every named field it holds, checked boxes only, the
selected option, the textarea's text, plus the button pressed."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Form:
    action: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    buttons: dict[str, tuple[str, str]] = field(default_factory=dict)  # text → (name, value)

    def data(self, button: str | None = None, **changes: str) -> dict[str, str | list[str]]:
        """The body (a repeated name becomes a list), with the button `button` pressed and `changes` typed in."""
        body: dict[str, str | list[str]] = {}
        for name, value in self.fields:
            if name in body:
                held = body[name]
                body[name] = [*held, value] if isinstance(held, list) else [held, value]
            else:
                body[name] = value
        if button is not None:
            name, value = self.buttons[button]
            if name:
                body[name] = value
        body.update(changes)
        return body


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._select: tuple[str, list[tuple[str, bool]]] | None = None
        self._option: tuple[str | None, list[str]] | None = None  # its value attribute, its text
        self._textarea: tuple[str, list[str]] | None = None
        self._button: tuple[str, str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "form":
            self.forms.append(Form(a.get("action", "")))
        if not self.forms:
            return
        form = self.forms[-1]
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            form.fields.append((a["name"], a.get("value", default)))
        elif tag == "select" and a.get("name"):
            self._select = (a["name"], [])
        elif tag == "option" and self._select is not None:
            self._option = (a.get("value"), [])
            self._select[1].append(("", "selected" in a))
        elif tag == "textarea" and a.get("name"):
            self._textarea = (a["name"], [])
        elif tag == "button":
            self._button = (a.get("name", ""), a.get("value", ""), [])

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea[1].append(data)
        if self._button is not None:
            self._button[2].append(data)
        if self._option is not None:
            self._option[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "option" and self._select is not None and self._option is not None:
            attribute, text = self._option
            value = attribute if attribute is not None else "".join(text).strip()
            selected = self._select[1][-1][1]
            self._select[1][-1] = (value, selected)
            self._option = None
        elif tag == "select" and self._select is not None:
            name, options = self._select
            chosen = [value for value, selected in options if selected] or [value for value, _ in options[:1]]
            self.forms[-1].fields.extend((name, value) for value in chosen[:1])
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, parts = self._textarea
            self.forms[-1].fields.append((name, "".join(parts).removeprefix("\n")))
            self._textarea = None
        elif tag == "button" and self._button is not None:
            name, value, text = self._button
            self.forms[-1].buttons[" ".join("".join(text).split())] = (name, value)
            self._button = None


def form_of(page: str, action: str) -> Form:
    """The page's form that posts to `action`."""
    parser = _Parser()
    parser.feed(page)
    found = [form for form in parser.forms if form.action == action]
    assert found, f"no form posting to {action}"
    return found[0]
