"""RSS/Atom feeds, cut at their seams: parse (a document to entries), policy (when to poll),
entries (what changed and what became of each) and polling (the use cases)."""
