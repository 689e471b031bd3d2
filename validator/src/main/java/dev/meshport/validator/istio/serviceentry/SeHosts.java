package dev.meshport.validator.istio.serviceentry;

import dev.meshport.model.Manifest;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Visibility;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Hosts of ServiceEntries, resolved in their namespaces. */
final class SeHosts {

    private SeHosts() {}

    static Set<String> of(Manifest se) {
        return Fields.each(se, "spec.hosts[*]").stream()
                .map(h -> MeshFacts.fqdn(h.text(), MeshFacts.namespace(se))).collect(Collectors.toSet());
    }

    static boolean shareHost(Manifest a, Manifest b) {
        Set<String> hb = of(b);
        return of(a).stream().anyMatch(hb::contains);
    }

    /** The other ServiceEntries that share a host with {@code se} and are visible to a namespace that sees it. */
    static List<Manifest> peers(Manifest se, List<Manifest> entries) {
        return entries.stream().filter(o -> o != se && Visibility.overlap(se, o) && shareHost(se, o)).toList();
    }
}
