"""The `newsdigest` command: `main` parses the arguments and runs one subcommand (see `bot.cli.main`)."""

from bot.cli.main import main

__all__ = ["main"]
