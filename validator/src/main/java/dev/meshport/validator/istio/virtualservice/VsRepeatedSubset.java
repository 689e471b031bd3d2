package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Routes;
import java.util.HashSet;
import java.util.Set;

/** Kiali business/checkers/virtualservices/subset_presence / route_checker repeated subset (KIA1105). */
@RuleMeta(
        id = "istio-vs-repeated-destination",
        severity = Severity.WARNING,
        summary = "A route lists the same host, subset and port twice",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"KIA1105"},
        docs = """
                Two destinations of one route with the same host, subset and port are one destination: their
                weights add up, which is rarely what a traffic split meant (often a copy-paste that forgot to change
                the subset). Change the subset or merge the two entries.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                        subset: v1
                      weight: 50
                    - destination:
                #     ^ istio-vs-repeated-destination
                        host: reviews
                        subset: v1
                      weight: 50
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - route:
                    - destination:
                        host: reviews
                        subset: v1
                      weight: 50
                    - destination:
                        host: reviews
                        subset: v2
                      weight: 50
                """)
public final class VsRepeatedSubset implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field rule : Routes.rules(vs)) {
                Set<String> seen = new HashSet<>();
                for (Field d : rule.each("route[*].destination")) {
                    String key = MeshFacts.fqdn(d.key("host").text(), MeshFacts.namespace(vs)) + "|"
                            + d.key("subset").text() + "|" + d.key("port").key("number").text();
                    if (!seen.add(key)) {
                        reporter.report(vs, d.path(), "destination " + d.key("host").text()
                                + (d.key("subset").present() ? " subset " + d.key("subset").text() : "")
                                + " is already listed in this route");
                    }
                }
            }
        }
    }
}
