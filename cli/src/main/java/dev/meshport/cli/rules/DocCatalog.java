package dev.meshport.cli.rules;

import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every documented entry, sorted by type then id: the lint rules (and, once the translator has them, gap kinds). */
public final class DocCatalog {

    private final List<DocEntry> entries;

    public DocCatalog(List<DocEntry> entries) {
        List<DocEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(DocEntry::type).thenComparing(DocEntry::id));
        this.entries = List.copyOf(sorted);
    }

    public static DocCatalog of(RuleCatalog rules) {
        List<DocEntry> entries = new ArrayList<>();
        for (Rule r : rules.rules()) {
            entries.add(DocEntry.of(r.meta()));
        }
        return new DocCatalog(entries);
    }

    public static DocCatalog builtIn() {
        return of(RuleCatalog.builtIn());
    }

    public List<DocEntry> entries() {
        return entries;
    }

    public Optional<DocEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Up to three ids close to {@code typo} (edit distance, or one containing the other), closest first. */
    public List<String> closeTo(String typo) {
        String t = typo.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, t.length() / 3);
        return entries.stream()
                .map(DocEntry::id)
                .filter(id -> id.contains(t) || t.contains(id) || distance(id, t) <= limit)
                .sorted(Comparator.comparingInt((String id) -> distance(id, t)).thenComparing(id -> id))
                .limit(3)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
