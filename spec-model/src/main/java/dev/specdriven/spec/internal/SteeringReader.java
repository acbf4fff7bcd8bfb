package dev.specdriven.spec.internal;

import dev.specdriven.source.Diagnostic;
import dev.specdriven.spec.Section;
import dev.specdriven.spec.SourceText;
import dev.specdriven.spec.SpecCode;
import dev.specdriven.spec.SteeringDocument;
import dev.specdriven.spec.SteeringInclusion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a steering document and its YAML front matter (the small subset Kiro writes). */
final class SteeringReader {

    private final String path;
    private final SourceText src;
    private final List<Diagnostic> diags;

    private final Limits limits;

    SteeringReader(String path, SourceText src, List<Diagnostic> diags, Limits limits) {
        this.limits = limits;
        this.path = path;
        this.src = src;
        this.diags = new ArrayList<>(diags);
    }

    SteeringDocument read() {
        Map<String, String> fm = new LinkedHashMap<>();
        List<String> patterns = new ArrayList<>();
        int bodyLine = 1;
        int lines = src.lineCount();
        if (lines >= 2 && src.line(1).strip().equals("---")) {
            int close = -1;
            for (int l = 2; l <= lines; l++) {
                String t = src.line(l).strip();
                if (t.equals("---") || t.equals("...")) {
                    close = l;
                    break;
                }
            }
            if (close > 0) {
                String lastKey = null;
                for (int l = 2; l < close; l++) {
                    String line = src.line(l);
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    if (t.startsWith("- ") && lastKey != null) {
                        String item = unquote(t.substring(2).strip());
                        fm.merge(lastKey, item, (a, b) -> a.isEmpty() ? b : a + "," + b);
                        if (lastKey.equals("fileMatchPattern")) {
                            patterns.add(item);
                        }
                        continue;
                    }
                    int colon = t.indexOf(':');
                    if (colon <= 0) {
                        diags.add(
                                SpecCode.INVALID_FRONT_MATTER
                                        .at(
                                                src.lineSpan(l),
                                                "front matter line is not 'key: value'")
                                        .withFile(path));
                        continue;
                    }
                    String key = t.substring(0, colon).strip();
                    String value = t.substring(colon + 1).strip();
                    lastKey = key;
                    fm.put(key, unquote(value));
                    if (key.equals("fileMatchPattern") && !value.isEmpty()) {
                        patterns.addAll(patternList(value));
                    }
                }
                bodyLine = close + 1;
            }
        }
        SteeringInclusion inclusion = SteeringInclusion.ALWAYS;
        String inc = fm.get("inclusion");
        if (inc != null) {
            switch (inc.toLowerCase(Locale.ROOT)) {
                case "always":
                    inclusion = SteeringInclusion.ALWAYS;
                    break;
                case "filematch":
                    inclusion = SteeringInclusion.FILE_MATCH;
                    break;
                case "manual":
                    inclusion = SteeringInclusion.MANUAL;
                    break;
                default:
                    inclusion = SteeringInclusion.UNKNOWN;
                    diags.add(
                            SpecCode.INVALID_FRONT_MATTER
                                    .at(src.lineSpan(1), "unknown inclusion '" + inc + "'")
                                    .withFile(path));
            }
        }
        if (inclusion == SteeringInclusion.FILE_MATCH && patterns.isEmpty()) {
            diags.add(
                    SpecCode.INVALID_FRONT_MATTER
                            .at(src.lineSpan(1), "inclusion fileMatch without fileMatchPattern")
                            .withFile(path));
        }
        List<Section> sections = List.of();
        java.util.Optional<String> title = java.util.Optional.empty();
        if (bodyLine <= src.lineCount()) {
            Md.Doc doc = Md.parse(src, bodyLine, limits, path, diags);
            List<Sections.H> hs = Sections.headings(doc);
            sections = Sections.build(doc, hs);
            title =
                    hs.isEmpty()
                            ? java.util.Optional.empty()
                            : java.util.Optional.of(hs.get(0).title());
        }
        return new SteeringDocument(path, src, inclusion, patterns, fm, title, sections, diags);
    }

    static List<String> patternList(String value) {
        List<String> out = new ArrayList<>();
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        } else {
            v = unquote(v);
        }
        for (String p : v.split(",")) {
            String t = unquote(p.strip());
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2
                && ((t.startsWith("\"") && t.endsWith("\""))
                        || (t.startsWith("'") && t.endsWith("'")))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
