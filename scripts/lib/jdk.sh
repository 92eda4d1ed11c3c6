# Finds a JDK 25 or newer and exports JAVA_HOME and JAVA for the scripts that source this file.
# Order: $JAVA_HOME, then `java` on PATH, then the usual install folders. The machine's default
# java may be older (17 here), so it is never taken on trust. Bash builtins only where it can,
# since this runs before every start of sockshell.

_major=""
_sockshell_major() { # $1 = a java home; sets _major to its feature version
  local line v=""
  _major=""
  if [[ -r $1/release ]]; then
    while IFS= read -r line; do
      if [[ $line == JAVA_VERSION=* ]]; then v=${line#JAVA_VERSION=}; break; fi
    done <"$1/release"
  fi
  if [[ -z $v && -x $1/bin/java ]]; then
    v=$("$1/bin/java" -version 2>&1)
    v=${v#*version \"}
  fi
  v=${v//\"/}
  v=${v#1.}
  v=${v%%[.+-]*}
  [[ $v =~ ^[0-9]+$ ]] && _major=$v
}

_sockshell_try() { # $1 = a java home; succeeds when it holds a java of 25 or newer
  [[ -x $1/bin/java ]] || return 1
  _sockshell_major "$1"
  [[ -n $_major ]] && ((_major >= 25)) || return 1
  export JAVA_HOME="$1" JAVA="$1/bin/java"
}

find_jdk25() {
  if [[ -n ${JAVA_HOME:-} ]] && _sockshell_try "$JAVA_HOME"; then return 0; fi
  local onpath
  if onpath=$(command -v java 2>/dev/null); then
    onpath=$(readlink -f "$onpath")
    _sockshell_try "${onpath%/bin/java}" && return 0
  fi
  local best="" bestmajor=0 home
  for home in /usr/lib/jvm/* /opt/java/* /opt/*jdk* /usr/local/*jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -x $home/bin/java && -x $home/bin/javac && ! -L $home ]] || continue
    _sockshell_major "$home"
    if [[ -n $_major ]] && ((_major >= 25 && _major > bestmajor)); then best=$home; bestmajor=$_major; fi
  done
  if [[ -n $best ]] && _sockshell_try "$best"; then return 0; fi
  echo "sockshell needs a JDK 25 or newer (none in JAVA_HOME, on PATH or in /usr/lib/jvm): install Temurin 25 or set JAVA_HOME to one." >&2
  return 1
}
