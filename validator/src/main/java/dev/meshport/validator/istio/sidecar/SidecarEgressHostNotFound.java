package dev.meshport.validator.istio.sidecar;

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

/** Kiali business/checkers/sidecars/egress_listener_checker.go (KIA1004 sidecar.egress.servicenotfound). */
@RuleMeta(
        id = "istio-sidecar-egress-host-not-found",
        severity = Severity.WARNING,
        summary = "A Sidecar egress host names no Service or ServiceEntry of the inputs",
        mesh = "istio",
        kinds = {"Sidecar", "Service", "ServiceEntry"},
        equivalents = {"KIA1004"},
        needsCompleteInputs = true,
        docs = """
                An egress host `namespace/host` without wildcard names one service the workloads may reach. When no
                Service or ServiceEntry has that host, the entry admits nothing; a typo here cuts the workloads off
                the intended service. Runs only with `--assume-complete`.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                spec:
                  egress:
                  - hosts: ["shop/reviewz.shop.svc.cluster.local"]
                #           ^ istio-sidecar-egress-host-not-found
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
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                spec:
                  egress:
                  - hosts: ["shop/reviews.shop.svc.cluster.local", "istio-system/*"]
                """)
public final class SidecarEgressHostNotFound implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        ServiceRegistry registry = ServiceRegistry.of(context);
        for (Manifest sc : MeshFacts.istio(context, "Sidecar")) {
            for (Field host : Fields.each(sc, "spec.egress[*].hosts[*]")) {
                int slash = host.text().indexOf('/');
                String name = slash < 0 ? host.text() : host.text().substring(slash + 1);
                String ns = slash <= 0 ? MeshFacts.namespace(sc) : host.text().substring(0, slash);
                if (name.contains("*") || name.isEmpty()) {
                    continue;
                }
                String fqdn = MeshFacts.fqdn(name, ns.equals(".") || ns.equals("*") || ns.equals("~") ? MeshFacts.namespace(sc) : ns);
                if (!registry.knows(fqdn)) {
                    reporter.report(sc, host.path(), "host " + name + " is no Service or ServiceEntry host");
                }
            }
        }
    }
}
