package dev.meshport.validator.istio.workload;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Workloads;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Istio pkg/config/analysis/analyzers/deployment/services.go (IST0116 DeploymentAssociatedToMultipleServices,
 * IST0137 DeploymentConflictingPorts): the sidecar has one inbound listener per target port.
 */
@RuleMeta(
        id = "istio-workload-service-port-conflict",
        severity = Severity.WARNING,
        summary = "Services selecting the same workload disagree on a port's protocol or on the port of a targetPort",
        mesh = "istio",
        kinds = {"Service", "Deployment", "StatefulSet", "DaemonSet", "Pod"},
        equivalents = {"IST0116", "IST0137"},
        docs = """
                The sidecar builds one inbound listener per workload port. When two Services that select the same
                workload use one port number with different protocols (`http` in one, `tcp` in the other), or map
                the same `targetPort` from different port numbers, only one of them is honoured and the other's
                traffic is handled with the wrong protocol or port. Align the Services.
                """,
        failing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                      containers:
                      - name: web
                        image: web:1
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  selector:
                    app: web
                  ports:
                  - port: 8080
                    name: http
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web-raw
                spec:
                  selector:
                    app: web
                  ports:
                  - port: 8080
                #   ^ istio-workload-service-port-conflict
                    name: tcp
                """,
        passing = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                      containers:
                      - name: web
                        image: web:1
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  selector:
                    app: web
                  ports:
                  - port: 8080
                    name: http
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web-admin
                spec:
                  selector:
                    app: web
                  ports:
                  - port: 9090
                    name: http-admin
                """)
public final class WorkloadServicePortConflict implements Rule {

    private record PortOf(Manifest service, Field port) {}

    @Override
    public void check(LintContext context, Reporter reporter) {
        List<Manifest> services = context.manifests().ofKind(Mesh.KUBERNETES, "Service");
        // a port is reported once, though several workloads (v1, v2 of one app) may show the conflict
        Set<String> reported = new HashSet<>();
        for (Workloads.Workload w : Workloads.of(context).all()) {
            List<PortOf> ports = new ArrayList<>();
            for (Manifest s : services) {
                Map<String, String> selector = MeshFacts.labels(Fields.at(s, "spec.selector").value());
                if (!selector.isEmpty() && MeshFacts.namespace(s).equals(w.namespace()) && MeshFacts.selects(selector, w.labels())) {
                    Fields.each(s, "spec.ports[*]").forEach(p -> ports.add(new PortOf(s, p)));
                }
            }
            for (int i = 0; i < ports.size(); i++) {
                PortOf later = ports.get(i);
                for (PortOf earlier : ports.subList(0, i)) {
                    Optional<String> why = conflict(earlier, later);
                    if (why.isPresent() && reported.add(later.service().id() + "#" + later.port().path())) {
                        reporter.report(later.service(), later.port().path(), why.get() + " (workload "
                                + w.manifest().id().display() + ")");
                        break;
                    }
                }
            }
        }
    }

    private static Optional<String> conflict(PortOf earlier, PortOf later) {
        if (earlier.service() == later.service()) {
            return Optional.empty();
        }
        long port = later.port().key("port").value().asLong(-1);
        if (earlier.port().key("port").value().asLong(-2) == port
                && !PortProtocols.of(earlier.port()).equals(PortProtocols.of(later.port()))) {
            return Optional.of("port " + port + " is " + describe(later) + " here but " + describe(earlier)
                    + " in Service " + earlier.service().id().display());
        }
        String target = targetPort(later.port());
        if (target.equals(targetPort(earlier.port())) && earlier.port().key("port").value().asLong(-2) != port) {
            return Optional.of("targetPort " + target + " is reached from port " + port + " here but from port "
                    + earlier.port().key("port").text() + " in Service " + earlier.service().id().display());
        }
        return Optional.empty();
    }

    private static String describe(PortOf p) {
        String protocol = PortProtocols.of(p.port());
        return protocol.isEmpty() ? "unnamed (sniffed)" : protocol;
    }

    private static String targetPort(Field port) {
        return port.key("targetPort").present() ? port.key("targetPort").text() : port.key("port").text();
    }
}
