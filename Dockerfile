# newsdigest: the bot with Kiwi's model included (kiwipiepy_model is a pip dependency), run as a non-root user.
# Two stages: the build stage installs the package into a virtualenv; the image gets only that virtualenv.
#   docker build -t newsdigest .
#   docker run --rm -e SLACK_BOT_TOKEN=... -e SLACK_SIGNING_SECRET=... -p 3000:3000 newsdigest serve slack
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY digest ./digest
COPY bot ./bot
# The migrations ship inside the package (digest/storage/migrations), so `newsdigest db upgrade` works in the image.
RUN python -m venv /opt/newsdigest \
    && /opt/newsdigest/bin/pip install --no-cache-dir . \
    && /opt/newsdigest/bin/python -c "import kiwipiepy_model, digest.storage.schema; print(digest.storage.schema.head_revision())"


FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PATH=/opt/newsdigest/bin:$PATH \
    NEWSDIGEST_DATABASE_URL=sqlite:////data/newsdigest.db \
    NEWSDIGEST_LOG_FORMAT=json \
    PORT=3000

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin newsdigest \
    && mkdir /data \
    && chown newsdigest:newsdigest /data

COPY --from=build /opt/newsdigest /opt/newsdigest
WORKDIR /app
COPY config/newsdigest.example.toml ./config/newsdigest.example.toml
COPY seeds ./seeds

USER 10001:10001
VOLUME ["/data"]
EXPOSE 3000
ENTRYPOINT ["newsdigest"]
CMD ["serve"]
