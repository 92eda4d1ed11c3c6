# Finds a JDK 25 or newer and exports JAVA_HOME and JAVA for the scripts that source this file.
# Order: $JAVA_HOME, then `java` on PATH, then the usual install folders. The machine's default
# java may be older (17 here), so it is never taken on trust.

_sockshell_java_major() { # $1 = a java executable; prints its feature version, or nothing
  local home rel line
  home=$(cd "$(dirname "$1")/.." 2>/dev/null && pwd)
  if [[ -f $home/release ]] && line=$(grep -m1 '^JAVA_VERSION=' "$home/release"); then
    rel=${line#JAVA_VERSION=}; rel=${rel//\"/}
  else
    rel=$("$1" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  fi
  rel=${rel#1.}
  echo "${rel%%[.+-]*}"
}

_sockshell_try() { # $1 = a java home; succeeds when it holds a java of 25 or newer
  local j="$1/bin/java" major
  [[ -x $j ]] || return 1
  major=$(_sockshell_java_major "$j")
  [[ $major =~ ^[0-9]+$ ]] && ((major >= 25)) || return 1
  export JAVA_HOME="$1" JAVA="$j"
}

find_jdk25() {
  if [[ -n ${JAVA_HOME:-} ]] && _sockshell_try "$JAVA_HOME"; then return 0; fi
  if command -v java >/dev/null 2>&1; then
    local onpath
    onpath=$(readlink -f "$(command -v java)")
    _sockshell_try "$(dirname "$(dirname "$onpath")")" && return 0
  fi
  local best="" bestmajor=0 home major
  for home in /usr/lib/jvm/* /opt/java/* /opt/*jdk* /usr/local/*jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -x $home/bin/java && -x $home/bin/javac ]] || continue
    major=$(_sockshell_java_major "$home/bin/java")
    [[ $major =~ ^[0-9]+$ ]] || continue
    if ((major >= 25 && major > bestmajor)); then best=$home; bestmajor=$major; fi
  done
  if [[ -n $best ]] && _sockshell_try "$best"; then return 0; fi
  echo "sockshell needs a JDK 25 or newer (none in JAVA_HOME, on PATH or in /usr/lib/jvm): install Temurin 25 or set JAVA_HOME to one." >&2
  return 1
}
