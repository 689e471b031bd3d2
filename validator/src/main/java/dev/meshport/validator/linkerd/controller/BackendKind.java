package dev.meshport.validator.linkerd.controller;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdRoutes;
import dev.meshport.validator.linkerd.support.Ref;
import java.util.List;

@RuleMeta(
        id = "linkerd-backend-kind",
        severity = Severity.ERROR,
        summary = "A route sends to a backend kind Linkerd cannot resolve, or to an EgressNetwork that is not its parent",
        mesh = "linkerd",
        kinds = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"},
        equivalents = {"policy controller status: ResolvedRefs=False, InvalidKind"},
        docs = """
                Linkerd resolves backendRefs of kind Service (core group) and EgressNetwork (`policy.linkerd.io`).
                Any other kind, and an EgressNetwork backend on a route whose parent is not that same EgressNetwork,
                gets `ResolvedRefs=False` with reason `InvalidKind`, and requests routed to it fail. Note that a
                backend's group defaults to the core group: an EgressNetwork backend needs `group:
                policy.linkerd.io`. Source: `policy-controller/k8s/status/src/index.rs`.
                """,
        failing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: openlibrary
                  namespace: booksapp
                  annotations:
                    timeout.linkerd.io/request: 5s
                spec:
                  parentRefs:
                    - {group: core, kind: Service, name: books, port: 7002}
                  rules:
                    - backendRefs:
                        - group: policy.linkerd.io
                #         ^ linkerd-backend-kind
                          kind: EgressNetwork
                          name: internet
                        - kind: ServiceImport
                #         ^ linkerd-backend-kind
                          name: books-west
                          port: 7002
                """,
        passing = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: openlibrary
                  namespace: booksapp
                  annotations:
                    timeout.linkerd.io/request: 5s
                spec:
                  parentRefs:
                    - {group: policy.linkerd.io, kind: EgressNetwork, name: internet, port: 80}
                  rules:
                    - backendRefs:
                        - group: policy.linkerd.io
                          kind: EgressNetwork
                          name: internet
                """)
public final class BackendKind implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdRoutes.served(context.manifests(), "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute")) {
            List<Ref> parents = LinkerdRoutes.parents(m);
            for (Ref backend : LinkerdRoutes.backends(m)) {
                if (backend.is(Ref.POLICY, "EgressNetwork")) {
                    boolean ownParent = parents.stream().anyMatch(p -> p.is(Ref.POLICY, "EgressNetwork")
                            && String.valueOf(p.name()).equals(backend.name())
                            && p.namespaceOr(ns(m)).equals(backend.namespaceOr(ns(m))));
                    if (!ownParent) {
                        reporter.report(m, backend.path(), "the EgressNetwork backend '" + backend.name()
                                + "' is valid only on a route whose parent is that EgressNetwork");
                    }
                } else if (!backend.is("", "Service")) {
                    reporter.report(m, backend.path(), "Linkerd cannot send to a backend of kind " + backend.display()
                            + "; use a Service or an EgressNetwork");
                }
            }
        }
    }

    private static String ns(Manifest m) {
        return LinkerdInputs.namespace(m);
    }
}
