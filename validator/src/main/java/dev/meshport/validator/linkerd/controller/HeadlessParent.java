package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Ref;

@RuleMeta(
        id = "linkerd-parent-service-headless",
        severity = Severity.ERROR,
        summary = "A route's parent Service has no cluster IP (headless or ExternalName), so Linkerd does not accept it",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "Service"},
        equivalents = {"policy controller status: Accepted=False, parent service must have a ClusterIP"},
        docs = """
                Linkerd's outbound routing keys on the Service's cluster IP: a route whose parent is a headless Service
                (`clusterIP: None`) or an `ExternalName` Service gets `Accepted=False` ("parent service must have a
                ClusterIP") and is not served; clients of a headless Service connect to pod IPs, where no route
                applies. Give the Service a cluster IP, or attach the route to a ClusterIP Service in front of the
                pods. Reported when the parent Service is in the inputs. Source:
                `policy-controller/k8s/index/src/outbound/index.rs` (valid_parent_service).
                """,
        failing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: books-db
                  namespace: booksapp
                spec:
                  clusterIP: None
                  selector: {app: books-db}
                  ports:
                    - {name: mysql, port: 3306}
                ---
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TCPRoute
                metadata:
                  name: books-db
                  namespace: booksapp
                  annotations: {timeout.linkerd.io/idle: 30m}
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: books-db, port: 3306}
                #                                  ^ linkerd-parent-service-headless
                  rules:
                    - backendRefs: [{name: books-db, port: 3306}]
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: books-db
                  namespace: booksapp
                spec:
                  selector: {app: books-db}
                  ports:
                    - {name: mysql, port: 3306}
                ---
                apiVersion: gateway.networking.k8s.io/v1alpha2
                kind: TCPRoute
                metadata:
                  name: books-db
                  namespace: booksapp
                  annotations: {timeout.linkerd.io/idle: 30m}
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: books-db, port: 3306}
                  rules:
                    - backendRefs: [{name: books-db, port: 3306}]
                """)
public final class HeadlessParent implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        for (Manifest m : LinkerdRoutes.served(set, "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute")) {
            for (Ref parent : LinkerdRoutes.parents(m)) {
                if (!parent.is("", "Service") || parent.name() == null) {
                    continue;
                }
                ServiceNotFound.service(set, parent.namespaceOr(LinkerdInputs.namespace(m)), parent.name()).ifPresent(svc -> {
                    String clusterIp = svc.tree().path("spec").path("clusterIP").asText("");
                    String type = svc.tree().path("spec").path("type").asText("");
                    if (clusterIp.equalsIgnoreCase("None") || type.equals("ExternalName")) {
                        reporter.report(m, parent.path().key("name"), "the parent Service '" + parent.name()
                                + "' has no cluster IP (" + (type.equals("ExternalName") ? "ExternalName" : "headless")
                                + "): Linkerd does not accept this route");
                    }
                });
            }
        }
    }
}
