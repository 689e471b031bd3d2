package dev.meshport.validator.linkerd.traps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.PodTemplates;
import dev.meshport.validator.linkerd.support.Ref;
import dev.meshport.validator.linkerd.support.RustRegex;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RuleMeta(
        id = "linkerd-probes-unrouted",
        severity = Severity.WARNING,
        summary = "A Server has HTTP routes, and no route matches the kubelet's HTTP probes on its port",
        mesh = "linkerd",
        kinds = {"Server", "HTTPRoute", "Pod", "Deployment", "StatefulSet", "DaemonSet"},
        equivalents = {},
        docs = """
                Linkerd authorizes the kubelet's HTTP probes by default only while no Server, or no HTTPRoute or
                GRPCRoute on the Server, covers the probed port. Once routes are attached to a Server, a probe request
                that matches none of them is refused, the probe fails and the pods are restarted or taken out of the
                Service. Add a route for the probe paths (`GET /ready`) and authorize it (an AuthorizationPolicy with
                a NetworkAuthentication for the node network, or no required authentications). This rule reads the
                `httpGet` probes of the pods (and pod templates) the Server selects in the inputs; it does not check
                that the matching route is authorized. Source: website `2-edge/features/server-policy.md`
                ("Default authorizations"), `2-edge/reference/authorization-policy.md`.
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: authors-http
                  namespace: booksapp
                spec:
                  podSelector:
                    matchLabels: {app: authors}
                  port: service
                # ^ linkerd-probes-unrouted
                  proxyProtocol: HTTP/1
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata:
                  name: authors-api
                  namespace: booksapp
                spec:
                  parentRefs:
                    - {group: policy.linkerd.io, kind: Server, name: authors-http}
                  rules:
                    - matches:
                        - path: {type: PathPrefix, value: /authors}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: authors
                  namespace: booksapp
                spec:
                  selector:
                    matchLabels: {app: authors}
                  template:
                    metadata:
                      labels: {app: authors}
                    spec:
                      containers:
                        - name: service
                          image: buoyantio/booksapp:v0.0.3
                          ports:
                            - {name: service, containerPort: 7001}
                          readinessProbe:
                            httpGet: {path: /ping, port: service}
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: authors-http
                  namespace: booksapp
                spec:
                  podSelector:
                    matchLabels: {app: authors}
                  port: service
                  proxyProtocol: HTTP/1
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: HTTPRoute
                metadata:
                  name: authors-api
                  namespace: booksapp
                spec:
                  parentRefs:
                    - {group: policy.linkerd.io, kind: Server, name: authors-http}
                  rules:
                    - matches:
                        - path: {type: PathPrefix, value: /authors}
                        - path: {type: Exact, value: /ping}
                          method: GET
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: authors
                  namespace: booksapp
                spec:
                  selector:
                    matchLabels: {app: authors}
                  template:
                    metadata:
                      labels: {app: authors}
                    spec:
                      containers:
                        - name: service
                          image: buoyantio/booksapp:v0.0.3
                          ports:
                            - {name: service, containerPort: 7001}
                          readinessProbe:
                            httpGet: {path: /ping, port: service}
                """)
public final class ProbesUnrouted implements Rule {

    private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        List<Manifest> routes = LinkerdRoutes.admitted(set, "HTTPRoute", "GRPCRoute");
        List<PodTemplates.PodTemplate> pods = PodTemplates.all(set);
        for (Manifest server : LinkerdInputs.of(set, Ref.POLICY, "Server")) {
            String ns = LinkerdInputs.namespace(server);
            List<Manifest> attached = new ArrayList<>();
            for (Manifest r : routes) {
                String own = LinkerdInputs.namespace(r);
                if (LinkerdRoutes.parents(r).stream().anyMatch(p -> p.is(Ref.POLICY, "Server")
                        && String.valueOf(server.id().name()).equals(p.name()) && p.namespaceOr(own).equals(ns))) {
                    attached.add(r);
                }
            }
            if (attached.isEmpty()) {
                continue;
            }
            JsonNode selector = server.tree().path("spec").path("podSelector");
            JsonNode serverPort = server.tree().path("spec").path("port");
            Set<String> unrouted = new TreeSet<>();
            for (PodTemplates.PodTemplate pod : pods) {
                if (!pod.namespace().equals(ns) || !PodTemplates.matchesLabelSelector(selector, pod.labels())) {
                    continue;
                }
                for (Trees.At container : pod.containers()) {
                    for (String probe : PROBES) {
                        Trees.At get = container.key(probe).key("httpGet");
                        if (get.node().isObject() && samePort(serverPort, get.node().path("port"), pod)) {
                            String path = get.node().path("path").asText("/");
                            if (attached.stream().noneMatch(r -> routesGet(r, path))) {
                                unrouted.add("GET " + path + " (" + pod.owner().kind() + "/" + pod.owner().id().name() + ")");
                            }
                        }
                    }
                }
            }
            if (!unrouted.isEmpty()) {
                reporter.report(server, "spec.port", "the kubelet's probes " + String.join(", ", unrouted)
                        + " match no route of this Server; with routes attached Linkerd no longer authorizes probes "
                        + "by default, so they will fail");
            }
        }
    }

    /** True when the probe's port is the Server's port, by number or by container port name. */
    private static boolean samePort(JsonNode serverPort, JsonNode probePort, PodTemplates.PodTemplate pod) {
        Integer serverNumber = number(serverPort, pod);
        Integer probeNumber = number(probePort, pod);
        if (serverNumber != null && probeNumber != null) {
            return serverNumber.equals(probeNumber);
        }
        return serverPort.isTextual() && serverPort.asText().equals(probePort.asText());
    }

    private static Integer number(JsonNode port, PodTemplates.PodTemplate pod) {
        return port.isIntegralNumber() ? Integer.valueOf(port.asInt()) : pod.containerPort(port.asText());
    }

    /** True when some rule of {@code route} matches a plain {@code GET path} (no headers, no query). */
    static boolean routesGet(Manifest route, String path) {
        if (route.kind().equals("GRPCRoute")) {
            return false;
        }
        List<Trees.At> rules = Trees.each(route.tree(), "spec.rules[*]");
        if (!route.has(FieldPath.parse("spec.rules"))) {
            return true; // the CRD default is one rule matching every path
        }
        for (Trees.At rule : rules) {
            List<Trees.At> matches = rule.items("matches");
            if (!rule.has("matches")) {
                return true;
            }
            for (Trees.At match : matches) {
                String method = match.text("method");
                if (method != null && !method.equals("GET")) {
                    continue;
                }
                if (match.node().path("headers").size() > 0 || match.node().path("queryParams").size() > 0) {
                    continue;
                }
                String type = match.key("path").text("type");
                String value = match.key("path").text("value");
                if (pathMatches(type == null ? "PathPrefix" : type, value == null ? "/" : value, path)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean pathMatches(String type, String value, String path) {
        return switch (type) {
            case "Exact" -> value.equals(path);
            case "PathPrefix" -> {
                String prefix = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                yield prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
            }
            case "RegularExpression" -> RustRegex.matchesWhole(value, path);
            default -> false;
        };
    }
}
