"""relj and other programs: customers in from CSV and vCard, the journal out
as JSON, CSV and iCalendar (exporter).

Import, one idea a module: ``vcard`` (vCard 2.1 to 4.0 as field values),
``presets`` (the columns of Google, Outlook, Thunderbird, HubSpot and Pipedrive
exports), ``csv_rows`` (CSV as field values), ``rows`` (field values as a Row:
what is skipped, what is dropped) and ``importer`` (the plan and the write).

Level 8 of the layering: these modules may import storage, analysis, render
and the ground floor, never relj.cli. Only relj.cli imports them, and only
inside the import and export commands, so no other command pays for csv or
icalendar. This file stays tiny and imports nothing: completion reads
EXPORT_FORMATS from it.
"""

from __future__ import annotations

# What `relj export --format` accepts (checked by the command, offered by completion).
EXPORT_FORMATS = ("json", "csv", "ics")
