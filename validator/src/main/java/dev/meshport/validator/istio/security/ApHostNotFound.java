package dev.meshport.validator.istio.security;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.ServiceRegistry;

/** Kiali business/checkers/authorization/no_host_checker.go (KIA0104 authorizationpolicy.nodest.matchingregistry). */
@RuleMeta(
        id = "istio-ap-host-not-found",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy operation host matches no Service or ServiceEntry of the inputs",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "Service", "ServiceEntry"},
        equivalents = {"KIA0104"},
        needsCompleteInputs = true,
        docs = """
                `to.operation.hosts` is compared with the request's Host header. A host that no Service or
                ServiceEntry of the mesh has is never requested, so an ALLOW rule with it allows nothing. Hosts with
                a port (`reviews:9080`) or a wildcard are not checked. Runs only with `--assume-complete`.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-reviews
                  namespace: shop
                spec:
                  rules:
                  - to:
                    - operation:
                        hosts: ["reviewz.shop.svc.cluster.local"]
                #               ^ istio-ap-host-not-found
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: reviews
                  namespace: shop
                spec:
                  ports:
                  - port: 9080
                    name: http
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-reviews
                  namespace: shop
                spec:
                  rules:
                  - to:
                    - operation:
                        hosts: ["reviews.shop.svc.cluster.local", "*.example.com"]
                """)
public final class ApHostNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ServiceRegistry registry = ServiceRegistry.of(context);
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            for (Field host : Fields.each(ap, "spec.rules[*].to[*].operation.hosts[*]")) {
                String h = host.text();
                if (!h.contains("*") && !h.contains(":") && !registry.knows(MeshFacts.fqdn(h, MeshFacts.namespace(ap)))) {
                    reporter.report(ap, host.path(), "host " + h + " is no Service or ServiceEntry host");
                }
            }
        }
    }
}
