package dev.meshport.cli.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.meshport.cli.output.Json;
import dev.meshport.model.Finding;
import dev.meshport.validator.config.Glob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted for now ({@code --baseline FILE}): later runs report only findings that are not
 * in it. Findings are matched by {@link Fingerprint} (no line numbers, so edits elsewhere in a file do not make old
 * findings new), and as a multiset: a second copy of an accepted finding is new.
 */
public final class Baseline {

    static final int FORMAT = 1;

    private static final Comparator<Finding> STABLE = Comparator
            .comparing((Finding f) -> Glob.normalize(f.location().file()))
            .thenComparing(f -> String.valueOf(Fingerprint.resource(f)))
            .thenComparing(f -> f.location().field().toString())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** The baseline file's text for {@code findings}, sorted without line numbers so that moving code does not churn it. */
    public static String render(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(STABLE);
        return Json.render(g -> {
            g.writeStartObject();
            g.writeStringField("meshportBaseline", String.valueOf(FORMAT));
            g.writeArrayFieldStart("findings");
            for (Finding f : sorted) {
                g.writeStartObject();
                g.writeStringField("fingerprint", Fingerprint.of(f));
                g.writeStringField("rule", f.rule());
                g.writeStringField("file", Glob.normalize(f.location().file()));
                g.writeStringField("resource", Fingerprint.resource(f));
                g.writeStringField("field", f.location().field().toString());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * Reads a baseline file's text.
     *
     * @throws IllegalArgumentException when it is not a baseline this version writes
     */
    public static Baseline parse(String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "not a JSON object");
            boolean marked = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("meshportBaseline")) {
                    expect(String.valueOf(FORMAT).equals(p.getValueAsString()),
                            "baseline format " + p.getText() + " is not " + FORMAT);
                    marked = true;
                } else if (name.equals("findings")) {
                    expect(value == JsonToken.START_ARRAY, "'findings' is not a list");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String fingerprint = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            p.nextToken();
                            if (field.equals("fingerprint")) {
                                fingerprint = p.getValueAsString();
                            } else {
                                p.skipChildren();
                            }
                        }
                        expect(fingerprint != null, "a finding without fingerprint");
                        counts.merge(fingerprint, 1, Integer::sum);
                    }
                } else {
                    p.skipChildren();
                }
            }
            expect(marked, "no \"meshportBaseline\" marker");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new Baseline(counts);
    }

    /** The findings the baseline does not hold, in their order. */
    public List<Finding> newFindings(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : findings) {
            String key = Fingerprint.of(f);
            int n = left.getOrDefault(key, 0);
            if (n > 0) {
                left.put(key, n - 1);
            } else {
                fresh.add(f);
            }
        }
        return fresh;
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
