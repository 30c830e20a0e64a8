#!/bin/sh
# serve (default): apply pending migrations (serialised by an advisory lock), then start the API.
# migrate: apply migrations and exit (Kubernetes init container / Helm hook).
# anything else: run it as given.
set -eu
case "${1:-serve}" in
  serve)
    node dist/apps/api/migrate.js
    exec node dist/apps/api/main.js
    ;;
  migrate)
    exec node dist/apps/api/migrate.js
    ;;
  *)
    exec "$@"
    ;;
esac
