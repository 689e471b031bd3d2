package dev.meshport.validator.istio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.Finding;
import dev.meshport.model.load.ManifestLoader;
import dev.meshport.validator.LintOptions;
import dev.meshport.validator.Linter;
import dev.meshport.validator.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules whose answer depends on whether the inputs are the whole mesh: without --assume-complete they stay
 * silent about what may be defined elsewhere, and with it they report.
 */
class IstioClosedWorldTest {

    private static final String ROUTE_ONLY = """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata:
              name: reviews
            spec:
              hosts: [reviews]
              gateways: [istio-system/ingress]
              http:
              - route:
                - destination:
                    host: reviews
                    subset: v2
            """;

    private static List<String> rules(String yaml, boolean complete) {
        return new Linter(RuleCatalog.builtIn())
                .lint(new ManifestLoader().loadText("in.yaml", yaml), LintOptions.DEFAULT.withAssumeComplete(complete))
                .findings().stream().map(Finding::rule).toList();
    }

    @Test
    void aRouteAloneIsNotJudgedByWhatItsFolderLacks() {
        assertThat(rules(ROUTE_ONLY, false)).doesNotContain("istio-vs-subset-not-found", "istio-vs-gateway-not-found",
                "istio-vs-destination-host-not-found");
    }

    @Test
    void withTheWholeMeshTheMissingPiecesAreReported() {
        assertThat(rules(ROUTE_ONLY, true)).contains("istio-vs-subset-not-found", "istio-vs-gateway-not-found",
                "istio-vs-destination-host-not-found");
    }

    @Test
    void aDestinationRuleOrGatewayInTheInputsMakesTheirContentsKnown() {
        String withRules = ROUTE_ONLY + """
                ---
                apiVersion: networking.istio.io/v1
                kind: DestinationRule
                metadata:
                  name: reviews
                spec:
                  host: reviews
                  subsets:
                  - name: v1
                    labels:
                      version: v1
                ---
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: other
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
                """;
        assertThat(rules(withRules, false)).contains("istio-vs-subset-not-found", "istio-vs-gateway-not-found")
                .doesNotContain("istio-vs-destination-host-not-found");
    }

    @Test
    void aGatewayOfAnotherNamespaceSaysNothingAboutTheReferencedOne() {
        String withOtherGateway = ROUTE_ONLY + """
                ---
                apiVersion: networking.istio.io/v1
                kind: Gateway
                metadata:
                  name: team-gateway
                  namespace: shop
                spec:
                  selector:
                    istio: ingressgateway
                  servers:
                  - port:
                      number: 80
                      name: http
                      protocol: HTTP
                    hosts: ["*"]
                """;
        assertThat(rules(withOtherGateway, false)).doesNotContain("istio-vs-gateway-not-found");
        assertThat(rules(withOtherGateway, true)).contains("istio-vs-gateway-not-found");
    }

    @Test
    void everyRuleThatNeedsTheWholeMeshSaysSo() {
        List<String> closedWorld = RuleCatalog.builtIn().rules().stream().filter(r -> r.meta().needsCompleteInputs())
                .map(r -> r.meta().id()).toList();
        assertThat(closedWorld).contains("istio-vs-destination-host-not-found", "istio-dr-host-not-found",
                "istio-ap-namespace-not-found", "istio-ap-principal-not-found", "istio-ap-host-not-found",
                "istio-export-to-namespace-not-found", "istio-sidecar-egress-host-not-found",
                "istio-dr-mtls-without-peer-authentication", "istio-gateway-selector-not-found");
    }
}
