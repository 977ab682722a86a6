"""Messages of the team commands: sync, --commit and the git merge driver."""

from __future__ import annotations

MESSAGES = {
    "team.no_git": {
        "en": "git is not installed: the journal works without it, but sync and --commit need it",
        "de": "git ist nicht installiert: Das Journal funktioniert ohne, aber sync und --commit "
              "brauchen es",
    },
    "team.not_a_repo": {
        "en": "{path} is not a git repository: run `relj init` there (without --no-git)",
        "de": "{path} ist kein git-Repository: Führen Sie dort `relj init` aus (ohne --no-git)",
    },
    "team.git_failed": {
        "en": "git {command} failed: {reason}",
        "de": "git {command} ist fehlgeschlagen: {reason}",
    },
    "team.commit_failed": {
        "en": "the entry is saved, but git could not commit it: {reason}",
        "de": "Der Eintrag ist gespeichert, aber git konnte ihn nicht committen: {reason}",
    },
    "team.no_remote": {
        "en": "this journal has no git remote to sync with: add one with `git remote add origin "
              "URL`, then run `relj sync` again",
        "de": "Dieses Journal hat kein git-Remote zum Abgleichen: Fügen Sie mit `git remote "
              "add origin URL` eines hinzu und führen Sie dann `relj sync` erneut aus",
    },
    "team.offline": {
        "en": "cannot reach {remote} (offline?): {reason}. Your changes are committed here; run "
              "`relj sync` again later",
        "de": "{remote} ist nicht erreichbar (offline?): {reason}. Ihre Änderungen sind hier "
              "committet; führen Sie `relj sync` später erneut aus",
    },
    "team.conflict": {
        "en": "conflict in {files}: both sides changed the same field. Edit the lines between "
              "<<<<<<< and >>>>>>>, then `git add` the file and `git commit`, then run `relj sync` "
              "again",
        "de": "Konflikt in {files}: Beide Seiten haben dasselbe Feld geändert. Bearbeiten Sie "
              "die Zeilen zwischen <<<<<<< und >>>>>>>, führen Sie dann `git add` für die "
              "Datei und `git commit` aus und danach erneut `relj sync`",
    },
    "team.unresolved": {
        "en": "a merge is still unfinished in {files}: edit the marked lines, then `git add` and "
              "`git commit`, then run `relj sync` again",
        "de": "Eine Zusammenführung ist in {files} noch nicht abgeschlossen: Bearbeiten Sie "
              "die markierten Zeilen, führen Sie dann `git add` und `git commit` aus und "
              "danach erneut `relj sync`",
    },
    "team.broken_before_sync": {
        "en": "{problem} (fix it before syncing; `relj check` lists every problem)",
        "de": "{problem} (vor dem Abgleich beheben; `relj check` zeigt alle Probleme)",
    },
    "team.pull_failed": {
        "en": "could not merge the changes from {remote}: {reason}",
        "de": "Die Änderungen von {remote} ließen sich nicht zusammenführen: {reason}",
    },
    "team.push_failed": {
        "en": "could not push to {remote}: {reason}. Your changes are committed here; run `relj "
              "sync` again",
        "de": "Push nach {remote} fehlgeschlagen: {reason}. Ihre Änderungen sind hier "
              "committet; führen Sie `relj sync` erneut aus",
    },
    "team.synced": {
        "en": "Synced with {remote}. Changed files committed: {committed}; commits received: "
              "{incoming}, sent: {outgoing}.",
        "de": "Abgeglichen mit {remote}. Geänderte Dateien committet: {committed}; Commits "
              "empfangen: {incoming}, gesendet: {outgoing}.",
    },
    "team.sync_commit_message": {
        "en": "relj sync: {count:# changed file|# changed files}",
        "de": "relj sync: {count:# geänderte Datei|# geänderte Dateien}",
    },
    "team.driver_missing": {
        "en": "{path}: no such file (merge-driver takes the three files git hands it: BASE OURS "
              "THEIRS)",
        "de": "{path}: Datei nicht gefunden (merge-driver nimmt die drei Dateien, die git "
              "übergibt: BASE OURS THEIRS)",
    },
    "team.driver_not_file": {
        "en": "{path}: not a plain file; the merge driver reads and writes only plain files",
        "de": "{path}: keine gewöhnliche Datei; der Merge-Treiber liest und schreibt nur "
              "gewöhnliche Dateien",
    },
    "team.driver_unreadable": {
        "en": "{path}: cannot read it: {reason}",
        "de": "{path}: nicht lesbar: {reason}",
    },
    "team.driver_whole_file": {
        "en": "the whole file (a side does not parse)",
        "de": "der ganzen Datei (eine Seite ist kein gültiges TOML)",
    },
    "team.driver_conflict": {
        "en": "conflict in {fields}: both sides changed it differently; the marked lines need your "
              "decision",
        "de": "Konflikt bei {fields}: Beide Seiten haben es unterschiedlich geändert; die "
              "markierten Zeilen brauchen Ihre Entscheidung",
    },
    # -- issue 16: unfinished merges, the driver's registration --------------------
    "team.deleted_and_changed": {
        "en": "{files}: deleted on one side and changed on the other. To keep the customer "
              "(nothing is lost), `git add` the file; to delete it, `git rm` it; then run `relj "
              "sync` again",
        "de": "{files}: auf einer Seite gelöscht, auf der anderen geändert. Um den Kunden zu "
              "behalten (nichts geht verloren), führen Sie `git add` für die Datei aus; um ihn zu "
              "löschen, `git rm`; dann erneut `relj sync`",
    },
    "team.check_unmerged": {
        "en": "unfinished merge (git lists the file as unmerged): run `relj sync`, which merges "
              "it again from git's copies, or decide the marked lines, then `git add` it",
        "de": "unvollendete Zusammenführung (git führt die Datei als nicht zusammengeführt): "
              "Führen Sie `relj sync` aus, das sie aus gits Kopien erneut zusammenführt, oder "
              "entscheiden Sie die markierten Zeilen und führen dann `git add` aus",
    },
    "team.check_deleted_and_changed": {
        "en": "unfinished merge: deleted on one side and changed on the other; `git add` it "
              "to keep it (nothing is lost) or `git rm` it to delete it",
        "de": "unvollendete Zusammenführung: auf einer Seite gelöscht, auf der anderen geändert; "
              "`git add` behält sie (nichts geht verloren), `git rm` löscht sie",
    },
    "team.check_driver": {
        "en": "git's merge driver for customer files is missing or points to another relj: "
              "run `relj init` (or `relj sync`) to register it again",
        "de": "gits Merge-Treiber für Kundendateien fehlt oder zeigt auf ein anderes relj: "
              "Führen Sie `relj init` (oder `relj sync`) aus, um ihn neu zu registrieren",
    },
    "team.detached": {
        "en": "git is not on a branch (a detached HEAD), so nothing can be pushed. To keep "
              "what was committed here: `git branch relj-rescue`, `git switch {branch}`, `git "
              "merge relj-rescue`, then run `relj sync` again",
        "de": "git ist auf keinem Branch (ein losgelöster HEAD), daher kann nichts gesendet "
              "werden. Um die hier gemachten Commits zu behalten: `git branch relj-rescue`, "
              "`git switch {branch}`, `git merge relj-rescue`, dann erneut `relj sync`",
    },
    # -- issue 16: ownership ------------------------------------------------------------
    "team.owner_usage": {
        "en": "give either a NAME or --clear",
        "de": "Geben Sie entweder einen NAMEN oder --clear an",
    },
    "team.owner_empty": {
        "en": "the owner's name is empty",
        "de": "der Name des Verantwortlichen ist leer",
    },
    "team.owner_unwritable": {
        "en": "{path}: relj cannot change the owner in this file without risk; edit it with "
              "`relj edit`",
        "de": "{path}: relj kann den Verantwortlichen in dieser Datei nicht gefahrlos ändern; "
              "bearbeiten Sie sie mit `relj edit`",
    },
    "team.owner_set": {
        "en": "{customer} is now {owner}'s account.",
        "de": "{customer} wird jetzt von {owner} betreut.",
    },
    "team.owner_cleared": {
        "en": "{customer} has no owner now.",
        "de": "{customer} hat jetzt keinen Verantwortlichen.",
    },
    "team.due_for_owner": {
        "en": "For {owner}: your customers and those nobody owns (--everyone shows all).",
        "de": "Für {owner}: Ihre Kunden und die ohne Verantwortlichen (--everyone zeigt alle).",
    },
    "team.due_mine_unknown": {
        "en": "--mine needs git's user.name: set it with `git config user.name NAME`, or use "
              "--owner NAME",
        "de": "--mine braucht gits user.name: Setzen Sie ihn mit `git config user.name NAME` "
              "oder verwenden Sie --owner NAME",
    },
    "team.due_owner_usage": {
        "en": "--mine, --owner and --everyone exclude each other: give at most one",
        "de": "--mine, --owner und --everyone schließen einander aus: Wählen Sie höchstens "
              "eine davon",
    },
    "team.report.owners": {
        "en": "By owner",
        "de": "Nach Verantwortlichen",
    },
    "team.report.owner_line": {
        "en": "{owner}: {count:# customer|# customers}, {overdue} overdue",
        "de": "{owner}: {count:# Kunde|# Kunden}, {overdue} überfällig",
    },
    "team.report.orphaned": {
        "en": "  orphaned ({owner} logged nothing in {days:a day|# days}): {names}",
        "de": "  verwaist ({owner} hat seit {days:einem Tag|# Tagen} nichts erfasst): {names}",
    },
}
