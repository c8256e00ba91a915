"""The voucher detail dialog (dialog.py) and its parts: wording, timeline, preview, actions."""
