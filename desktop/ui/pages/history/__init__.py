"""Small parts of the history page: its filter widgets and the export runner."""
