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
import dev.meshport.validator.linkerd.support.Ref;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RuleMeta(
        id = "linkerd-server-port-not-found",
        severity = Severity.WARNING,
        summary = "A Server names a port that no container of the pods it selects declares",
        mesh = "linkerd",
        kinds = {"Server", "Pod", "Deployment", "StatefulSet", "DaemonSet"},
        equivalents = {},
        docs = """
                A Server whose `port` is a name applies to a pod only where one of its containers declares a port of
                that name. When none of the selected pods in the inputs does (`port: http` for a container port named
                `web`), the Server covers nothing: its authorizations, routes and rate limits never apply, and the
                pods keep the default inbound policy. Use the container port's name, or its number. Reported only when
                the Server selects pods (or pod templates) in the inputs; the proxy's own ports (`linkerd-admin`,
                `linkerd-proxy`) always exist on meshed pods. Source: website
                `2-edge/reference/authorization-policy.md` (Server `port`).
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: http
                # ^ linkerd-server-port-not-found
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: emojivoto
                spec:
                  selector:
                    matchLabels: {app: web-svc}
                  template:
                    metadata:
                      labels: {app: web-svc}
                    spec:
                      containers:
                        - name: web-svc
                          image: buoyantio/emojivoto-web:v11
                          ports:
                            - {name: web, containerPort: 8080}
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-http
                  namespace: emojivoto
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: web
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: emojivoto
                spec:
                  selector:
                    matchLabels: {app: web-svc}
                  template:
                    metadata:
                      labels: {app: web-svc}
                    spec:
                      containers:
                        - name: web-svc
                          image: buoyantio/emojivoto-web:v11
                          ports:
                            - {name: web, containerPort: 8080}
                """)
public final class ServerPortNotFound implements Rule {

    /** Ports of the linkerd-proxy container that injection adds to every meshed pod (pkg/k8s/labels.go). */
    private static final Set<String> PROXY_PORTS = Set.of("linkerd-admin", "linkerd-proxy");

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        List<PodTemplates.PodTemplate> pods = PodTemplates.all(set);
        for (Manifest server : LinkerdInputs.of(set, Ref.POLICY, "Server")) {
            JsonNode port = server.tree().path("spec").path("port");
            JsonNode selector = server.tree().path("spec").path("podSelector");
            if (!port.isTextual() || !selector.isObject() || PROXY_PORTS.contains(port.asText())) {
                continue; // a port number applies whatever the containers declare
            }
            Set<String> selected = new TreeSet<>();
            boolean declared = false;
            for (PodTemplates.PodTemplate pod : pods) {
                if (pod.namespace().equals(LinkerdInputs.namespace(server))
                        && PodTemplates.matchesLabelSelector(selector, pod.labels())) {
                    selected.add(pod.owner().kind() + "/" + pod.owner().id().name());
                    declared |= pod.containerPort(port.asText()) != null;
                }
            }
            if (!selected.isEmpty() && !declared) {
                reporter.report(server, "spec.port", "no container of " + String.join(", ", selected)
                        + " declares a port named '" + port.asText() + "': this Server covers nothing");
            }
        }
    }
}
