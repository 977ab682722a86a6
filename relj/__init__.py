"""relj: a command-line relationship journal for people who sell."""

__version__ = "0.1.0"
