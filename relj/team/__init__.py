"""Working as a team: git as the distributed engine, and the merge driver for customer files.

What lives here:

- ``git``: git run as a list of arguments in the journal's folder: init, the
  merge driver's registration, commits of exactly the files relj wrote, sync
  (commit, pull with merge, push; never forced, never rebased);
- ``merge``: the three-way merge of one customer file that git's merge driver
  runs (``plan`` decides on parsed data, ``text`` writes OURS' text with only
  the needed changes, ``markers`` writes and reads conflict markers).

Layer 5: team may import the storage layer (``relj.storage.codec`` for reading
and scanning customer files) and the ground floor, never anything above it.
Who may import it: catalogue, render, interchange and cli. The commands import
it inside their functions, so only team commands (sync, log --commit,
merge-driver) pay for it at start-up (tests/test_imports.py).
"""
