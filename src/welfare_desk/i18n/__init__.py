"""Thai-first presentation helpers: Buddhist Era dates (``dates``), baht in words
(``baht_text``), number formats (``numbers``) and our message catalogue
(``catalog``, read from translations/welfare_desk_th.ts).

Import the submodules directly; nothing is loaded until it is used.
"""
