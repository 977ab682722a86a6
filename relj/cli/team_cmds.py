"""Team commands: sync and the git merge driver."""
