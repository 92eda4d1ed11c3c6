// The sockshell command language. One line holds one or more commands separated by ';'.
// Socket arguments are optional and come first, like C's first argument; the parser tells
// them from addresses by their token kind (s1 is a NAME, 127.0.0.1 an IPV4).
// setopt/getopt take free atoms: which atom is the socket, the level, the option and the
// value is decided against the option catalogue by CommandBuilder, so the grammar stays
// independent of the option list.
grammar SockShell;

line
    : command? (SEMI command?)* EOF
    ;

command
    : OPEN proto family? (IN host=NAME)? (AS name=NAME)?    # open
    | LAB atom*                                             # lab
    | USE sock                                              # use
    | BIND sock? endpoint                                   # bind
    | LISTEN sock? backlog=NUMBER?                          # listen
    | ACCEPT sock? (TIMEOUT duration)?                      # accept
    | CONNECT sock? endpoint (TIMEOUT duration)?            # connect
    | SHUTDOWN sock? how=(RD | WR | BOTH)                   # shutdown
    | CLOSE (sock | ALL)?                                   # close
    | SEND sock? payload (TO endpoint)?                     # send
    | REPLY sock? payload                                   # reply
    | BENCH atom*                                           # bench
    | RECV sock? ERRQUEUE? max=(NUMBER | SIZE)? (TIMEOUT duration)? # recv
    | SETOPT atom+                                          # setopt
    | GETOPT atom+                                          # getopt
    | JOIN sock? group=address iface? (SOURCE src=address)? # join
    | LEAVE sock? group=address iface? (SOURCE src=address)? # leave
    | WATCH sock? ECHO?                                     # watch
    | UNWATCH (sock | ALL)?                                 # unwatch
    | LS                                                    # ls
    | OPTS atom?                                         # optionList
    | HELP (atom atom?)?                                    # help
    | SET setting=NAME atom                                 # set
    | SOURCE path                                           # sourceFile
    | EXPECT expectation                                    # expect
    | RECORD (FLAG* path FLAG* | STOP)                      # record
    | EXPORT lang=NAME FLAG* path FLAG*                     # export
    | LESSONS                                               # lessonList
    | LESSON NAME FLAG?                                     # lesson
    | DOCTOR                                                # doctor
    | SLEEP duration                                        # sleep
    | TIME rounds=NUMBER? LBRACE command? (SEMI command?)* RBRACE # time
    | (QUIT | EXIT)                                         # quit
    ;

// What a self-checking script states: the previous command's error or output, what a socket
// receives (or that it receives nothing), or an option's value: [SOCK] [LEVEL] OPTNAME = VALUE.
expectation
    : ERRORKW errno=(NAME | NUMBER | ANY)                   # expectError
    | RECV sock? payload (TIMEOUT duration)?                # expectRecv
    | NOTHING sock? (TIMEOUT duration)?                     # expectNothing
    | OUTPUT LIKE? STRING                                   # expectOutput
    | INTERFACE NAME                                        # expectInterface
    | atom+                                                 # expectValue
    ;

path
    : STRING
    | NAME
    | PATH
    ;

proto
    : UDP
    | TCP
    ;

family
    : IPV4KW
    | IPV6KW
    ;

sock
    : NAME
    ;

endpoint
    : address port=NUMBER                                   # addrAndPort
    | IPV4_PORT                                             # ipv4Port
    | V6_PORT                                               # ipv6Port
    | HOST_PORT                                             # hostPort
    ;

address
    : IPV4
    | IPV6
    | NAME
    | STAR
    | ANY
    ;

iface
    : IPV4
    | NAME
    | NUMBER
    ;

payload
    : STRING
    | HEXBYTES
    | CHARSTRING
    ;

duration
    : DURATION
    | NUMBER
    | FLOAT
    ;

atom
    : ~(SEMI | EOF)
    ;

// ---- keywords (before NAME: on a tie the first rule wins) ----
OPEN     : 'open';
USE      : 'use';
BIND     : 'bind';
LISTEN   : 'listen';
ACCEPT   : 'accept';
CONNECT  : 'connect';
SHUTDOWN : 'shutdown';
CLOSE    : 'close';
SEND     : 'send';
REPLY    : 'reply';
BENCH    : 'bench';
RECV     : 'recv';
SETOPT   : 'setopt';
GETOPT   : 'getopt';
JOIN     : 'join';
LEAVE    : 'leave';
WATCH    : 'watch';
UNWATCH  : 'unwatch';
LS       : 'ls';
OPTS     : 'options';
HELP     : 'help';
QUIT     : 'quit';
SET      : 'set';
EXPECT   : 'expect';
RECORD   : 'record';
EXPORT   : 'export';
LESSONS  : 'lessons';
LESSON   : 'lesson';
DOCTOR   : 'doctor';
SLEEP    : 'sleep';
TIME     : 'time';
EXIT     : 'exit';
UDP      : 'udp';
TCP      : 'tcp';
IPV4KW   : 'ipv4';
IPV6KW   : 'ipv6';
AS       : 'as';
TO       : 'to';
TIMEOUT  : 'timeout';
SOURCE   : 'source';
ALL      : 'all';
ANY      : 'any';
ERRORKW  : 'error';
NOTHING  : 'nothing';
OUTPUT   : 'output';
LIKE     : 'like';
STOP     : 'stop';
INTERFACE: 'interface';
RD       : 'rd';
WR       : 'wr';
BOTH     : 'both';
IN       : 'in';
ERRQUEUE : 'errqueue';
LAB      : 'lab';
ECHO     : 'echo';

// ---- values ----
STRING   : '"' (ESC | ~["\\\r\n])* '"'
         | '\'' (ESC | ~['\\\r\n])* '\''
         ;
HEXBYTES : 'hex:' [0-9a-fA-F_]*;
// text in a named encoding: cp949:"안녕하세요"
CHARSTRING
         : [A-Za-z] [A-Za-z0-9_-]* ':' ('"' (ESC | ~["\\\r\n])* '"' | '\'' (ESC | ~['\\\r\n])* '\'');
IPV4_PORT: IPV4 ':' DIGITS;
IPV4     : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS;
V6_PORT  : '[' ~[\]\r\n]+ ']' ':' DIGITS;
HOST_PORT: [A-Za-z_] [A-Za-z0-9_.-]* ':' DIGITS;
IPV6     : HEXD* ':' [0-9a-fA-F:]* ':' [0-9a-fA-F.]* ('%' [A-Za-z0-9_.-]+)?;
// A negative duration is a token too, so that it is refused with its reason (not at its unit).
DURATION : '-'? DIGITS ('.' DIGITS)? ('s' | 'ms' | 'us' | 'min' | 'h');
SIZE     : DIGITS ('.' DIGITS)? [kKmMgG] ([iI]? [bB])?;
FLOAT    : DIGITS '.' DIGITS;
NUMBER   : '-'? DIGITS | '0' [xX] HEXD+;
NAME     : [A-Za-z_] [A-Za-z0-9_.-]*;
STAR     : '*';
SEMI     : ';';
EQ       : '=';
LBRACE   : '{';
RBRACE   : '}';
FLAG     : '--' [a-z]+;
// A file path: any word with a '/' in it (quote paths with spaces).
PATH     : [A-Za-z0-9_.~-]* '/' ~[ \t\r\n;#"']*;

COMMENT  : '#' ~[\r\n]* -> skip;
WS       : [ \t\r\n]+ -> skip;
// Anything else becomes a token of its own, so the parser reports it with its column: a word
// in another script (서버, 보내기) whole, any other character alone.
ERROR_CHAR : ~[\u0000-\u007F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+ | .;

fragment DIGITS : [0-9]+;
fragment HEXD   : [0-9a-fA-F];
fragment ESC    : '\\' .;
