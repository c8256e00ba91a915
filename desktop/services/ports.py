"""Where the foreground servers listen unless told otherwise (constants only, cheap to import)."""

LOOPBACK = "127.0.0.1"
SANDBOX_PORT = 8765
"""``pagodesk sandbox``, and the port the demo profile's sandbox prefers: the app joins a
simulator started by hand there, and payment links stay valid from one run to the next."""
RECEIVER_PORT = 8766
"""``pagodesk webhook``, the notification receiver."""
