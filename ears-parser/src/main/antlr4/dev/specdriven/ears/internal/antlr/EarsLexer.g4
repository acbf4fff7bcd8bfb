/*
 * Generic lexer for one EARS sentence. It knows no keyword: it splits the text into words,
 * commas and emphasis markers. Keywords are data (EarsDialect); the SentenceTagger maps words to
 * the keyword token types declared below before the parser runs.
 */
lexer grammar EarsLexer;

tokens {
    WHERE,
    WHILE,
    WHEN,
    IF,
    THEN,
    SHALL,
    WEAK,
    SEP,
    LEAD,
    SYS
}

// Unicode white space (including NBSP, ideographic space and the BOM) separates words.
WS
    : [ \t\r\n\u000B\u000C\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+ -> skip
    ;

// Markdown emphasis around keywords (**WHEN**); dropped before parsing, kept in clause text.
EMPH
    : '*'+
    ;

// ASCII comma, full-width comma, ideographic comma.
COMMA
    : [,\uFF0C\u3001]
    ;

WORD
    : ~[ \t\r\n\u000B\u000C\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF*,\uFF0C\u3001]+
    ;
