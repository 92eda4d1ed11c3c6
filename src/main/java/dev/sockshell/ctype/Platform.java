package dev.sockshell.ctype;

/** Where C source is meant to compile: Linux (glibc) or Windows (Winsock 2). */
public enum Platform {
  LINUX,
  WINSOCK
}
