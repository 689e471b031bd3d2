package dev.meshport.translator;

import dev.meshport.translator.tolinkerd.LinkerdGap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every gap kind of every direction, sorted by id, for {@code meshport rules}, {@code explain} and SARIF rules. */
public final class GapCatalog {

    private final List<GapKind> kinds;

    private GapCatalog(List<GapKind> kinds) {
        List<GapKind> sorted = new ArrayList<>(kinds);
        sorted.sort(Comparator.comparing(GapKind::id));
        this.kinds = List.copyOf(sorted);
    }

    public static GapCatalog builtIn() {
        return new GapCatalog(List.of(LinkerdGap.values()));
    }

    public List<GapKind> kinds() {
        return kinds;
    }

    public Optional<GapKind> find(String id) {
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
