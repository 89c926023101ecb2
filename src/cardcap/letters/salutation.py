"""Salutations from the name as printed on the card.

Honorifics come only from the card (a printed "Ms.", "Herr", "Dr." or a
doctorate suffix); a gender is never guessed from a first name, so without
one the salutation uses the full name ("Dear Avery Smith").
"""
from __future__ import annotations

from dataclasses import dataclass

from cardcap.model import Contact, NameParts

from ._tables import table


@dataclass(frozen=True)
class AddressedName:
    """How one person is addressed: salutation name, short name for notes."""

    salutation: str  # "Dear Dr. van der Berg"; no trailing comma
    short_name: str  # given name (or the only name) for the user's own notes
    known: bool  # False when the card gave no name at all


def _key(token: str) -> str:
    return token.strip().rstrip(",").lower().replace(".", "") if token else ""


def _honorific(token: str) -> str | None:
    prefixes: dict[str, str] = table("honorifics")["prefixes"]
    lowered = token.strip().rstrip(",").lower()
    return prefixes.get(lowered) or prefixes.get(lowered.replace(".", ""))


def _is_suffix(token: str) -> bool:
    return _key(token) in {_key(s) for s in table("honorifics")["suffixes"]}


def _is_doctorate(token: str) -> bool:
    return _key(token) in {_key(s) for s in table("honorifics")["doctoral_suffixes"]}


def _is_particle(token: str) -> bool:
    return token.lower() in set(table("honorifics")["particles"])


def _split_tokens(text: str | None) -> list[str]:
    return [t for t in (text or "").replace(",", " ").split() if t]


def _parts_from_name(name: str) -> NameParts:
    """Fallback when the field stage left name_parts empty: split the printed name."""
    tokens = _split_tokens(name)
    prefix: list[str] = []
    while tokens and _honorific(tokens[0]):
        prefix.append(tokens.pop(0))
    suffix: list[str] = []
    while len(tokens) > 1 and _is_suffix(tokens[-1]):
        suffix.insert(0, tokens.pop())
    if not tokens:
        return NameParts(prefix=" ".join(prefix) or None)
    if len(tokens) == 1:
        return NameParts(prefix=" ".join(prefix) or None, given=tokens[0], suffix=" ".join(suffix) or None)
    family = [tokens.pop()]
    while len(tokens) > 1 and _is_particle(tokens[-1]):
        family.insert(0, tokens.pop())
    return NameParts(
        prefix=" ".join(prefix) or None,
        given=tokens[0],
        middle=" ".join(tokens[1:]) or None,
        family=" ".join(family),
        suffix=" ".join(suffix) or None,
    )


def _family_with_particles(parts: NameParts) -> str | None:
    """Keep "van der" with "Berg" when the field stage filed it as a middle name."""
    if not parts.family:
        return None
    middle = _split_tokens(parts.middle)
    particles: list[str] = []
    while middle and _is_particle(middle[-1]):
        particles.insert(0, middle.pop())
    return " ".join([*particles, parts.family])


def _has_parts(parts: NameParts) -> bool:
    return any((parts.given, parts.family, parts.middle))


def address(contact: Contact) -> AddressedName:
    """The salutation and short name for a contact, from its card."""
    parts = contact.name_parts
    if not _has_parts(parts) and contact.name:
        parsed = _parts_from_name(contact.name)
        parts = NameParts(
            prefix=parts.prefix or parsed.prefix,
            given=parsed.given,
            middle=parsed.middle,
            family=parsed.family,
            suffix=parts.suffix or parsed.suffix,
        )
    honorifics = [h for h in (_honorific(t) for t in _split_tokens(parts.prefix)) if h]
    if not honorifics and any(_is_doctorate(t) for t in _split_tokens(parts.suffix)):
        honorifics = ["Dr."]
    family = _family_with_particles(parts)
    given = parts.given
    single = family or given if not (family and given) else None
    short = given or family or ""
    if not family and not given:
        return AddressedName(salutation="Dear [add: the person's name]", short_name="", known=False)
    if honorifics:
        surname = family or given
        return AddressedName(f"Dear {' '.join(honorifics)} {surname}", short, True)
    if single:
        return AddressedName(f"Dear {single}", short, True)
    return AddressedName(f"Dear {given} {family}", short, True)


def salutation(contact: Contact) -> str:
    return address(contact).salutation
