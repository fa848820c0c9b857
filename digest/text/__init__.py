"""The pure text pipeline: functions over Korean text and dates, with no I/O and nothing of storage,
sources or the use cases (cleaning, Kiwi, metadata, bullets, dates, events, story grouping)."""
