# newsdigest: the bot with Kiwi's model baked in, run as a non-root user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    NEWSDIGEST_DATABASE_URL=sqlite:////data/newsdigest.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY digest ./digest
COPY bot ./bot
COPY config ./config
COPY seeds ./seeds
RUN pip install --no-cache-dir . \
    && useradd --create-home --uid 10001 newsdigest \
    && mkdir /data && chown newsdigest /data

USER newsdigest
VOLUME ["/data"]
ENTRYPOINT ["newsdigest"]
CMD ["--help"]
