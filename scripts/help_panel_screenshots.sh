#!/usr/bin/env bash
# Retake the analysis, monitoring (and rivers) panels' help screenshots in one language in the real QGIS desktop
# (see help_panel_screenshots.py). Usage, from the project's root after `make demo`:
#   scripts/help_panel_screenshots.sh LANG [PROJECT.qgz]
set -euo pipefail
lang=$1; project=$(readlink -f "${2:-demo_output/ccsg_demo.qgz}")
[ -f "$project" ] || { echo "$project not found: run 'make demo' first"; exit 1; }
# The panels show the store's path: a neutral copy of the demo, not this checkout's folder.
shown=/tmp/ccsg_demo; rm -rf "$shown" && cp -r "$(dirname "$project")" "$shown"; project="$shown/$(basename "$project")"
root=$(pwd); out="$root/resources/help/img"
make -s package >/dev/null
prof=$(mktemp -d); trap 'rm -rf "$prof" "$shown"' EXIT
mkdir -p "$prof/profiles/default/python/plugins" "$prof/profiles/default/QGIS"
( cd "$prof/profiles/default/python/plugins" && unzip -q "$root/dist/ccsg_plugin.zip" )
{ printf '[PythonPlugins]\nccsg_plugin=true\n'
  [ "$lang" = en ] && code=en_US || code=$lang
  printf '[locale]\noverrideFlag=true\nuserLocale=%s\nglobalLocale=%s\n' "$code" "$code"; } > "$prof/profiles/default/QGIS/QGIS3.ini"
rm -f "$out/.shots_$lang.txt"
QGIS_PLUGINPATH="$prof/profiles/default/python/plugins" CCSG_SHOTS_OUT="$out" CCSG_SHOTS_LANG="$lang" \
  timeout 180 xvfb-run -a -s "-screen 0 1600x1200x24" qgis --profiles-path "$prof" --nologo --noversioncheck \
  --code "$root/scripts/help_panel_screenshots.py" --project "$project" >/dev/null 2>&1 || true
cat "$out/.shots_$lang.txt" 2>/dev/null && rm -f "$out/.shots_$lang.txt" || { echo "no screenshots taken"; exit 1; }
