"""The screens of the main window, one module each; ``create(ctx)`` builds a page."""
