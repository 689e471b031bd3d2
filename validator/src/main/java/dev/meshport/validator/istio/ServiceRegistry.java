package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.istio.Fields.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The hosts the inputs define: Kubernetes Services ({@code name.ns.svc.cluster.local}) and ServiceEntry hosts. */
public final class ServiceRegistry {

    private final List<Manifest> services;
    private final List<String> entryHosts;
    private final List<Manifest> entries;

    private ServiceRegistry(List<Manifest> services, List<String> entryHosts, List<Manifest> entries) {
        this.services = services;
        this.entryHosts = entryHosts;
        this.entries = entries;
    }

    public static ServiceRegistry of(LintContext context) {
        List<String> hosts = new ArrayList<>();
        for (Manifest se : MeshFacts.istio(context, "ServiceEntry")) {
            for (Field h : Fields.each(se, "spec.hosts[*]")) {
                hosts.add(MeshFacts.fqdn(h.text(), MeshFacts.namespace(se)));
            }
        }
        return new ServiceRegistry(context.manifests().ofKind(Mesh.KUBERNETES, "Service"), hosts,
                MeshFacts.istio(context, "ServiceEntry"));
    }

    /** The Kubernetes Service an FQDN names, if among the inputs. */
    public Optional<Manifest> service(String fqdn) {
        for (Manifest s : services) {
            if (fqdn.equals(s.id().name() + "." + MeshFacts.namespace(s) + ".svc.cluster.local")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** True when a Service or a ServiceEntry host (possibly a wildcard) covers {@code host}. */
    public boolean knows(String host) {
        if (host.startsWith("*")) {
            return services.stream().anyMatch(s -> MeshFacts.matches(host, s.id().name() + "." + MeshFacts.namespace(s)
                    + ".svc.cluster.local")) || entryHosts.stream().anyMatch(h -> MeshFacts.overlap(h, host));
        }
        return service(host).isPresent() || entryHosts.stream().anyMatch(h -> MeshFacts.matches(h, host));
    }

    /**
     * The port numbers of the Service, or else of the first ServiceEntry, that defines {@code fqdn} exactly, as
     * Istio's analyzers see a destination (pkg/config/analysis/analyzers/util GetDestinationHost); empty when the
     * inputs do not define the host.
     */
    public Optional<List<Long>> ports(String fqdn) {
        Optional<Manifest> service = service(fqdn);
        if (service.isPresent()) {
            return Optional.of(Fields.each(service.get(), "spec.ports[*].port").stream().map(p -> p.value().asLong()).toList());
        }
        for (Manifest se : entries) {
            boolean defines = Fields.each(se, "spec.hosts[*]").stream()
                    .anyMatch(h -> MeshFacts.fqdn(h.text(), MeshFacts.namespace(se)).equals(fqdn));
            if (defines) {
                return Optional.of(Fields.each(se, "spec.ports[*].number").stream().map(p -> p.value().asLong()).toList());
            }
        }
        return Optional.empty();
    }
}
