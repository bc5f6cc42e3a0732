"""Report data: plain objects that the CLI, the desktop, the PDFs and the sheets show."""
