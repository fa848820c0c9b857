"""Discord: the client (app commands, DMs, embeds) in `client`, scheduled posts in `delivery`."""
