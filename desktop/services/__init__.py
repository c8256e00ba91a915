"""Use cases shared by the GUI and the command line: issue, sync, reconcile, export."""
