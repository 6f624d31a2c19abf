#!/usr/bin/env bash
# Adoption check (part of `make test`): a copy of Tests/Consumer, a package that depends on this
# one by path, is built as a user would build it.
#  1. The command plugin regenerates PetsCommitted/Generated: it must equal the committed files.
#  2. `swift build` runs the build plugin for PetsBuilt (filter, overrides, sharded layout) and
#     compiles both generated modules into one executable, which calls a local server.
#  3. A second build with nothing changed regenerates nothing (no plugin run, no file rewritten).
#  4. An edit of the spec regenerates: the new description reaches the generated code; so does
#     an edit of a template of the config's `templates` folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.build/consumer"
rm -rf "$work"
mkdir -p "$work"
cp -R "$root/Tests/Consumer/." "$work/"
cd "$work"
fail() { echo "consumer: FAIL: $*" >&2; exit 1; }

echo "consumer: command plugin"
swift package --allow-writing-to-package-directory generate-openapi-code --target PetsCommitted >/dev/null
diff -r "$root/Tests/Consumer/Sources/PetsCommitted/Generated" Sources/PetsCommitted/Generated \
  || fail "Tests/Consumer/Sources/PetsCommitted/Generated differs from what the command plugin writes (run it there and commit)"

echo "consumer: first build (build plugin)"
swift build 2>&1 | tee build1.log | grep -E "error|warning: .*(PetsBuilt|PetsCommitted|consumer-app)" && fail "the build reported the above"
grep -q "Generating the OpenAPI client of PetsBuilt" build1.log || fail "the build plugin did not run"
outputs=$(find .build -path '*OpenAPISwiftGenPlugin*GeneratedSources*' -name '*.swift' | LC_ALL=C sort)
[ "$(echo "$outputs" | wc -l)" -eq 10 ] || fail "expected 4+4+2 sharded files, got: $outputs"
grep -q "func allPets" $outputs || fail "nameOverrides.operations not applied"
grep -q "listStores\|struct Store" $outputs && fail "the filter kept the stores operation or schema"
grep -q "deletePet" $outputs && fail "the filter kept deletePet"
grep -q "struct Money\b" $outputs && fail "typeOverrides.schemas still declares Money"
for f in $outputs; do
  head -1 "$f" | grep -q "^// Pets client (openapi-swiftgen, templates overridden)" || fail "$f does not start with the overridden FileHeader"
done

echo "consumer: calling a local server"
port_file=$(mktemp)
python3 - "$port_file" <<'PY' &
import http.server, json, sys
calls = {"stores": 0}
class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args): pass
    def do_GET(self):
        if self.path == "/pets?limit=2":
            body, status = [{"id": "1", "name": "Rex", "born": "2020-01-02T03:04:05Z", "price": {"amount": 30, "currency": "EUR"}}], 200
        elif self.path == "/stores":
            calls["stores"] += 1
            body, status = ([{"name": "Main"}], 200) if calls["stores"] == 1 else ({"message": "down"}, 500)
        else:
            body, status = {"message": "unexpected " + self.path}, 404
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
open(sys.argv[1], "w").write(str(server.server_port))
server.serve_forever()
PY
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
output=$(.build/debug/consumer-app "http://127.0.0.1:$(cat "$port_file")")
expected=$'pet Rex born 2020-01-02T03:04:05Z costs 30 EUR\nstore Main\nstores error 500'
[ "$output" = "$expected" ] || fail "the client printed:
$output
expected:
$expected"

echo "consumer: second build, nothing changed"
stamp() { for f in $outputs; do stat -c '%Y.%N' "$f" 2>/dev/null || stat -f '%m' "$f"; done; }
before=$(stamp)
sleep 1
swift build > build2.log 2>&1 || { cat build2.log; fail "second build failed"; }
grep -q "Generating the OpenAPI client" build2.log && fail "the plugin ran again with nothing changed"
[ "$before" = "$(stamp)" ] || fail "a generated file was rewritten with nothing changed"

echo "consumer: an edit of the spec regenerates"
sed -i.bak "s/description: The pet's name./description: What the pet answers to./" Sources/PetsBuilt/openapi.yaml
swift build > build3.log 2>&1 || { cat build3.log; fail "build after the edit failed"; }
grep -q "Generating the OpenAPI client of PetsBuilt" build3.log || fail "the plugin did not run after the spec changed"
grep -q "What the pet answers to." $outputs || fail "the edit did not reach the generated code"

echo "consumer: an edit of a template regenerates"
sed -i.bak "s/templates overridden/templates edited/" Sources/PetsBuilt/Templates/FileHeader.mustache
swift build > build4.log 2>&1 || { cat build4.log; fail "build after the template edit failed"; }
grep -q "Generating the OpenAPI client of PetsBuilt" build4.log || fail "the plugin did not run after a template changed"
head -1 $(echo "$outputs" | head -1) | grep -q "templates edited" || fail "the template edit did not reach the generated code"
echo "consumer: OK"
