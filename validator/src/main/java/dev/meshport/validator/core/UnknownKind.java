package dev.meshport.validator.core;

import dev.meshport.model.Severity;
import dev.meshport.model.load.LoadProblem;
import dev.meshport.validator.RuleMeta;

@RuleMeta(
        id = LoadProblem.UNKNOWN_KIND,
        severity = Severity.ERROR,
        summary = "A kind or version that the mesh's API group does not serve",
        mesh = "both",
        equivalents = {"IST0106"},
        docs = """
                The document names an Istio, Linkerd or Gateway API group, but a kind or version that the group does
                not serve (for example `networking.istio.io/v2`, or `kind: VirtualServices`). The API server rejects
                it with "no matches for kind". Check the spelling and use a served version.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualServices
                # ^@1 unknown-kind
                metadata:
                  name: reviews
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts: [reviews]
                """)
public final class UnknownKind extends LoadProblemRule {

    public UnknownKind() {
        super(LoadProblem.UNKNOWN_KIND);
    }
}
