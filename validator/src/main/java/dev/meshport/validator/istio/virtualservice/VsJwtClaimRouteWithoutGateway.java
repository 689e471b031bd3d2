package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;

/** Istio pkg/config/validation/validation.go ValidateVirtualService validateJWTClaimRoute (pkg/jwt ToRoutingClaim). */
@RuleMeta(
        id = "istio-vs-jwt-claim-route-on-mesh",
        severity = Severity.ERROR,
        summary = "A match on @request.auth.claims in a VirtualService that applies to sidecars",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                Routing on JWT claims (`headers: {"@request.auth.claims.group": ...}`) works only on gateways, where
                a RequestAuthentication has validated the token. Istio rejects it in a VirtualService bound to the
                mesh (no `gateways`, or `mesh` among them): "JWT claim based routing is only supported for gateway".
                Bind the VirtualService to the ingress gateway or match on an ordinary header.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                  http:
                  - match:
                    - headers:
                        "@request.auth.claims.group":
                #       ^ istio-vs-jwt-claim-route-on-mesh
                          exact: admin
                    route:
                    - destination:
                        host: reviews
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews.example.com]
                  gateways: [istio-system/ingress]
                  http:
                  - match:
                    - headers:
                        "@request.auth.claims.group":
                          exact: admin
                    route:
                    - destination:
                        host: reviews
                """)
public final class VsJwtClaimRouteWithoutGateway implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : MeshFacts.istio(context, "VirtualService")) {
            if (!MeshFacts.appliesToMesh(m)) {
                continue;
            }
            for (String headers : new String[] {"headers", "withoutHeaders"}) {
                for (Field header : Fields.each(m, "spec.http[*].match[*]." + headers + ".*")) {
                    String name = header.name();
                    if (name.startsWith("@request.auth.claims")) {
                        reporter.report(m, header.path(), "JWT claim based routing (key: " + name
                                + ") is only supported for gateway, and this virtual service applies to the mesh");
                    }
                }
            }
        }
    }
}
