package dev.specdriven.ears.internal;

import dev.specdriven.ears.Clause;
import dev.specdriven.ears.ClauseKind;
import dev.specdriven.ears.internal.antlr.EarsSentenceParser;
import dev.specdriven.ears.internal.antlr.EarsSentenceParserBaseVisitor;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Builds the typed model from the parse tree. Every labelled alternative has its own visit method;
 * reaching {@link #visitChildren} means an alternative was added to the grammar without being
 * handled here, and fails loudly.
 */
final class EarsModelBuilder extends EarsSentenceParserBaseVisitor<Void> {
    private final String text;
    private final PositionMapper mapper;
    private final ParsedSentence out;

    EarsModelBuilder(String text, PositionMapper mapper, ParsedSentence out) {
        this.text = text;
        this.mapper = mapper;
        this.out = out;
    }

    @Override
    public Void visitChildren(org.antlr.v4.runtime.tree.RuleNode node) {
        throw new IllegalStateException(
                "unhandled grammar alternative " + node.getClass().getSimpleName());
    }

    @Override
    public Void visitProse(EarsSentenceParser.ProseContext ctx) {
        return null;
    }

    @Override
    public Void visitEarsSentence(EarsSentenceParser.EarsSentenceContext ctx) {
        if (ctx.lead() != null && !ctx.lead().LEAD().isEmpty()) {
            EarsSentenceParser.LeadContext lead = ctx.lead();
            out.lead =
                    new ParsedSentence.Range(
                            start(lead.LEAD(0)), end(lead.LEAD(lead.LEAD().size() - 1)));
        }
        for (EarsSentenceParser.ConditionContext c : ctx.condition()) {
            visit(c);
        }
        EarsSentenceParser.SystemContext systemCtx = ctx.before != null ? ctx.before : ctx.after;
        if (systemCtx != null) {
            var sys = systemCtx.SYS();
            int last = sys.size() - 1;
            while (last > 0 && isComma(sys.get(last))) {
                last--; // a comma right before the modal is punctuation, not part of the name
            }
            int s = start(sys.get(0));
            int e = end(sys.get(last));
            out.system = new ParsedSentence.Range(s, e);
            out.clauses.add(
                    new Clause(ClauseKind.SYSTEM, stripEmphasis(text, s, e), mapper.span(s, e)));
        }
        visit(ctx.modal());
        if (ctx.response() != null) {
            response(ctx.response(), ctx.after != null);
        } else if (ctx.preResponse() != null) {
            response(ctx.preResponse(), true);
        }
        return null;
    }

    @Override
    public Void visitBindingModal(EarsSentenceParser.BindingModalContext ctx) {
        out.modal = range(ctx.SHALL());
        out.binding = true;
        return null;
    }

    @Override
    public Void visitWeakModal(EarsSentenceParser.WeakModalContext ctx) {
        out.modal = range(ctx.WEAK());
        out.binding = false;
        return null;
    }

    @Override
    public Void visitWhereClause(EarsSentenceParser.WhereClauseContext ctx) {
        condition(ClauseKind.WHERE, ctx.WHERE(), ctx.text(), ctx.clauseEnd());
        return null;
    }

    @Override
    public Void visitWhileClause(EarsSentenceParser.WhileClauseContext ctx) {
        condition(ClauseKind.WHILE, ctx.WHILE(), ctx.text(), ctx.clauseEnd());
        return null;
    }

    @Override
    public Void visitWhenClause(EarsSentenceParser.WhenClauseContext ctx) {
        condition(ClauseKind.WHEN, ctx.WHEN(), ctx.text(), ctx.clauseEnd());
        return null;
    }

    @Override
    public Void visitIfClause(EarsSentenceParser.IfClauseContext ctx) {
        condition(ClauseKind.IF, ctx.IF(), ctx.text(), ctx.clauseEnd());
        return null;
    }

    private @Nullable TerminalNode then;

    @Override
    public Void visitSeparatorEnd(EarsSentenceParser.SeparatorEndContext ctx) {
        then = ctx.THEN();
        return null;
    }

    @Override
    public Void visitThenEnd(EarsSentenceParser.ThenEndContext ctx) {
        then = ctx.THEN();
        return null;
    }

    private void condition(
            ClauseKind kind,
            TerminalNode keyword,
            EarsSentenceParser.@Nullable TextContext textCtx,
            EarsSentenceParser.@Nullable ClauseEndContext end) {
        then = null;
        if (end != null) {
            visit(end);
        }
        ParsedSentence.Range kw = range(keyword);
        ParsedSentence.Range body = textCtx == null ? null : range(textCtx);
        ParsedSentence.Range thenRange = then == null ? null : range(then);
        int wholeEnd = thenRange != null ? thenRange.end() : body != null ? body.end() : kw.end();
        ParsedSentence.Range whole = new ParsedSentence.Range(kw.start(), wholeEnd);
        out.conditions.add(new ParsedSentence.ConditionInfo(kind, kw, body, thenRange, whole));
        String clauseText = body == null ? "" : stripEmphasis(text, body.start(), body.end());
        out.clauses.add(new Clause(kind, clauseText, mapper.span(whole.start(), whole.end())));
    }

    private void response(ParserRuleContext ctx, boolean spanFromResponse) {
        int s = -1;
        int e = -1;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof TerminalNode t) {
                Token tok = t.getSymbol();
                if (tok.getType() == EarsSentenceParser.SHALL) {
                    out.extraShall.add(range(t));
                } else if (tok.getType() == EarsSentenceParser.WORD) {
                    out.responseWords.add(range(t));
                }
                if (s < 0) {
                    s = tok.getStartIndex();
                }
                e = tok.getStopIndex() + 1;
            }
        }
        if (s < 0) {
            return;
        }
        // drop the sentence's closing punctuation
        if (e > s && ".。!！;；:：".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= s || negationOnly()) {
            return;
        }
        out.response = new ParsedSentence.Range(s, e);
        ParsedSentence.Range modal = out.modal;
        int spanStart = modal != null && !spanFromResponse ? modal.start() : s;
        out.clauses.add(
                new Clause(
                        ClauseKind.RESPONSE, stripEmphasis(text, s, e), mapper.span(spanStart, e)));
    }

    /** Negations that say nothing on their own ({@code The X shall not.}). */
    private static final java.util.Set<String> NEGATIONS =
            java.util.Set.of("not", "never", "no", "nicht", "nie", "não", "nao", "nunca");

    private boolean negationOnly() {
        if (out.responseWords.size() > 2) {
            return false;
        }
        for (ParsedSentence.Range r : out.responseWords) {
            int e = r.end();
            while (e > r.start() && ".。!！;；:：".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            String w = text.substring(r.start(), e).toLowerCase(java.util.Locale.ROOT);
            if (!NEGATIONS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of {@code [s, e)} without Markdown emphasis markers that hug a word ({@code **THE**
     * **System**} becomes {@code THE System}); a free-standing {@code *} is kept.
     */
    static String stripEmphasis(String text, int s, int e) {
        if (text.indexOf('*', s) < 0 || text.indexOf('*', s) >= e) {
            return text.substring(s, e);
        }
        StringBuilder b = new StringBuilder(e - s);
        int i = s;
        while (i < e) {
            char c = text.charAt(i);
            if (c != '*') {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < e && text.charAt(j) == '*') {
                j++;
            }
            boolean hugsLeft = i > s && !Character.isWhitespace(text.charAt(i - 1));
            boolean hugsRight = j < e && !Character.isWhitespace(text.charAt(j));
            if (!hugsLeft && !hugsRight) {
                b.append(text, i, j);
            }
            i = j;
        }
        return b.toString();
    }

    private boolean isComma(TerminalNode n) {
        int s = start(n);
        return end(n) - s == 1 && ",，、".indexOf(text.charAt(s)) >= 0;
    }

    private static int start(TerminalNode n) {
        return n.getSymbol().getStartIndex();
    }

    private static int end(TerminalNode n) {
        return n.getSymbol().getStopIndex() + 1;
    }

    private static ParsedSentence.Range range(TerminalNode n) {
        return new ParsedSentence.Range(start(n), end(n));
    }

    private static ParsedSentence.Range range(ParserRuleContext ctx) {
        return new ParsedSentence.Range(
                ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
    }
}
