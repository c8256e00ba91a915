"""The payment-notification receiver (ASGI app and server command)."""
