"""Message catalogues, one module per area (see relj/i18n.py)."""
