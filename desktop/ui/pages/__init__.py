"""The screens of the main window, one package each; ``<feature>.page.create(ctx)`` builds it."""
