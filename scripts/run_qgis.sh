#!/usr/bin/env bash
# `make run`: start QGIS desktop with the freshly built plugin (in a separate, throwaway-safe profile so your own
# profile is untouched) and open the demo project. Uses Xvfb when there is no display.
set -euo pipefail
build=$(cd "$1" && pwd); project=$(readlink -f "$2")
profiles="$build/qgis-profiles"
plugins="$profiles/profiles/default/python/plugins"
mkdir -p "$plugins" "$profiles/profiles/default/QGIS"
rm -rf "$plugins/ccsg_plugin" && cp -r "$build/ccsg_plugin" "$plugins/ccsg_plugin"
ini="$profiles/profiles/default/QGIS/QGIS3.ini"
grep -q "ccsg_plugin=true" "$ini" 2>/dev/null || printf '[PythonPlugins]\nccsg_plugin=true\n' >> "$ini"
unset QT_QPA_PLATFORM
cmd=(qgis --profiles-path "$profiles" --nologo --noversioncheck --project "$project")
if [ -z "${DISPLAY:-}" ]; then
  echo "No display found: starting QGIS on a virtual screen (xvfb-run). Set DISPLAY to see the window."
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${cmd[@]}"
fi
exec "${cmd[@]}"
