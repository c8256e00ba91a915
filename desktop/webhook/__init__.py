"""The notification receiver's server command (its ASGI app and server are in services)."""
