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
import dev.meshport.validator.istio.Routes;
import dev.meshport.validator.istio.Selectors;
import java.util.Map;
import java.util.Optional;

/**
 * Istio pkg/config/analysis/analyzers/virtualservice/jwtclaimroute.go (IST0149). A RequestAuthentication applies to
 * the gateway when it has no selector and sits in the root namespace or the Gateway's namespace, or when its
 * selector is part of the Gateway's selector.
 */
@RuleMeta(
        id = "istio-vs-jwt-claim-route-without-request-authentication",
        severity = Severity.ERROR,
        summary = "A gateway route matches on JWT claims but no RequestAuthentication applies to that gateway",
        mesh = "istio",
        kinds = {"VirtualService", "Gateway", "RequestAuthentication"},
        equivalents = {"IST0149"},
        needsCompleteInputs = true,
        docs = """
                Claims (`@request.auth.claims.*`) exist only after a RequestAuthentication has validated the token
                at the gateway. Without one selecting the gateway pods, the match never succeeds and the route is
                dead. Add a RequestAuthentication whose selector matches the Gateway's selector (or a mesh-wide one
                in the root namespace). Runs only with `--assume-complete`.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: public
                  namespace: istio-system
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*"]
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: admin
                spec:
                  hosts: ["admin.example.com"]
                  gateways: [istio-system/public]
                  http:
                  - match:
                    - headers:
                        "@request.auth.claims.group":
                #       ^ istio-vs-jwt-claim-route-without-request-authentication
                          exact: admin
                    route:
                    - destination:
                        host: admin
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: public
                  namespace: istio-system
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*"]
                ---
                apiVersion: security.istio.io/v1
                kind: RequestAuthentication
                metadata:
                  name: ingress-jwt
                  namespace: istio-system
                spec:
                  selector:
                    matchLabels:
                      istio: ingressgateway
                  jwtRules:
                  - issuer: https://auth.example.com
                ---
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: admin
                spec:
                  hosts: ["admin.example.com"]
                  gateways: [istio-system/public]
                  http:
                  - match:
                    - headers:
                        "@request.auth.claims.group":
                          exact: admin
                    route:
                    - destination:
                        host: admin
                """)
public final class VsJwtClaimRouteWithoutRequestAuthentication implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<Routes.GatewayRef, Manifest> gateways = Routes.gateways(context);
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            if (MeshFacts.appliesToMesh(vs)) {
                continue;
            }
            for (Field header : Fields.each(vs, "spec.http[*].match[*].headers.*")) {
                if (!header.name().startsWith("@request.auth.claims")) {
                    continue;
                }
                for (Routes.GatewayRef ref : Routes.boundGateways(vs)) {
                    Optional<Manifest> gw = Optional.ofNullable(gateways.get(ref));
                    if (gw.isPresent() && !authenticated(context, MeshFacts.namespace(gw.get()),
                            MeshFacts.labels(Fields.at(gw.get(), "spec.selector").value()))) {
                        reporter.report(vs, header.path(), "no RequestAuthentication applies to the pods of gateway "
                                + ref.namespace() + "/" + ref.name() + ", so claim " + header.name() + " is never set");
                    }
                }
            }
        }
    }

    private static boolean authenticated(LintContext context, String gatewayNamespace, Map<String, String> gatewaySelector) {
        for (Manifest ra : MeshFacts.istio(context, "RequestAuthentication")) {
            Map<String, String> selector = Selectors.labels(ra);
            if (selector.isEmpty() ? MeshFacts.namespace(ra).equals(MeshFacts.ROOT_NAMESPACE)
                    || MeshFacts.namespace(ra).equals(gatewayNamespace)
                    : MeshFacts.selects(selector, gatewaySelector)) {
                return true;
            }
        }
        return false;
    }
}
