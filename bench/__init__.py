"""Reproducible benchmarks: summary quality, date resolution, throughput and memory (`make bench`)."""
