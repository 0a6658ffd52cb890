#!/usr/bin/env bash
# The test command of the README: installs what the database tests need on a fresh machine
# (PostgreSQL server programs, pgTAP and Prometheus, only when missing), then the npm packages, then runs
# every test. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# The database tests start their own PostgreSQL cluster from the server programs on the machine
# and need pgTAP in it; the gate tests start Prometheus. Install only what is missing, so a second run does nothing.
pg_major() {
  local bindir
  bindir=$(pg_config --bindir 2>/dev/null || true)
  if [ -n "$bindir" ] && [ -x "$bindir/initdb" ]; then
    basename "$(dirname "$bindir")"
  else
    ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1
  fi
}
major=$(pg_major)
want=()
if [ -z "$major" ] || [ ! -x "/usr/lib/postgresql/$major/bin/initdb" ]; then
  major=15
  want+=("postgresql-$major")
fi
if [ ! -f "/usr/share/postgresql/$major/extension/pgtap.control" ]; then
  want+=("postgresql-$major-pgtap")
fi
# the deploy gate's tests query a real Prometheus, which they start on a loopback port
if ! command -v prometheus >/dev/null 2>&1; then
  want+=(prometheus)
fi
if [ ${#want[@]} -gt 0 ]; then
  echo "installing ${want[*]} for the database and gate tests"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
fi

npm ci --no-audit --no-fund

# vitest's own summary, plus one plain closing line that any CI can read
results=$(mktemp)
status=0
npm test -- --reporter=default --reporter=json --outputFile="$results" || status=$?
node -e '
  // A file that fails to load (a syntax error, a failing hook) fails no test of its own, so
  // count it as a failure and name every failed file: "0 failed" must mean the run passed.
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const cwd = process.cwd() + "/";
  const failedFiles = r.testResults.filter((f) => f.status === "failed");
  const silent = failedFiles.filter((f) => !f.assertionResults.some((a) => a.status === "failed")).length;
  for (const f of failedFiles) {
    const n = f.assertionResults.filter((a) => a.status === "failed").length;
    console.log(`failed: ${f.name.replace(cwd, "")} (${n ? n + " failed test" + (n > 1 ? "s" : "") : "did not run: " + (f.message || "").split("\n")[0]})`);
  }
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + silent} failed`);
' "$results" || true
rm -f "$results"
exit "$status"
