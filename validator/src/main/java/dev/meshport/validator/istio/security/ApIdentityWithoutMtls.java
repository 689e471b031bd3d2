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
import dev.meshport.validator.istio.MutualTls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kiali business/checkers/authorization/mtls_enabled_checker.go (KIA0105 authorizationpolicy.mtls.needstobeenabled),
 * with the default auto mTLS: peer identities exist only over mTLS, which a DISABLE PeerAuthentication turns off.
 */
@RuleMeta(
        id = "istio-ap-identity-without-mtls",
        severity = Severity.ERROR,
        summary = "An AuthorizationPolicy matches peer identities in a namespace whose PeerAuthentication disables mTLS",
        mesh = "istio",
        kinds = {"AuthorizationPolicy", "PeerAuthentication"},
        equivalents = {"KIA0105"},
        docs = """
                `principals`, `namespaces` and the conditions `source.principal` and `source.namespace` are read from
                the client's mTLS certificate. When the namespace's PeerAuthentication (or, if it has none, the
                mesh-wide one) sets `mtls.mode: DISABLE`, requests carry no peer identity: ALLOW rules on it deny
                everything and DENY rules on it deny nothing. Enable mTLS, or match on something else.
                """,
        failing = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                  namespace: shop
                spec:
                  mtls:
                    mode: DISABLE
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-frontend
                  namespace: shop
                spec:
                  rules:
                  - from:
                    - source:
                        namespaces: ["frontend"]
                #       ^ istio-ap-identity-without-mtls
                """,
        passing = """
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                  namespace: shop
                spec:
                  mtls:
                    mode: STRICT
                ---
                apiVersion: security.istio.io/v1
                kind: AuthorizationPolicy
                metadata:
                  name: allow-frontend
                  namespace: shop
                spec:
                  rules:
                  - from:
                    - source:
                        namespaces: ["frontend"]
                """)
public final class ApIdentityWithoutMtls implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        Map<String, String> modes = MutualTls.peerModes(context);
        for (Manifest ap : MeshFacts.istio(context, "AuthorizationPolicy")) {
            String ns = MeshFacts.namespace(ap);
            Optional<String> mode = Optional.ofNullable(modes.get(ns)).filter(m -> !m.equals("UNSET"))
                    .or(() -> Optional.ofNullable(modes.get(MeshFacts.ROOT_NAMESPACE)));
            if (mode.isEmpty() || !mode.get().equals("DISABLE")) {
                continue;
            }
            List<Field> identities = new ArrayList<>();
            for (String list : new String[] {"principals", "notPrincipals", "namespaces", "notNamespaces"}) {
                identities.addAll(Fields.each(ap, "spec.rules[*].from[*].source." + list));
            }
            for (Field key : Fields.each(ap, "spec.rules[*].when[*].key")) {
                if (key.text().equals("source.principal") || key.text().equals("source.namespace")) {
                    identities.add(key);
                }
            }
            for (Field f : identities) {
                reporter.report(ap, f.path(), "peer identities need mTLS, but the PeerAuthentication for namespace "
                        + ns + " disables it");
            }
        }
    }
}
