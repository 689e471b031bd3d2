package dev.meshport.validator.istio.workload;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Fields.Field;
import java.util.ArrayList;
import java.util.List;

/** Istio pkg/config/analysis/analyzers/applicationuid/uid.go (IST0144 InvalidApplicationUID). */
@RuleMeta(
        id = "istio-reserved-proxy-uid",
        severity = Severity.WARNING,
        summary = "A workload runs as UID 1337, which Istio reserves for the sidecar proxy",
        mesh = "istio",
        kinds = {"Deployment", "StatefulSet", "DaemonSet", "Pod"},
        equivalents = {"IST0144"},
        docs = """
                The iptables rules of the sidecar let traffic from UID 1337 (the proxy) bypass the proxy. An
                application container running as 1337 therefore escapes the mesh: its outbound calls skip mTLS,
                routing and policy. Run the application as another user.
                Reported only where Istio manages the namespace: the inputs hold an Istio resource there or in
                istio-system, or the Namespace has an Istio injection or dataplane label.
                """,
        failing = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: default
                  labels:
                    istio-injection: enabled
                ---
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
                      securityContext:
                        runAsUser: 1337
                #       ^ istio-reserved-proxy-uid
                      containers:
                      - name: web
                        image: web:1
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
                      securityContext:
                        runAsUser: 1000
                      containers:
                      - name: web
                        image: web:1
                """)
public final class ReservedProxyUid implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : context.manifests().ofMesh(Mesh.KUBERNETES)) {
            if (!MeshFacts.istioManages(context, m)) {
                continue;
            }
            String pod = switch (m.kind()) {
                case "Pod" -> "spec";
                case "Deployment", "StatefulSet", "DaemonSet" -> "spec.template.spec";
                default -> null;
            };
            if (pod == null) {
                continue;
            }
            List<Field> uids = new ArrayList<>(Fields.each(m, pod + ".securityContext.runAsUser"));
            uids.addAll(Fields.each(m, pod + ".containers[*].securityContext.runAsUser"));
            uids.addAll(Fields.each(m, pod + ".initContainers[*].securityContext.runAsUser"));
            for (Field uid : uids) {
                if (uid.value().asLong(-1) == 1337) {
                    reporter.report(m, uid.path(), "UID 1337 is reserved for the Istio proxy; traffic from it bypasses the sidecar");
                }
            }
        }
    }
}
