"""Slack: receiving (slack-bolt, HTTP or Socket Mode) and rendering in `app`, scheduled posts in `delivery`."""
