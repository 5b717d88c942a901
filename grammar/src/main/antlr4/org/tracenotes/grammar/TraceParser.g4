/*
 * Parser of trace notes. Line-oriented on purpose: nesting comes from indentation, which core
 * measures (tabs, snapping of irregular dedents), so a bad line can never unbalance the structure,
 * and any payload that is not C is a prose step, never an error. No actions, no predicates.
 */
parser grammar TraceParser;

options { tokenVocab = TraceLexer; contextSuperClass = TraceRuleContext; }

note
    : FRONT_MATTER? noteElement* EOF
    ;

noteElement
    : HEADING
    | TEXT
    | BLANK
    | codeBlock
    | traceBlock
    ;

codeBlock
    : FENCE_OPEN CODE* FENCE_CLOSE?
    ;

// A fence whose content is a trace opens with TRACE_FENCE_OPEN; an unfenced run has no fences.
traceBlock
    : TRACE_FENCE_OPEN BLOCK_BEGIN traceLine* BLOCK_END FENCE_CLOSE?
    | BLOCK_BEGIN traceLine* BLOCK_END
    ;

// Comments are on the COMMENTS channel; core attaches them by line.
traceLine
    : arrow payload? NL         # stepLine
    | PREPROCESSOR NL           # directiveLine
    | payload NL                # plainLine
    | NL                        # emptyLine
    ;

arrow
    : STEP_ARROW | ARROW | LONG_ARROW | TREE_ARROW | PIPE_ARROW | LAST_ARROW
    ;

// The first alternative that matches the whole line wins, so C is preferred to prose.
payload
    : statement trailer?
    | LBRACE
    | prose
    ;

trailer
    : SEMI+ | COLON | LBRACE
    ;

// Any tokens of a trace line; the Markdown-layer tokens can never be part of one.
prose
    : lineToken+
    ;

lineToken
    : ~( NL | BLOCK_BEGIN | BLOCK_END | FENCE_OPEN | TRACE_FENCE_OPEN | FENCE_CLOSE | CODE | TEXT
       | HEADING | BLANK | FRONT_MATTER | PREPROCESSOR )
    ;

statement
    : ifHead                                                        # ifStatement
    | RBRACE? ELSE ( ifHead | inlineBody )?                         # elseStatement
    | SWITCH ( LPAREN expression RPAREN | expression )              # switchStatement
    | CASE expression ( ELLIPSIS expression )? ( COLON inlineBody? )?
                                                                    # caseStatement
    | DEFAULT ( COLON inlineBody? )?                                # defaultStatement
    | loopHead                                                      # loopStatement
    | RETURN expression?                                            # returnStatement
    | GOTO IDENT                                                    # gotoStatement
    | BREAK ( IF expression )?                                      # breakStatement
    | CONTINUE ( IF expression )?                                   # continueStatement
    | IDENT COLON                                                   # labelStatement
    | RBRACE SEMI?                                                  # closeBraceStatement
    | declSpecifiers declarator LPAREN parameters? RPAREN           # prototypeStatement
    | IDENT declarator LPAREN parameters? RPAREN                    # prototypeStatement
    | declaration                                                   # declarationStatement
    | expression                                                    # expressionStatement
    ;

ifHead
    : IF LPAREN expression RPAREN inlineBody?
    | IF expression ( COLON inlineBody )?
    | IF prose
    ;

inlineBody
    : statement SEMI?
    ;

loopHead
    : FOR LPAREN forPart? SEMI expression? SEMI expression? RPAREN inlineBody?
    | FOR LPAREN lineToken*
    | WHILE ( LPAREN expression RPAREN | expression ) inlineBody?
    | DO LBRACE?
    | FOREACH LPAREN arguments RPAREN inlineBody?
    | FOREACH
    ;

forPart
    : declaration
    | expression
    ;

// `int n = bar()`, `struct page *p = x`, `unsigned long flags`; a bare `T name` needs an initialiser
// so that two-word prose does not read as a declaration.
declaration
    : declSpecifiers declarator ( ASSIGN expression? )?
    | IDENT declarator ASSIGN expression
    ;

declSpecifiers
    : ( STORAGE | QUALIFIER )* typeSpecifier QUALIFIER*
    | ( STORAGE | QUALIFIER )+ IDENT QUALIFIER*
    ;

typeSpecifier
    : ( STRUCT | UNION | ENUM ) IDENT
    | BASIC_TYPE+
    ;

declarator
    : STAR* QUALIFIER* IDENT ( LBRACK expression? RBRACK )*
    ;

parameters
    : parameter ( COMMA parameter )* ( COMMA ELLIPSIS )?
    | ELLIPSIS
    ;

parameter
    : declSpecifiers declarator?
    | IDENT declarator
    | IDENT
    ;

typeName
    : QUALIFIER* ( ( STRUCT | UNION | ENUM ) IDENT | BASIC_TYPE+ | IDENT ) QUALIFIER* STAR*
    ;

// C precedence, highest first.
expression
    : primary                                                       # primaryExpression
    | expression LPAREN arguments RPAREN                            # callExpression
    | expression LBRACK expression RBRACK                           # indexExpression
    | expression op=( DOT | ARROW ) IDENT                           # memberExpression
    | expression op=( INC | DEC )                                   # postfixExpression
    | <assoc=right> op=( INC | DEC | PLUS | MINUS | BANG | TILDE | STAR | AMP ) expression
                                                                    # unaryExpression
    | SIZEOF ( LPAREN typeName RPAREN | expression )                # sizeofExpression
    | LPAREN typeName RPAREN expression                             # castExpression
    | expression op=( STAR | SLASH | PERCENT ) expression           # binaryExpression
    | expression op=( PLUS | MINUS ) expression                     # binaryExpression
    | expression op=( SHL | SHR ) expression                        # binaryExpression
    | expression op=( LT | GT | LE | GE ) expression                # binaryExpression
    | expression op=( EQ | NE ) expression                          # binaryExpression
    | expression op=AMP expression                                  # binaryExpression
    | expression op=CARET expression                                # binaryExpression
    | expression op=PIPE expression                                 # binaryExpression
    | expression op=ANDAND expression                               # binaryExpression
    | expression op=OROR expression                                 # binaryExpression
    | <assoc=right> expression QUESTION expression COLON expression # conditionalExpression
    | <assoc=right> expression op=( ASSIGN | ASSIGN_OP ) expression # assignmentExpression
    ;

// Empty arguments are kept: notes write `foo(,,n+1,)`.
arguments
    : argument? ( COMMA argument? )*
    ;

// A typed parameter (`unsigned long size`, `struct dev *d`) makes a call line a signature.
argument
    : expression
    | typeName
    | declSpecifiers declarator
    | IDENT declarator
    ;

primary
    : IDENT ( SCOPE IDENT )+
    | IDENT
    | FOREACH
    | NUMBER
    | STRING+
    | CHAR
    | ELLIPSIS
    | LPAREN expression RPAREN
    | LBRACE arguments RBRACE
    ;
