package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.istio.Fields.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hosts the inputs define: Kubernetes Services ({@code name.ns.svc.cluster.local}) and ServiceEntry hosts. */
public final class ServiceRegistry {

    private final Map<String, Manifest> servicesByFqdn;
    private final Map<String, Manifest> entriesByHost;
    private final List<String> wildcardEntryHosts;

    private ServiceRegistry(Map<String, Manifest> servicesByFqdn, Map<String, Manifest> entriesByHost,
                            List<String> wildcardEntryHosts) {
        this.servicesByFqdn = servicesByFqdn;
        this.entriesByHost = entriesByHost;
        this.wildcardEntryHosts = wildcardEntryHosts;
    }

    /** Indexes the Services and ServiceEntries of the inputs; the first definition of a host wins. */
    public static ServiceRegistry of(LintContext context) {
        Map<String, Manifest> services = new HashMap<>();
        for (Manifest s : context.manifests().ofKind(Mesh.KUBERNETES, "Service")) {
            services.putIfAbsent(s.id().name() + "." + MeshFacts.namespace(s) + ".svc.cluster.local", s);
        }
        Map<String, Manifest> entries = new HashMap<>();
        List<String> wildcards = new ArrayList<>();
        for (Manifest se : MeshFacts.istio(context, "ServiceEntry")) {
            for (Field h : Fields.each(se, "spec.hosts[*]")) {
                String host = MeshFacts.fqdn(h.text(), MeshFacts.namespace(se));
                entries.putIfAbsent(host, se);
                if (host.startsWith("*")) {
                    wildcards.add(host);
                }
            }
        }
        return new ServiceRegistry(services, entries, wildcards);
    }

    /** The Kubernetes Service an FQDN names, if among the inputs. */
    public Optional<Manifest> service(String fqdn) {
        return Optional.ofNullable(servicesByFqdn.get(fqdn));
    }

    /** True when a Service or a ServiceEntry host (possibly a wildcard) covers {@code host}. */
    public boolean knows(String host) {
        if (host.startsWith("*")) {
            return servicesByFqdn.keySet().stream().anyMatch(s -> MeshFacts.matches(host, s))
                    || entriesByHost.keySet().stream().anyMatch(h -> MeshFacts.overlap(h, host));
        }
        return servicesByFqdn.containsKey(host) || entriesByHost.containsKey(host)
                || wildcardEntryHosts.stream().anyMatch(h -> MeshFacts.matches(h, host));
    }

    /**
     * The port numbers of the Service, or else of the first ServiceEntry, that defines {@code fqdn} exactly, as
     * Istio's analyzers see a destination (pkg/config/analysis/analyzers/util GetDestinationHost); empty when the
     * inputs do not define the host.
     */
    public Optional<List<Long>> ports(String fqdn) {
        Manifest service = servicesByFqdn.get(fqdn);
        if (service != null) {
            return Optional.of(Fields.each(service, "spec.ports[*].port").stream().map(p -> p.value().asLong()).toList());
        }
        Manifest se = entriesByHost.get(fqdn);
        return se == null ? Optional.empty()
                : Optional.of(Fields.each(se, "spec.ports[*].number").stream().map(p -> p.value().asLong()).toList());
    }
}
