package dev.specdriven.spec.internal;

import dev.specdriven.spec.CriterionId;
import dev.specdriven.spec.PropertyReference;
import dev.specdriven.spec.ReferenceKind;
import dev.specdriven.spec.ReferenceList;
import dev.specdriven.spec.RequirementReference;
import dev.specdriven.spec.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises reference lines and splits them into tokens with spans. */
final class Refs {
    private Refs() {}

    static final String REQ_LABEL =
            "Requirements?|Reqs?\\.?|需求|要件|要求|Requisitos?|Requerimientos?|Требования|Требование|요구사항|Kebutuhan|Validates|Validate|Validated";

    /**
     * A whole label line: {@code _Requirements: 1.1, 2.3_}, {@code **Validates: Requirements
     * 5.2**}.
     */
    static final Pattern LABEL_LINE =
            Pattern.compile(
                    "^[\\s>]*+(?:[-*+]\\s++)?+[_*]{0,3}+\\s*+("
                            + REQ_LABEL
                            + ")\\s*+[_*]{0,3}+\\s*+[:：]\\s*+[_*]{0,3}+\\s*+(.*?)\\s*+[_*]{0,3}+[.。]?\\s*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code **Property 4: Title**} or {@code Property 4: Title} as a detail line. */
    static final Pattern PROPERTY_LINE =
            Pattern.compile(
                    "^[\\s>]*+(?:[-*+]\\s++)?+[_*]{0,3}+\\s*+(?:Property|属性|プロパティ|Propiedad|Propriedade|Свойство|속성)\\s*+(\\d+)\\s*+(?:[:：.\\-–—]\\s*+(.*?))?\\s*+[_*]{0,3}+\\s*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code _Properties: 1, 4_}. */
    static final Pattern PROPERTIES_LINE =
            Pattern.compile(
                    "^[\\s>]*+(?:[-*+]\\s++)?+[_*]{0,3}+\\s*+(?:Properties|Property|属性|プロパティ)\\s*+[_*]{0,3}+\\s*+[:：]\\s*+[_*]{0,3}+\\s*+(.*?)\\s*+[_*]{0,3}+\\s*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern VALIDATES_PREFIX =
            Pattern.compile("^(?:Requirements?|需求|要件)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Cheap test before the property regexes. */
    static boolean mayBeProperty(String line) {
        return line.contains("ropert")
                || line.contains("ROPERT")
                || line.contains("属性")
                || line.contains("プロパティ")
                || line.contains("ropied")
                || line.contains("войств")
                || line.contains("속성");
    }

    /** Cheap test before the label-line regex: a label line has a colon. */
    static boolean mayBeLabelLine(String line) {
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
            return false;
        }
        if (mayHaveProseReference(line)) {
            return true;
        }
        for (String w : OTHER_LABELS) {
            if (line.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] OTHER_LABELS = {
        "需求", "要件", "要求", "Требован", "요구사항", "Kebutuhan", "Propert", "propert", "属性", "プロパティ"
    };

    /** Cheap test before the prose regex. */
    /** The next index at or after {@code from} where "req" or "validat" starts (any case). */
    static int nextCandidate(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'r' || c == 'R') && text.regionMatches(true, i, "req", 0, 3)) {
                return i;
            }
            if ((c == 'v' || c == 'V') && text.regionMatches(true, i, "validat", 0, 7)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether [s, e) of the text may hold a requirement reference ("req", "validat", 需求, 要件). */
    static boolean mayHaveReference(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if ((c == 'r' || c == 'R') && text.regionMatches(true, i, "req", 0, 3)) {
                return true;
            }
            if ((c == 'v' || c == 'V') && text.regionMatches(true, i, "validat", 0, 7)) {
                return true;
            }
            if (c == '需' || c == '要') {
                return true;
            }
        }
        return false;
    }

    static boolean mayHaveProseReference(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'r' || c == 'R') && text.regionMatches(true, i, "req", 0, 3)) {
                return true;
            }
            if ((c == 'v' || c == 'V') && text.regionMatches(true, i, "validat", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    private static final String NUM = "\\d+(?:\\.\\d+)?(?:\\s*[-–—~]\\s*\\d+(?:\\.\\d+)?)?";

    /**
     * References in prose ({@code Requirements 1.2, 3.4}, {@code Validates: Requirements 2.1}),
     * applied with {@code lookingAt} at candidate positions.
     */
    static final Pattern PROSE =
            Pattern.compile(
                    "(?:Validates|Requirements?|Req\\.)\\**\\s*[:：]?\\s*\\**\\s*(?:Requirements?\\s*)?("
                            + NUM
                            + "(?:\\s*(?:[,，、]|and|&)\\s*"
                            + NUM
                            + ")*)(?![\\p{L}\\p{N}_]|\\.\\d)",
                    Pattern.CASE_INSENSITIVE);

    private static final String PREFIX =
            "(?:(?:Requirements?|Req\\.?|需求|要件|要求|Requisito|Requerimiento|Требование)\\s*)?";
    private static final Pattern RANGE =
            Pattern.compile(
                    "^"
                            + PREFIX
                            + "(\\d+)\\.(\\d+)\\s*(?:[-–—~～]|to|through|a|até)\\s*(?:(\\d+)\\.)?(\\d+)$",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern CRITERION =
            Pattern.compile(
                    "^" + PREFIX + "(\\d+)\\.(\\d+)(?:\\s*[(（].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUIREMENT =
            Pattern.compile(
                    "^" + PREFIX + "(\\d+)(?:\\s*(?:全部|全体|全て|すべて|all|\\(all\\)|\\(.*\\)))?$",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern ID_STYLE =
            Pattern.compile("^((?:REQ|FR|NFR|US|TR|BR|SR|UR)-\\d+[a-z]?)(?:\\.(\\d+))?$");
    private static final Pattern ALL =
            Pattern.compile(
                    "^(?:All|Todos|Todas|Tous|全部|全般|全て|すべて|所有)(?![\\p{L}]).*",
                    Pattern.CASE_INSENSITIVE);

    /**
     * Parses a label line found at {@code lineStart} with content {@code line}.
     *
     * @return the reference list, empty when the line is no reference line
     */
    static Optional<ReferenceList> labelLine(SourceText src, String line, int lineStart) {
        if (!mayBeLabelLine(line)) {
            return Optional.empty();
        }
        Matcher m = LABEL_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1);
        int vs = m.start(2);
        int ve = m.end(2);
        String value = line.substring(vs, ve);
        // "Validates: Requirements 1.2" -> skip the word Requirements
        Matcher pre = VALIDATES_PREFIX.matcher(value);
        if (label.toLowerCase(java.util.Locale.ROOT).startsWith("validat") && pre.lookingAt()) {
            vs += pre.end();
        }
        int contentStart = firstNonSpace(line);
        int contentEnd = Md.trimEnd(line, 0, line.length());
        List<RequirementReference> refs = tokens(src, line, lineStart, vs, ve, true);
        return Optional.of(
                new ReferenceList(
                        label,
                        src.span(
                                lineStart + contentStart,
                                lineStart + Math.max(contentStart, contentEnd)),
                        src.span(lineStart + vs, lineStart + Math.max(vs, ve)),
                        refs));
    }

    /** Finds reference lists in prose; only numeric tokens count. */
    static List<ReferenceList> prose(SourceText src, String text, int textStart) {
        List<ReferenceList> out = new ArrayList<>();
        Matcher m = null;
        int from = 0;
        while (true) {
            int at = nextCandidate(text, from);
            if (at < 0) {
                break;
            }
            from = at + 1;
            if (at > 0) {
                char p = text.charAt(at - 1);
                if (Character.isLetterOrDigit(p) || p == '_') {
                    continue;
                }
            }
            if (m == null) {
                m = PROSE.matcher(text);
            }
            m.region(at, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            from = m.end();
            int le = at;
            while (le < m.end()
                    && (Character.isLetter(text.charAt(le)) || text.charAt(le) == '.')) {
                le++;
            }
            String label = text.substring(at, le);
            if (label.isEmpty()) {
                label = "Requirements";
            }
            List<RequirementReference> refs =
                    tokens(src, text, textStart, m.start(1), m.end(1), false);
            if (!refs.isEmpty()) {
                out.add(
                        new ReferenceList(
                                label,
                                src.span(textStart + m.start(), textStart + m.end()),
                                src.span(textStart + m.start(1), textStart + m.end(1)),
                                refs));
            }
        }
        return out;
    }

    static List<PropertyReference> propertyTokens(
            SourceText src, String line, int lineStart, int vs, int ve) {
        List<PropertyReference> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(line).region(vs, ve);
        while (m.find()) {
            out.add(
                    new PropertyReference(
                            m.group(), "", src.span(lineStart + m.start(), lineStart + m.end())));
        }
        return out;
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Splits [vs, ve) of {@code text} into tokens. */
    static List<RequirementReference> tokens(
            SourceText src, String text, int base, int vs, int ve, boolean allowFree) {
        List<RequirementReference> out = new ArrayList<>();
        String value = text.substring(vs, ve);
        if (value.isBlank()) {
            return out;
        }
        String trimmed = value.strip();
        if (ALL.matcher(trimmed).matches()) {
            int s = vs + value.indexOf(trimmed.charAt(0));
            out.add(
                    new RequirementReference(
                            ReferenceKind.ALL,
                            trimmed,
                            src.span(base + s, base + s + trimmed.length()),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()));
            return out;
        }
        int depth = 0;
        int tokStart = vs;
        for (int i = vs; i <= ve; i++) {
            char c = i < ve ? text.charAt(i) : ',';
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            boolean sep =
                    i == ve
                            || depth == 0
                                    && (c == ',' || c == '，' || c == '、' || c == ';' || c == '；');
            boolean andSep =
                    !sep && depth == 0 && i + 5 <= ve && text.regionMatches(true, i, " and ", 0, 5);
            if (sep || andSep) {
                add(src, text, base, tokStart, i, allowFree, out);
                tokStart = andSep ? i + 5 : i + 1;
                if (andSep) {
                    i += 4;
                }
            }
        }
        return out;
    }

    private static void add(
            SourceText src,
            String text,
            int base,
            int s,
            int e,
            boolean allowFree,
            List<RequirementReference> out) {
        while (s < e && isSpaceOrMark(text.charAt(s))) {
            s++;
        }
        while (e > s && (isSpaceOrMark(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
            e--;
        }
        if (s >= e) {
            return;
        }
        String raw = text.substring(s, e);
        var span = src.span(base + s, base + e);
        int dot = simpleNumber(raw);
        if (dot > 0 && dot < raw.length() - 1 && raw.length() - dot <= 7) {
            String req = raw.substring(0, dot);
            int idx = parse(raw.substring(dot + 1));
            if (idx >= 1) {
                out.add(
                        new RequirementReference(
                                ReferenceKind.CRITERION,
                                raw,
                                span,
                                Optional.of(req),
                                Optional.of(new CriterionId(req, idx)),
                                Optional.empty()));
                return;
            }
        } else if (dot == 0) {
            out.add(
                    new RequirementReference(
                            ReferenceKind.REQUIREMENT,
                            raw,
                            span,
                            Optional.of(raw),
                            Optional.empty(),
                            Optional.empty()));
            return;
        }
        Matcher m;
        if ((m = RANGE.matcher(raw)).matches()) {
            String r1 = m.group(1);
            String r2 = m.group(3) != null ? m.group(3) : r1;
            CriterionId from = new CriterionId(r1, Math.max(1, parse(m.group(2))));
            CriterionId to = new CriterionId(r2, Math.max(1, parse(m.group(4))));
            out.add(
                    new RequirementReference(
                            ReferenceKind.RANGE,
                            raw,
                            span,
                            Optional.of(r1),
                            Optional.of(from),
                            Optional.of(to)));
        } else if ((m = CRITERION.matcher(raw)).matches() && parse(m.group(2)) >= 1) {
            out.add(
                    new RequirementReference(
                            ReferenceKind.CRITERION,
                            raw,
                            span,
                            Optional.of(m.group(1)),
                            Optional.of(new CriterionId(m.group(1), parse(m.group(2)))),
                            Optional.empty()));
        } else if ((m = REQUIREMENT.matcher(raw)).matches()) {
            out.add(
                    new RequirementReference(
                            ReferenceKind.REQUIREMENT,
                            raw,
                            span,
                            Optional.of(m.group(1)),
                            Optional.empty(),
                            Optional.empty()));
        } else if ((m = ID_STYLE.matcher(raw)).matches()) {
            if (m.group(2) != null && parse(m.group(2)) >= 1) {
                out.add(
                        new RequirementReference(
                                ReferenceKind.CRITERION,
                                raw,
                                span,
                                Optional.of(m.group(1)),
                                Optional.of(new CriterionId(m.group(1), parse(m.group(2)))),
                                Optional.empty()));
            } else {
                out.add(
                        new RequirementReference(
                                ReferenceKind.REQUIREMENT,
                                raw,
                                span,
                                Optional.of(m.group(1)),
                                Optional.empty(),
                                Optional.empty()));
            }
        } else if (ALL.matcher(raw).matches()) {
            out.add(
                    new RequirementReference(
                            ReferenceKind.ALL,
                            raw,
                            span,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()));
        } else if (allowFree) {
            out.add(
                    new RequirementReference(
                            ReferenceKind.FREE_TEXT,
                            raw,
                            span,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()));
        }
    }

    /**
     * For {@code N.M}: the index of the dot; for {@code N}: 0; otherwise -1 (digits only, at most 9
     * per part, one dot).
     */
    private static int simpleNumber(String raw) {
        int dot = -1;
        int run = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run > 9) {
                    return -1;
                }
            } else if (c == '.' && dot < 0 && run > 0) {
                dot = i;
                run = 0;
            } else {
                return -1;
            }
        }
        if (run == 0) {
            return -1;
        }
        return dot < 0 ? 0 : dot;
    }

    private static boolean isSpaceOrMark(char c) {
        return Character.isWhitespace(c) || c == '_' || c == '*' || c == '`';
    }

    private static int parse(String digits) {
        if (digits.length() > 6) {
            return 0;
        }
        return Integer.parseInt(digits);
    }
}
