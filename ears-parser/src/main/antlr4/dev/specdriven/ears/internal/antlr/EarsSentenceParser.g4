/*
 * The shape of one EARS sentence over the tagged token stream produced by SentenceTagger:
 *
 *   [lead ,] [Where …,] [While …,]* [When … [then] | If … [,] then] [system] shall response
 *
 * German puts the modal before the system (WENN …, DANN muss das System …): the tagger then
 * tags the system after the modal ("after"). Verb-final languages put the response before a
 * closing modal (THE 同期サービスは データを保存する SHALL): the tagger then leaves the words
 * between the system and the modal untagged ("preResponse").
 *
 * The tagger decides which words are structural (keyword position, comma before a clause, the
 * system name), so every decision here is LL(1); problems such as a wrong clause order, a missing
 * system or an If without then are found by checking the parsed structure, not by syntax errors.
 */
parser grammar EarsSentenceParser;

options {
    tokenVocab = EarsLexer;
}

requirement
    : lead? condition* before=system? preResponse? modal after=system? response? EOF # earsSentence
    | proseToken* EOF                                                  # prose
    ;

lead
    : LEAD+ SEP?
    | SEP
    ;

condition
    : WHERE text? clauseEnd? # whereClause
    | WHILE text? clauseEnd? # whileClause
    | WHEN text? clauseEnd?  # whenClause
    | IF text? clauseEnd?    # ifClause
    ;

clauseEnd
    : SEP (THEN SEP?)? # separatorEnd
    | THEN SEP?        # thenEnd
    ;

text
    : (WORD | COMMA)+
    ;

system
    : SYS+
    ;

modal
    : SHALL # bindingModal
    | WEAK  # weakModal
    ;

response
    : (WORD | COMMA | SHALL)+
    ;

preResponse
    : (WORD | COMMA)+
    ;

proseToken
    : WORD
    | COMMA
    ;
