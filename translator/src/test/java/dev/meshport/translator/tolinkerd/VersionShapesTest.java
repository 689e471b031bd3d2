package dev.meshport.translator.tolinkerd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.translator.TranslationOptions;
import dev.meshport.translator.TranslationResult;
import org.junit.jupiter.api.Test;

/** Shapes that differ by target version, trust domain and control-plane namespace follow the options. */
class VersionShapesTest {

    private static final String INPUT = Translate.SHOP_WEB_SERVICE + Translate.SHOP_WEB_DEPLOYMENT
            + Translate.webVirtualService("- route: [{destination: {host: web}}]") + """
            apiVersion: security.istio.io/v1
            kind: AuthorizationPolicy
            metadata: {name: web, namespace: shop}
            spec:
              rules: [{from: [{source: {namespaces: [shop]}}]}]
            """;

    @Test
    void linkerd218UsesGatewayApiV1AndNamespaceIdentityRefs() {
        TranslationResult r = Translate.run(INPUT);
        assertThat(Translate.outputs(r, "HTTPRoute").get(0).path("apiVersion").asText()).isEqualTo("gateway.networking.k8s.io/v1");
        assertThat(Translate.outputs(r, "MeshTLSAuthentication").get(0).at("/spec/identityRefs/0").toString())
                .isEqualTo("{\"kind\":\"Namespace\",\"name\":\"shop\"}");
    }

    @Test
    void olderLinkerdGetsV1beta1RoutesAndIdentityStringsWithTheGivenTrustDomainAndNamespace() {
        TranslationResult r = IstioToLinkerd.translator().translate(Translate.load(INPUT),
                new TranslationOptions("corp.example", "linkerd-cp", "2.17"));
        assertThat(Translate.outputs(r, "HTTPRoute").get(0).path("apiVersion").asText())
                .isEqualTo("gateway.networking.k8s.io/v1beta1");
        assertThat(Translate.outputs(r, "MeshTLSAuthentication").get(0).at("/spec/identities").toString())
                .isEqualTo("[\"*.shop.serviceaccount.identity.linkerd-cp.corp.example\"]");
    }

    @Test
    void principalsOfAnotherTrustDomainAreNotAllowed() {
        TranslationResult r = IstioToLinkerd.translator().translate(Translate.load(INPUT.replace(
                "{namespaces: [shop]}", "{principals: [cluster.local/ns/shop/sa/client]}")),
                new TranslationOptions("corp.example", "linkerd", "2.18"));
        assertThat(Translate.outputs(r, "MeshTLSAuthentication")).isEmpty();
        assertThat(Translate.gaps(r, LinkerdGap.AP_PRINCIPAL_WILDCARD.id())).hasSize(1);
    }
}
