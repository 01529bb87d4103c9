"""Web UI views, one module per area; urls.py imports them from here."""
