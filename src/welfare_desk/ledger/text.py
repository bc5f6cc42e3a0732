"""Marks user-visible English text for translation without translating it here.

The fund's rules must not depend on the translation machinery, so they mark
their messages with ``N_`` and the presentation layer (CLI, desktop) looks
the text up in the catalogue when it shows it. ``tools/extract_messages.py``
collects every ``N_("...")`` into ``translations/welfare_desk_th.ts``.
"""


def N_(text: str) -> str:
    return text
