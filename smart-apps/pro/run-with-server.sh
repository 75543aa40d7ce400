#!/usr/bin/env bash
# Starts the DUI server and the professionals' app together, on this machine:
#   the server on http://localhost:8080 (data in ./data, as the README's "Start the server"),
#   DUI Pro on http://localhost:8081, registered at the server as a confidential SMART client.
# With --examples: also loads the implementation guide's examples (Jeanne Dupont at the EHPAD...) and gives five
# professionals of the EHPAD an account (a demonstration, never on a server with real data: it accepts the INS of the
# INSi test system).
# Run from anywhere: smart-apps/pro/run-with-server.sh [--examples]. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/../.."

EXAMPLES=false
[ "${1:-}" = "--examples" ] && EXAMPLES=true
SERVER_PORT=${SERVER_PORT:-8080}
APP_PORT=${APP_PORT:-8081}
ISSUER="http://localhost:$SERVER_PORT"
APP_URL="http://localhost:$APP_PORT"
ADMIN_PASSWORD=${DUI_SECURITY_ADMIN_PASSWORD:-Admin-demonstration-DUI}
DEMO_PASSWORD=${DUI_DEMO_PASSWORD:-Demonstration-DUI-2026}
RUN=target/run-with-server
mkdir -p "$RUN"

if [ ! -f fhir-server/target/fhir-server.jar ] || [ ! -f smart-apps/pro/target/dui-pro.jar ]; then
  echo "Building the server and the app (first time only)..."
  ./mvnw -q -DskipTests package
fi

# The app's client: a new secret at each start (the clients file updates the client).
SECRET=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
LOADER_SECRET=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
cat > "$RUN/clients.json" <<JSON
[
  {"clientId": "dui-pro", "name": "DUI Pro", "kind": "confidential", "secret": "$SECRET",
   "redirectUris": ["$APP_URL/retour"],
   "scopes": ["openid", "fhirUser", "launch", "launch/patient", "user/*.cruds", "offline_access"]},
  {"clientId": "demonstration-chargement", "name": "Chargement de la démonstration", "kind": "service",
   "secret": "$LOADER_SECRET", "scopes": ["system/*.cruds"]}
]
JSON

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait; }
trap stop EXIT INT TERM

echo "Starting the DUI server on $ISSUER (log: $RUN/server.log)..."
DUI_SECURITY_ISSUER="$ISSUER" SERVER_PORT="$SERVER_PORT" DUI_SECURITY_CLIENTS_FILE="$RUN/clients.json" \
  DUI_SECURITY_ADMIN_PASSWORD="$ADMIN_PASSWORD" DUI_IDENTITY_ACCEPT_TEST_INS="$EXAMPLES" \
  java -jar fhir-server/target/fhir-server.jar > "$RUN/server.log" 2>&1 &
pids+=($!)
until curl -sf "$ISSUER/fhir/metadata" > /dev/null; do
  kill -0 "${pids[0]}" 2>/dev/null || { echo "The server stopped: see $RUN/server.log" >&2; exit 1; }
  sleep 2
done
echo "DUI server ready."

if $EXAMPLES; then
  echo "Loading the guide's examples..."
  TOKEN=$(curl -sf -u "demonstration-chargement:$LOADER_SECRET" -d grant_type=client_credentials \
    -d 'scope=system/*.cruds' "$ISSUER/oauth2/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  BUNDLE="$RUN/examples.json"
  {
    printf '{"resourceType":"Bundle","type":"transaction","entry":['
    first=true
    for file in profiles/src/main/resources/fr/dui/profiles/packages/fr.dui.ig/package/example/*.json; do
      name=$(basename "$file" .json)
      type=${name%%-*}
      [ "$type" = "AuditEvent" ] && continue   # the audit trail is the server's own
      $first || printf ','
      first=false
      printf '{"resource":'; cat "$file"; printf ',"request":{"method":"PUT","url":"%s/%s"}}' "$type" "${name#*-}"
    done
    printf ']}'
  } > "$BUNDLE"
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/fhir+json' \
    --data-binary @"$BUNDLE" "$ISSUER/fhir" || { echo "The examples were refused" >&2; exit 1; }
  # two more professionals the guide's examples lack: a coordinatrice (agenda, absences) and the OG's secretary (admissions)
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/fhir+json' \
    --data-binary @smart-apps/pro/demo/professionnels-demo.json "$ISSUER/fhir" \
    || { echo "The demonstration professionals were refused" >&2; exit 1; }
  for account in c.martin:role-dr-martin-ehpad s.bernard:role-ide-bernard-ehpad k.benali:role-as-benali-ehpad \
      n.leroy:role-coord-leroy-ehpad n.durand:role-sec-durand-og; do
    login=${account%%:*}
    created=$(curl -s -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$login\",\"kind\":\"PROFESSIONAL\",\"fhirUser\":\"PractitionerRole/${account#*:}\"}" \
      "$ISSUER/admin/comptes")
    one_time=$(printf '%s' "$created" | sed -n 's/.*"motDePasseProvisoire":"\([^"]*\)".*/\1/p')
    if [ -n "$one_time" ]; then
      curl -sf -o /dev/null -u "$login:$one_time" -H 'Content-Type: application/json' \
        -d "{\"nouveau\":\"$DEMO_PASSWORD\"}" "$ISSUER/admin/mot-de-passe"
    fi
  done
  echo "Accounts c.martin (médecin), s.bernard (infirmière), k.benali (aide-soignant), n.leroy (coordinatrice)," \
    "n.durand (secrétaire, admissions): password $DEMO_PASSWORD"
fi

echo "Starting DUI Pro on $APP_URL (log: $RUN/app.log)..."
DUI_PRO_FHIR_BASE_URL="$ISSUER/fhir" DUI_PRO_CLIENT_ID=dui-pro DUI_PRO_CLIENT_SECRET="$SECRET" \
  DUI_PRO_PUBLIC_URL="$APP_URL" \
  java -jar smart-apps/pro/target/dui-pro.jar --server.port="$APP_PORT" > "$RUN/app.log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null "$APP_URL/"; do
  kill -0 "${pids[1]}" 2>/dev/null || { echo "The app stopped: see $RUN/app.log" >&2; exit 1; }
  sleep 1
done
echo "Ready: open $APP_URL and log in (Ctrl-C stops the server and the app)."
wait
