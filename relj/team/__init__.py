"""Working as a team: git as the distributed engine, and the merge driver for customer files.

What lives here:

- ``runner``: git run as a list of arguments in the journal's folder;
- ``git``: init (using a larger repository when the journal lies in one),
  commits of exactly the files relj wrote, sync of relj's own files only
  (commit, pull with merge, push; never forced, never rebased);
- ``driver``: the merge driver's registration (surviving a rebuilt virtualenv);
- ``unmerged``: a merge git left unfinished, asked from git; finished again from
  git's index when the driver could not run; what ``check`` reports;
- ``hooks``: git hooks that make files private again after a plain pull;
- ``merge``: the three-way merge of one customer file that git's merge driver
  runs (``plan`` decides on parsed data, ``text`` writes OURS' text with only
  the needed changes, ``lines`` merges comments and layout line by line,
  ``markers`` writes and reads conflict markers).

Layer 5: team may import the storage layer (``relj.storage.codec`` for reading
and scanning customer files) and the ground floor, never anything above it.
Who may import it: catalogue, render, interchange and cli. The commands import
it inside their functions, so only team commands (sync, log --commit,
merge-driver) pay for it at start-up (tests/test_imports.py).
"""
