"""Everyday data commands: report, import, export."""
