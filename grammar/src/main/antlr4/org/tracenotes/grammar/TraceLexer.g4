/*
 * Lexer of trace notes.
 *
 * The Markdown layer of a note (front matter, headings, prose, fences, and which fenced or unfenced
 * runs of lines are trace blocks) needs lookahead over whole blocks, so TraceLexerBase decides it
 * line by line and emits one token per non-trace line (the types in `tokens` below). Only the lines
 * of trace blocks are lexed by the rules of this grammar. See grammar/README.md.
 */
lexer grammar TraceLexer;

options { superClass = TraceLexerBase; }

// Emitted by TraceLexerBase, never matched by a rule.
tokens {
    FRONT_MATTER, HEADING, TEXT, BLANK, FENCE_OPEN, TRACE_FENCE_OPEN, FENCE_CLOSE, CODE,
    BLOCK_BEGIN, BLOCK_END, LINE_COMMENT_TEXT, PREPROCESSOR
}

channels { COMMENTS }

// ---- comments: `//`, `/* */`, `#` after two or more blanks, `<--` notes --------------------------
BLOCK_COMMENT    : '/*' ~[\r\n]*? '*/'                        -> channel(COMMENTS);
// `/*` not closed on this line: the base class continues it on the following lines.
OPEN_COMMENT     : '/*' ( ~[*\r\n] | '*'+ ~[*/\r\n] )* '*'*   -> channel(COMMENTS);
SLASH_COMMENT    : '//' ~[\r\n]*                              -> channel(COMMENTS);
// `#` after two or more blanks, or a run of `#` followed by a blank after one (`f() ## note`);
// `#GP` or `%#lx` after one blank stays payload.
TRAILING_COMMENT : ( [ \t] [ \t]+ '#' ~[\r\n]* | [ \t]+ '#'+ [ \t] ~[\r\n]* )
                                                              -> channel(COMMENTS);
NOTE_COMMENT     : '<' '-' '-'+ ~[\r\n]*                      -> channel(COMMENTS);
// A note in another script after two or more blanks: `+-> kvm_update_hgatp  更新hgatp`.
TRAILING_NOTE    : [ \t] [ \t]+ ~[\u0000-\u007F\u00A0\u3000\u2026] ~[\r\n]* -> channel(COMMENTS);
// Location tags: `[mm/rmap.c]`, `[mm/rmap.c:123]`, `(block/file-posix.c)`.
LOCATION_TAG     : ( '[' PATH_PART ( '/' PATH_PART )* '.' SOURCE_EXT ( ':' [0-9]+ )? ']'
                   | '(' PATH_PART ( '/' PATH_PART )+ '.' SOURCE_EXT ( ':' [0-9]+ )? ')' )
                                                              -> channel(COMMENTS);
fragment PATH_PART  : [a-zA-Z0-9_.-]+;
fragment SOURCE_EXT : 'c' | 'h' | 'S' | 'rs' | 'cc' | 'cpp' | 'py';

// ---- arrows (structure when they lead a line; payload otherwise) --------------------------------
STEP_ARROW  : '=' '='? '='? '>';   // `=>`, and `==>`, `===>` drawn with a longer shaft
ARROW       : '->' | '\u2192';      // also C member access `p->f`; `→` (U+2192) drawn as an arrow
LONG_ARROW  : '-' '-'+ '>';
TREE_ARROW  : '-'* '+' '-'+ '>';   // `--+->`: a fork off a vertical line
PIPE_ARROW  : '|' ( '-'+ '>' | '=>' );    // `|=>`: a step arrow drawn as a tree edge
LAST_ARROW  : '\\' ( '-'+ '>' | '=>' );

// ---- keywords ---------------------------------------------------------------------------------------
IF       : 'if';
ELSE     : 'else';
SWITCH   : 'switch' | 'swith';   // a typo notes make
CASE     : 'case';
DEFAULT  : 'default';
FOR      : 'for';
WHILE    : 'while';
DO       : 'do';
RETURN   : 'return';
GOTO     : 'goto';
BREAK    : 'break';
CONTINUE : 'continue';
SIZEOF   : 'sizeof';
STRUCT   : 'struct';
UNION    : 'union';
ENUM     : 'enum';
STORAGE  : 'static' | 'extern' | 'inline' | '__always_inline' | 'noinline' | '__init' | '__meminit';
QUALIFIER: 'const' | 'volatile' | '__rcu' | '__user' | '__iomem';
BASIC_TYPE
         : 'void' | 'char' | 'short' | 'int' | 'long' | 'unsigned' | 'signed' | 'bool' | '_Bool'
         | 'float' | 'double'
         ;
// `for_each_*`, `list_for_each_entry`, `xa_for_each`, `foreach`: loop macros
FOREACH  : [a-zA-Z_]* ( 'for_each' | 'foreach' ) [a-zA-Z0-9_]*;

IDENT    : [a-zA-Z_$] [a-zA-Z0-9_$]*;
NUMBER   : ( '0' [xX] [0-9a-fA-F]+ | '0' [bB] [01]+ | [0-9]+ ( '.' [0-9]+ )? ) [uUlL]*;
STRING   : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '"';
CHAR     : '\'' ( ~['\\\r\n] | '\\' ~[\r\n] )+ '\'';

// Markdown emphasis inside a step (`**bold**`) makes the line prose.
BOLD     : '**' ~[* \t\r\n] ~[*\r\n]* '**';

// ---- punctuation ------------------------------------------------------------------------------------
ELLIPSIS : '...' '.'* | '\u2026'+;
SCOPE    : '::';
LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';
LBRACE   : '{';
RBRACE   : '}';
SEMI     : ';' | '\uFF1B';   // a full-width semicolon too
COMMA    : ',' | '\uFF0C';   // a full-width comma between arguments too
COLON    : ':';
QUESTION : '?';
DOT      : '.';
INC      : '++';
DEC      : '--';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
PERCENT  : '%';
AMP      : '&';
PIPE     : '|';
CARET    : '^';
TILDE    : '~';
BANG     : '!';
ANDAND   : '&&';
OROR     : '||';
SHL      : '<<';
SHR      : '>>';
LT       : '<';
GT       : '>';
LE       : '<=';
GE       : '>=';
EQ       : '==';
NE       : '!=';
ASSIGN   : '=';
ASSIGN_OP: '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=';

WS       : [ \t\f\u00A0\u3000]+ -> channel(HIDDEN);
NL       : '\r'? '\n';

// Anything else (CJK, full-width punctuation, stray characters) is prose.
WORD     : ~[\u0000-\u007F\u00A0\u3000]+;
OTHER    : .;
