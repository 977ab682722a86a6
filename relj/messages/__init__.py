"""Message catalogues: every sentence relj says, one module per area, English
and German side by side (see relj/i18n.py for how they are read).

Level 1, the lowest layer: data only. These modules import nothing from relj
but each other (the coach catalogue is a package of two modules, ``phase`` and
``due``); functions that use the sentences, such as ``t`` and ``label``, live
in relj/i18n.py. The tests check the keys statically: every
key has both languages with the same placeholders, and the keys the code
names exist.
"""

from __future__ import annotations
