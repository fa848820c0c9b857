"""The outside world coming in: article files in any Korean encoding, web pages (polite fetching and
extraction) and RSS/Atom feeds."""
