package dev.meshport.validator.linkerd.controller;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshport.model.CreationOrder;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RuleMeta(
        id = "linkerd-server-port-overlap",
        severity = Severity.WARNING,
        summary = "Two Servers select the same port of the same pods; only the older one applies there",
        mesh = "linkerd",
        kinds = {"Server", "Pod", "Deployment", "StatefulSet", "DaemonSet"},
        equivalents = {"Linkerd before 2.18: the policy admission webhook rejects the second Server"},
        docs = """
                Since Linkerd 2.18 (edge-25.2.2, linkerd2#13676) two Servers may select the same port of a pod; the
                policy controller then uses the oldest by `creationTimestamp`, then the first by name, for that pod
                port, and the other Server's authorizations, routes and rate limits do nothing there. Earlier versions
                reject the second Server at admission. meshport orders the Servers as Linkerd does
                (`metadata.creationTimestamp` when written, then the name) and reports the one that does not apply.
                Pods are the pod templates of the inputs in the Server's namespace that both select (by port number, or
                a container port name they declare); without pod templates there, two Servers overlap when one's
                `matchLabels` contain the other's. Merge the Servers, or make their selectors disjoint. Sources:
                reference linkerd-model.md ("Server"); policy-controller `k8s/index/src/inbound/index.rs`.
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
                  port: 8080
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-open
                  namespace: emojivoto
                spec:
                  podSelector:
                # ^ linkerd-server-port-overlap
                    matchLabels: {app: web-svc, version: v11}
                  port: 8080
                  accessPolicy: all-unauthenticated
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
                  port: 8080
                ---
                apiVersion: policy.linkerd.io/v1beta3
                kind: Server
                metadata:
                  name: web-admin
                  namespace: emojivoto
                spec:
                  podSelector:
                    matchLabels: {app: web-svc}
                  port: 9990
                """)
public final class ServerPortOverlap implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        List<PodTemplates.PodTemplate> pods = PodTemplates.all(set);
        List<Manifest> servers = new ArrayList<>();
        for (Manifest s : LinkerdInputs.of(set, Ref.POLICY, "Server")) {
            // A later document with the same namespace and name (in any served version) is the same Server applied again.
            if (s.tree().path("spec").path("podSelector").isObject() && servers.stream().noneMatch(o -> sameServer(o, s))) {
                servers.add(s);
            }
        }
        servers.sort(CreationOrder.OLDEST_FIRST);
        Set<Integer> reported = new TreeSet<>();
        for (int i = 0; i < servers.size(); i++) {
            for (int j = i + 1; j < servers.size(); j++) {
                Manifest older = servers.get(i);
                Manifest newer = servers.get(j);
                if (reported.contains(j) || !LinkerdInputs.namespace(older).equals(LinkerdInputs.namespace(newer))) {
                    continue;
                }
                String shared = sharedPods(older, newer, pods);
                if (shared != null) {
                    reported.add(j);
                    reporter.report(newer, "spec.podSelector", "Server '" + older.id().name() + "' (" + older.file() + ":"
                            + older.position(dev.meshport.model.FieldPath.ROOT).line() + ") already selects port "
                            + newer.tree().path("spec").path("port").asText() + " of " + shared
                            + "; Linkerd uses the older Server there, so this one does not apply to them");
                }
            }
        }
    }

    private static boolean sameServer(Manifest a, Manifest b) {
        return LinkerdInputs.namespace(a).equals(LinkerdInputs.namespace(b)) && a.id().name().equals(b.id().name());
    }

    /** The pods both Servers select on the same port (a description), or null when they share none. */
    private static String sharedPods(Manifest a, Manifest b, List<PodTemplates.PodTemplate> pods) {
        JsonNode pa = a.tree().path("spec").path("port");
        JsonNode pb = b.tree().path("spec").path("port");
        JsonNode sa = a.tree().path("spec").path("podSelector");
        JsonNode sb = b.tree().path("spec").path("podSelector");
        List<PodTemplates.PodTemplate> inNamespace = pods.stream()
                .filter(p -> p.namespace().equals(LinkerdInputs.namespace(a))).toList();
        if (inNamespace.isEmpty()) {
            boolean samePort = pa.asText().equals(pb.asText());
            boolean noExpressions = !sa.has("matchExpressions") && !sb.has("matchExpressions");
            return samePort && noExpressions && (contains(sa, sb) || contains(sb, sa)) ? "the pods both select" : null;
        }
        Set<String> shared = new TreeSet<>();
        for (PodTemplates.PodTemplate p : inNamespace) {
            Integer na = number(pa, p);
            if (na != null && na.equals(number(pb, p)) && PodTemplates.matchesLabelSelector(sa, p.labels())
                    && PodTemplates.matchesLabelSelector(sb, p.labels())) {
                shared.add(p.owner().kind() + "/" + p.owner().id().name());
            }
        }
        return shared.isEmpty() ? null : String.join(", ", shared);
    }

    /** The port number on this pod: the number written, or the container port of that name. */
    private static Integer number(JsonNode port, PodTemplates.PodTemplate pod) {
        if (port.isIntegralNumber() || port.asText().matches("\\d+")) {
            return Integer.parseInt(port.asText());
        }
        return pod.containerPort(port.asText());
    }

    /** Every matchLabels entry of {@code inner} is in {@code outer}'s: whatever outer selects, inner selects too. */
    private static boolean contains(JsonNode outer, JsonNode inner) {
        JsonNode want = inner.path("matchLabels");
        for (var it = want.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!outer.path("matchLabels").path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }
}
