"""Persistence: every table on one Base (models), the connection (store), the schema's version and
its migrations, the text index, and the claims that keep replicas from doing work twice."""
