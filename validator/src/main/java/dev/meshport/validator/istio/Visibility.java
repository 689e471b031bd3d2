package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which namespaces see a resource, from its {@code spec.exportTo} (pkg/config/visibility): default every namespace. */
public final class Visibility {

    private static final String ALL = "*";

    private Visibility() {}

    /** The namespaces that see {@code m}: a set with "*" for all. */
    public static Set<String> of(Manifest m) {
        List<String> exportTo = Fields.texts(Fields.at(m, "spec.exportTo").value());
        if (exportTo.isEmpty()) {
            return Set.of(ALL);
        }
        Set<String> out = new HashSet<>();
        for (String e : exportTo) {
            out.add(e.equals(".") ? MeshFacts.namespace(m) : e);
        }
        return out;
    }

    /** True when some namespace sees both resources. */
    public static boolean overlap(Manifest a, Manifest b) {
        Set<String> va = of(a);
        Set<String> vb = of(b);
        if (va.contains(ALL) || vb.contains(ALL)) {
            return !va.contains("~") && !vb.contains("~");
        }
        return va.stream().anyMatch(vb::contains);
    }
}
