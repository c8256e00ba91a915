"""Subcommands of ``pagodesk``: thin adapters from arguments to services and back to text."""
