"""The chat command layer every platform shares, and the sub-commands it is handed (feeds,
subscriptions). Nothing here knows Slack, Discord or the terminal."""
