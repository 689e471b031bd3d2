package dev.meshport.validator.linkerd.traps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.PodTemplates;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

@RuleMeta(
        id = "linkerd-opaque-ports-mismatch",
        severity = Severity.WARNING,
        summary = "A Service and the pods it selects disagree on which ports are opaque",
        mesh = "linkerd",
        kinds = {"Service", "Pod", "Deployment", "StatefulSet", "DaemonSet", "Namespace"},
        equivalents = {"linkerd check --proxy: opaque ports are properly annotated"},
        docs = """
                `config.linkerd.io/opaque-ports` must agree on both sides: the client proxy reads it from the Service,
                the server proxy from the pod. A port that is opaque on one side only is handled as opaque by one proxy
                and protocol-detected by the other, which breaks server-speaks-first protocols (MySQL, SMTP) or loses
                HTTP features. Each side's ports come from its own annotation, else from its Namespace's annotation
                (when the Namespace is in the inputs), else from Linkerd's default list
                (25, 587, 3306, 4444, 5432, 6379, 9300, 11211). A Service port is compared with its `targetPort` on the
                pods it selects in the inputs (named target ports are resolved through the containers' ports). Source:
                `pkg/healthcheck/healthcheck.go` (checkMisconfiguredOpaquePortAnnotations).
                """,
        failing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: books-db
                  namespace: booksapp
                  annotations:
                    config.linkerd.io/opaque-ports: "3307"
                spec:
                  selector: {app: books-db}
                  ports:
                    - name: mysql
                #     ^ linkerd-opaque-ports-mismatch
                      port: 3307
                      targetPort: mysql
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: books-db
                  namespace: booksapp
                spec:
                  selector:
                    matchLabels: {app: books-db}
                  serviceName: books-db
                  template:
                    metadata:
                      labels: {app: books-db}
                    spec:
                      containers:
                        - name: mysql
                          image: mysql:8
                          ports:
                            - {name: mysql, containerPort: 3307}
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: books-db
                  namespace: booksapp
                  annotations:
                    config.linkerd.io/opaque-ports: "3307"
                spec:
                  selector: {app: books-db}
                  ports:
                    - name: mysql
                      port: 3307
                      targetPort: mysql
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: books-db
                  namespace: booksapp
                spec:
                  selector:
                    matchLabels: {app: books-db}
                  serviceName: books-db
                  template:
                    metadata:
                      labels: {app: books-db}
                      annotations:
                        config.linkerd.io/opaque-ports: mysql
                    spec:
                      containers:
                        - name: mysql
                          image: mysql:8
                          ports:
                            - {name: mysql, containerPort: 3307}
                """)
public final class OpaquePortsMismatch implements Rule {

    private static final String ANNOTATION = "config.linkerd.io/opaque-ports";
    private static final String DEFAULT_PORTS = "25,587,3306,4444,5432,6379,9300,11211";

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        if (!LinkerdInputs.usesLinkerd(set)) {
            return;
        }
        for (Manifest svc : set.filter(m -> m.kind().equals("Service") && m.id().group().isEmpty() && m.typeProblem().isEmpty())) {
            String ns = LinkerdInputs.namespace(svc);
            JsonNode selector = svc.tree().path("spec").path("selector");
            String svcSpec = svc.tree().path("metadata").path("annotations").path(ANNOTATION).asText(null);
            Set<Integer> svcOpaque = ports(svcSpec != null ? svcSpec : namespaceValue(set, ns), name -> servicePort(svc, name));
            for (PodTemplates.PodTemplate pod : PodTemplates.all(set)) {
                if (!pod.namespace().equals(ns) || !PodTemplates.selects(selector, pod.labels())) {
                    continue;
                }
                String podSpec = pod.annotations().path(ANNOTATION).asText(null);
                Set<Integer> podOpaque = ports(podSpec != null ? podSpec : namespaceValue(set, ns), pod::containerPort);
                for (Trees.At port : Trees.each(svc.tree(), "spec.ports[*]")) {
                    JsonNode number = port.node().path("port");
                    if (!number.isIntegralNumber()) {
                        continue;
                    }
                    JsonNode target = port.node().has("targetPort") ? port.node().get("targetPort") : number;
                    Integer targetNumber = target.isIntegralNumber() ? Integer.valueOf(target.asInt()) : pod.containerPort(target.asText());
                    if (targetNumber == null) {
                        continue;
                    }
                    boolean onService = svcOpaque.contains(number.asInt());
                    if (onService != podOpaque.contains(targetNumber)) {
                        reporter.report(svc, port.path(), "port " + number.asInt() + " is opaque on "
                                + (onService ? "the Service but not on " : "the pods of ") + pod.owner().kind() + "/"
                                + pod.owner().id().name() + (onService ? " (target port " + targetNumber + ")" : " but not on the Service")
                                + "; set " + ANNOTATION + " on both");
                    }
                }
            }
        }
    }

    private static String namespaceValue(ManifestSet set, String ns) {
        for (Manifest m : set.filter(m -> m.kind().equals("Namespace") && ns.equals(m.id().name()))) {
            String v = m.tree().path("metadata").path("annotations").path(ANNOTATION).asText(null);
            if (v != null) {
                return v;
            }
        }
        return DEFAULT_PORTS;
    }

    private static Integer servicePort(Manifest svc, String name) {
        for (Trees.At port : Trees.each(svc.tree(), "spec.ports[*]")) {
            if (name.equals(port.text("name")) && port.node().path("port").isIntegralNumber()) {
                return port.node().path("port").asInt();
            }
        }
        return null;
    }

    /** The ports of an opaque-ports value: numbers, ranges, and names resolved by {@code byName}. */
    private static Set<Integer> ports(String value, Function<String, Integer> byName) {
        Set<Integer> out = new HashSet<>();
        for (String part : value.split(",")) {
            String p = part.trim();
            if (p.matches("\\d+")) {
                out.add(Integer.parseInt(p));
            } else if (p.matches("\\d+-\\d+")) {
                int from = Integer.parseInt(p.substring(0, p.indexOf('-')));
                int to = Integer.parseInt(p.substring(p.indexOf('-') + 1));
                for (int i = from; i <= to && i <= 65535; i++) {
                    out.add(i);
                }
            } else if (!p.isEmpty()) {
                Integer n = byName.apply(p);
                if (n != null) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
