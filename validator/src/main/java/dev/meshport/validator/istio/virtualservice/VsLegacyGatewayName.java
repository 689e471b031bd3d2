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

/** Istio pkg/config/validation/validation.go validateGatewayNames (warning); Kiali (KIA1108 virtualservices.gateway.oldnomenclature). */
@RuleMeta(
        id = "istio-vs-legacy-gateway-name",
        severity = Severity.WARNING,
        summary = "A gateway is named in the legacy name.namespace form",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0133", "KIA1108"},
        docs = """
                `gateways: [ingress.istio-system]` is the legacy FQDN form; Istio still resolves it but warns
                ("using legacy gatewayName format; prefer the <namespace>/<name> format"). Write
                `istio-system/ingress`.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: web
                spec:
                  hosts: [web.example.com]
                  gateways: [ingress.istio-system]
                #            ^ istio-vs-legacy-gateway-name
                  http:
                  - route:
                    - destination:
                        host: web
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: web
                spec:
                  hosts: [web.example.com]
                  gateways: [istio-system/ingress]
                  http:
                  - route:
                    - destination:
                        host: web
                """)
public final class VsLegacyGatewayName implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            for (Field ref : Routes.gatewayRefs(vs)) {
                String name = ref.text();
                if (!name.contains("/") && name.contains(".")) {
                    String[] parts = name.split("[.]");
                    reporter.report(vs, ref.path(), "legacy gateway name " + name + "; write " + parts[1] + "/" + parts[0]);
                }
            }
        }
    }
}
