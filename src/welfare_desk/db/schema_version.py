"""The schema revisions this app knows; kept free of imports so that quick
read-only paths can check a file's version without loading SQLAlchemy."""

HEAD = "0003"
KNOWN_REVISIONS = ("0001", "0002", "0003")
