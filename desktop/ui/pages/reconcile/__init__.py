"""The "Conciliación" page (page.py) and its parts: queues, actions, sync bar, import."""
