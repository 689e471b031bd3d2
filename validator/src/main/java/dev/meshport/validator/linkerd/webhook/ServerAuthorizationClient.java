package dev.meshport.validator.linkerd.webhook;

import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.Ref;
import dev.meshport.validator.linkerd.support.Trees;

@RuleMeta(
        id = "linkerd-server-authorization-client",
        severity = Severity.ERROR,
        summary = "A ServerAuthorization's client mixes settings the webhook rejects together",
        mesh = "linkerd",
        kinds = {"ServerAuthorization"},
        equivalents = {"policy admission webhook (ServerAuthorization client)"},
        docs = """
                Linkerd's policy webhook rejects a ServerAuthorization whose client is both `meshTLS` and
                `unauthenticated: true` (a client is either authenticated or not), and one whose
                `meshTLS.unauthenticatedTLS: true` also lists `identities` or `serviceAccounts` (unauthenticated TLS
                has no identity to check). Keep one of the two. Source:
                `policy-controller/runtime/src/admission.rs` (ServerAuthorization).
                """,
        failing = """
                apiVersion: policy.linkerd.io/v1beta1
                kind: ServerAuthorization
                metadata:
                  name: web-clients
                  namespace: emojivoto
                spec:
                  server:
                    name: web-http
                  client:
                    unauthenticated: true
                #   ^ linkerd-server-authorization-client
                    meshTLS:
                      unauthenticatedTLS: true
                #     ^ linkerd-server-authorization-client
                      serviceAccounts:
                        - name: web
                """,
        passing = """
                apiVersion: policy.linkerd.io/v1beta1
                kind: ServerAuthorization
                metadata:
                  name: web-clients
                  namespace: emojivoto
                spec:
                  server:
                    name: web-http
                  client:
                    meshTLS:
                      serviceAccounts:
                        - name: web
                """)
public final class ServerAuthorizationClient implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : LinkerdInputs.of(context.manifests(), Ref.POLICY, "ServerAuthorization")) {
            Trees.At client = new Trees.At(FieldPath.ROOT, m.tree()).key("spec").key("client");
            Trees.At mtls = client.key("meshTLS");
            boolean hasMeshTls = client.has("meshTLS");
            if (hasMeshTls && client.node().path("unauthenticated").asBoolean(false)) {
                reporter.report(m, client.path().key("unauthenticated"),
                        "a client cannot be both 'meshTLS' and 'unauthenticated: true'");
            }
            if (hasMeshTls && mtls.node().path("unauthenticatedTLS").asBoolean(false)
                    && (mtls.node().path("identities").size() > 0 || mtls.node().path("serviceAccounts").size() > 0)) {
                reporter.report(m, mtls.path().key("unauthenticatedTLS"),
                        "'unauthenticatedTLS: true' cannot be combined with 'identities' or 'serviceAccounts'");
            }
        }
    }
}
