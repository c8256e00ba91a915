"""Parts of the voucher detail dialog: wording, event timeline, receipt preview, fields."""
