"""The webhook intake's HTTP face: the receiver's ASGI app and the server that runs it."""
