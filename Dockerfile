# The ticket bot in a container: a slim Python, the pinned requirements, the code, run as a user without
# privileges. Settings: config.yaml mounted at /app/config.yaml, secrets as environment variables (an
# env_file); data/ (SQLite and nothing else) and logs/ are volumes. See deploy/docker-compose.yml.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt

COPY bot.py config.example.yaml ./
COPY cogs ./cogs
COPY config ./config
COPY core ./core
COPY database ./database
COPY web ./web

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin ticketbot \
    && mkdir -p data logs && chown ticketbot:ticketbot data logs
USER ticketbot
VOLUME ["/app/data", "/app/logs"]

# The web side must be on (web.enabled: true, web.host: 0.0.0.0) for the health check to answer.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/health', timeout=4).status != 200)"]

ENTRYPOINT ["python", "bot.py"]
